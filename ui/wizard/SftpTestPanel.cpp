#include "wizard/SftpTestPanel.h"

#include "wizard/BackgroundTask.h"
#include "wizard/FingerprintConfirm.h"
#include "wizard/LayerList.h"
#include "wizard/WizardLog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

Q_DECLARE_METATYPE(rb::SftpLayerResult)

namespace rb {

namespace {

struct SftpOutcome
{
    bool ok = false;
    QString fingerprint;
    bool trustedOnFirstUse = false;
};

} // namespace

SftpTestPanel::SftpTestPanel(QWidget *parent)
    : QWidget(parent)
{
    m_button = new QPushButton(tr("&Test connection"), this);
    m_button->setObjectName(QStringLiteral("sftpTestButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_layers = new LayerList(this);
    m_layers->setObjectName(QStringLiteral("sftpTestLayers"));
    m_layers->setAccessibleName(tr("Connection test results"));
    m_layers->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sftpTestSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint = new FingerprintConfirm(this);

    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addWidget(m_busy, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_layers);
    layout->addWidget(m_summary);
    layout->addWidget(m_fingerprint);

    connect(m_button, &QPushButton::clicked, this, &SftpTestPanel::testRequested);
    connect(m_fingerprint, &FingerprintConfirm::confirmedChanged, this,
            &SftpTestPanel::confirmationChanged);
}

SftpTestPanel::~SftpTestPanel()
{
    cancel();
}

void SftpTestPanel::start(const SftpSettings &settings, const SftpSecrets &secrets)
{
    if (m_running)
        return;
    clear();
    m_running = true;
    m_button->setEnabled(false);
    m_busy->setVisible(true);
    m_layers->setVisible(true);
    m_summary->setText(tr("Connecting to %1...").arg(settings.displayHost()));

    SftpSettings tested = settings;
    // An unknown key is accepted for this test only, so that it can be shown for confirming.
    tested.trustOnFirstUse = true;
    auto outcome = std::make_shared<SftpOutcome>();
    m_task = new BackgroundTask;
    connect(m_task, &BackgroundTask::progress, this, [this](const QVariant &value) {
        const auto r = value.value<SftpLayerResult>();
        LayerList::Mark mark = LayerList::Mark::Passed;
        if (r.status == SftpLayerStatus::Failed) {
            mark = LayerList::Mark::Failed;
            if (m_failure.isEmpty())
                m_failure = r.message;
        } else if (r.status == SftpLayerStatus::Skipped) {
            mark = LayerList::Mark::Skipped;
        }
        m_layers->addLayer(mark, SftpConnectionTest::layerName(r.layer), r.message);
    });
    const QString pinned = settings.hostKeyFingerprint;
    connect(m_task, &BackgroundTask::finished, this, [this, outcome, pinned] {
        const bool matchesPin =
            !outcome->trustedOnFirstUse && !pinned.isEmpty() && outcome->fingerprint == pinned;
        testFinished(outcome->ok, outcome->fingerprint, matchesPin);
    });
    m_task->start([tested, secrets, outcome](BackgroundTask *task) {
        SftpConnectionTest test(tested, secrets);
        test.setCancelFlag(task->cancelFlag());
        test.setLayerCallback(
            [task](const SftpLayerResult &r) { task->report(QVariant::fromValue(r)); });
        outcome->ok = test.run();
        outcome->fingerprint = test.hostKeyFingerprint();
        outcome->trustedOnFirstUse = test.hostKeyTrustedOnFirstUse();
    });
}

void SftpTestPanel::testFinished(bool ok, const QString &fingerprint, bool matchesPin)
{
    m_running = false;
    m_button->setEnabled(true);
    m_busy->setVisible(false);
    if (ok) {
        m_summary->setText(tr("Connected and signed in; the upload folder is ready."));
    } else {
        qCInfo(lcWizard) << "SFTP test failed:" << m_failure;
        m_summary->setText(m_failure.isEmpty() ? tr("The connection test failed.") : m_failure);
    }
    // A key is worth showing whenever the handshake got that far, even if the login failed.
    if (!fingerprint.isEmpty())
        m_fingerprint->setFingerprint(fingerprint, matchesPin);
    Q_EMIT finished(ok);
    Q_EMIT confirmationChanged();
}

void SftpTestPanel::cancel()
{
    if (m_task)
        m_task->cancel();
}

QString SftpTestPanel::summary() const
{
    return m_summary->text();
}

void SftpTestPanel::clear()
{
    m_layers->clear();
    m_summary->clear();
    m_failure.clear();
    m_fingerprint->clear();
}

QString SftpTestPanel::confirmedFingerprint() const
{
    return m_fingerprint->isConfirmed() ? m_fingerprint->fingerprint() : QString();
}

} // namespace rb
