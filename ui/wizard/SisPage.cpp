#include "wizard/SisPage.h"

#include "profile/RestTestPanel.h"
#include "profile/SisConnectionWidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rb {

SisPage::SisPage(WizardDraft *draft, QWidget *parent)
    : AsyncCheckPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Connect to your SIS"));
    setSubTitle(tr("Choose your student information system and enter what its OneRoster "
                   "settings show. Next tests the connection."));
    m_widget = new SisConnectionWidget(this);
    m_test = new RestTestPanel(this);
    m_otherNote = new QLabel(tr("The next pages ask how your SIS hands out tokens; the "
                                "connection is tested after them."),
                             this);
    m_otherNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    layout->addWidget(m_otherNote);
    layout->addWidget(m_test);
    layout->addStretch();

    m_widget->load(m_draft->profile);
    auto update = [this] {
        m_test->setVisible(!isOther());
        m_otherNote->setVisible(isOther());
    };
    update();
    connect(m_widget, &SisConnectionWidget::presetChanged, this, update);
    connect(m_widget, &SisConnectionWidget::changed, this, [this] {
        invalidateCheck();
        Q_EMIT completeChanged();
    });
    connect(m_test, &RestTestPanel::testRequested, this, [this] {
        if (missingFields().isEmpty())
            runCheck(false);
    });
    connect(m_test, &RestTestPanel::finished, this, &SisPage::checkFinished);
}

bool SisPage::isOther() const
{
    return m_widget->isOther();
}

void SisPage::commit()
{
    m_draft->profile.source.kind = SourceKind::Rest;
    m_widget->save(&m_draft->profile);
    m_draft->secrets.insert(SecretName::SisClientSecret, m_widget->clientSecret());
}

bool SisPage::validatePage()
{
    commit();
    return AsyncCheckPage::validatePage();
}

QString SisPage::missingFields() const
{
    return m_widget->missingInput();
}

bool SisPage::needsCheck() const
{
    return !isOther();
}

void SisPage::startCheck()
{
    commit();
    m_test->start(m_draft->profile.source.rest, m_widget->clientSecret());
}

} // namespace rb
