#include "profile/SftpTestPanel.h"

#include "common/BackgroundJob.h"
#include "profile/FingerprintConfirm.h"
#include "profile/LayerList.h"
#include "profile/ProfileLog.h"

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
    TransferError hostKeyError = TransferError::None;
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
    connect(m_fingerprint, &FingerprintConfirm::pinChosen, this, &SftpTestPanel::pinChosen);
    // Confirmed: test again, now signing in with the key pinned.
    connect(m_fingerprint, &FingerprintConfirm::trusted, this, &SftpTestPanel::testRequested);
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

    // Never trust on first use here: the password goes only to a key the admin confirmed.
    SftpSettings tested = settings;
    tested.trustOnFirstUse = false;
    auto outcome = std::make_shared<SftpOutcome>();
    m_task = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    connect(m_task, &BackgroundJob::finished, m_task, &QObject::deleteLater);
    connect(m_task, &BackgroundJob::progress, this, [this](const QVariant &value) {
        const auto r = value.value<SftpLayerResult>();
        LayerList::Mark mark = LayerList::Mark::Passed;
        if (r.status == SftpLayerStatus::Failed) {
            mark = LayerList::Mark::Failed;
            if (m_failure.isEmpty())
                m_failure = r.message;
        } else if (r.status == SftpLayerStatus::Skipped) {
            mark = LayerList::Mark::Skipped;
        }
        // A failure's message already starts with the layer's name (for the command line).
        const QString name = SftpConnectionTest::layerName(r.layer);
        QString text = r.message;
        if (text.startsWith(name + QStringLiteral(": ")))
            text.remove(0, name.size() + 2);
        m_layers->addLayer(mark, name, text);
    });
    const QString host = settings.displayHost();
    const QString pinned = settings.hostKeyFingerprint;
    connect(m_task, &BackgroundJob::finished, this, [this, outcome, host, pinned] {
        testFinished(outcome->ok, host, outcome->fingerprint, pinned, outcome->hostKeyError);
    });
    m_task->start([tested, secrets, outcome](const BackgroundJob::Control &task) {
        SftpConnectionTest test(tested, secrets);
        test.setCancelFlag(task.cancelFlag());
        test.setLayerCallback([task, outcome](const SftpLayerResult &r) {
            if (r.layer == SftpLayer::HostKey && r.status == SftpLayerStatus::Failed)
                outcome->hostKeyError = r.error;
            task.report(QVariant::fromValue(r));
        });
        outcome->ok = test.run();
        outcome->fingerprint = test.hostKeyFingerprint();
    });
}

void SftpTestPanel::testFinished(bool ok, const QString &host, const QString &fingerprint,
                                 const QString &pinned, TransferError hostKeyError)
{
    m_running = false;
    m_button->setEnabled(true);
    m_busy->setVisible(false);
    if (ok) {
        m_summary->setText(tr("Connected and signed in; the upload folder is ready."));
    } else if (hostKeyError == TransferError::HostKeyUnknown) {
        m_summary->setText(tr("The server's host key is not pinned yet, so the test stopped "
                              "before signing in. Check the fingerprint below; once you "
                              "confirm it, the test signs in."));
    } else {
        qCInfo(lcProfileUi) << "SFTP test failed:" << m_failure;
        m_summary->setText(m_failure.isEmpty() ? tr("The connection test failed.") : m_failure);
    }
    // A key is worth showing whenever the handshake got that far, even if the login failed.
    if (!fingerprint.isEmpty())
        m_fingerprint->showKey(host, fingerprint, pinned,
                               hostKeyError == TransferError::HostKeyChanged);
    Q_EMIT finished(ok);
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

} // namespace rb
