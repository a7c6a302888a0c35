#include "profile/RestTestPanel.h"

#include "profile/LayerList.h"
#include "profile/ProfileLog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb {

RestTestPanel::RestTestPanel(QWidget *parent)
    : QWidget(parent)
    , m_test(new ConnectionTest(this))
{
    m_button = new QPushButton(tr("&Test connection"), this);
    m_button->setObjectName(QStringLiteral("sisTestButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setVisible(false);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_layers = new LayerList(this);
    m_layers->setObjectName(QStringLiteral("sisTestLayers"));
    m_layers->setAccessibleName(tr("Connection test results"));
    m_layers->setVisible(false);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("sisTestSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_button);
    row->addWidget(m_busy, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_layers);
    layout->addWidget(m_summary);

    connect(m_button, &QPushButton::clicked, this, &RestTestPanel::testRequested);
    connect(m_test, &ConnectionTest::layerFinished, this, &RestTestPanel::layerFinished);
    connect(m_test, &ConnectionTest::finished, this, &RestTestPanel::testFinished);
}

void RestTestPanel::start(const RestSourceSettings &settings, const QString &clientSecret)
{
    clear();
    m_button->setEnabled(false);
    m_busy->setVisible(true);
    m_layers->setVisible(true);
    m_summary->setText(tr("Testing the connection to %1...").arg(settings.baseUrl));
    m_test->start(settings, RestSecrets{clientSecret});
}

void RestTestPanel::cancel()
{
    if (m_test->isRunning())
        m_test->cancel();
}

bool RestTestPanel::isRunning() const
{
    return m_test->isRunning();
}

QString RestTestPanel::summary() const
{
    return m_summary->text();
}

void RestTestPanel::clear()
{
    m_layers->clear();
    m_summary->clear();
    m_failure.clear();
    m_firstPage.clear();
}

void RestTestPanel::layerFinished(const ConnectionLayerResult &result)
{
    const QString name = ConnectionTest::layerName(result.layer);
    LayerList::Mark mark = LayerList::Mark::Passed;
    switch (result.status) {
    case LayerStatus::Passed:
        break;
    case LayerStatus::Warning:
        mark = LayerList::Mark::Warning;
        break;
    case LayerStatus::Failed:
        mark = LayerList::Mark::Failed;
        if (m_failure.isEmpty())
            m_failure = tr("%1 failed: %2").arg(name, result.summary);
        break;
    case LayerStatus::Skipped:
        mark = LayerList::Mark::Skipped;
        break;
    }
    if (result.layer == ConnectionLayer::FirstPage && result.status != LayerStatus::Failed)
        m_firstPage = result.summary;
    m_layers->addLayer(mark, name, result.summary, result.details);
}

void RestTestPanel::testFinished(bool ok)
{
    m_button->setEnabled(true);
    m_busy->setVisible(false);
    if (ok) {
        m_summary->setText(tr("Connected: %1.").arg(m_firstPage));
    } else {
        qCInfo(lcProfileUi) << "SIS connection test failed:" << m_failure;
        m_summary->setText(m_failure.isEmpty() ? tr("The connection test failed.") : m_failure);
    }
    Q_EMIT finished(ok);
}

} // namespace rb
