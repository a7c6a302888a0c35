#include "wizard/SisRefreshPage.h"

#include "profile/RestTestPanel.h"
#include "profile/SisRefreshWidget.h"

#include <QVBoxLayout>

namespace rb {

SisRefreshPage::SisRefreshPage(WizardDraft *draft, QWidget *parent)
    : AsyncCheckPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Other SIS: refresh token and requests"));
    setSubTitle(tr("Optional settings for API requests and for renewing a token. Next tests "
                   "the connection."));
    m_widget = new SisRefreshWidget(this);
    m_test = new RestTestPanel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    layout->addWidget(m_test, 1);
    connect(m_widget, &SisRefreshWidget::changed, this, [this] { invalidateCheck(); });
    connect(m_test, &RestTestPanel::testRequested, this, [this] { runCheck(false); });
    connect(m_test, &RestTestPanel::finished, this, &SisRefreshPage::checkFinished);
}

void SisRefreshPage::initializePage()
{
    // The earlier pages may have changed: a passed test no longer counts.
    invalidateCheck();
    m_test->clear();
    if (m_loaded)
        return;
    m_loaded = true;
    m_widget->load(m_draft->profile);
}

void SisRefreshPage::commit()
{
    m_widget->save(&m_draft->profile);
}

bool SisRefreshPage::validatePage()
{
    commit();
    return AsyncCheckPage::validatePage();
}

void SisRefreshPage::startCheck()
{
    commit();
    m_test->start(m_draft->profile.source.rest,
                  m_draft->secrets.value(SecretName::SisClientSecret));
}

} // namespace rb
