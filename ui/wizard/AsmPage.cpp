#include "wizard/AsmPage.h"

#include "profile/DestinationWidget.h"

#include <QDir>
#include <QVBoxLayout>

namespace rb {

AsmPage::AsmPage(WizardDraft *draft, QWidget *parent)
    : AsyncCheckPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Apple School Manager"));
    setSubTitle(tr("Where RosterBridge delivers the zip. Next tests the SFTP account."));
    m_widget = new DestinationWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);

    connect(m_widget, &DestinationWidget::changed, this, [this] {
        invalidateCheck();
        Q_EMIT completeChanged();
    });
    connect(m_widget, &DestinationWidget::fingerprintChanged, this, &AsmPage::completeChanged);
    connect(m_widget, &DestinationWidget::testRequested, this, [this] {
        if (m_widget->isComplete())
            runCheck(false);
    });
    connect(m_widget, &DestinationWidget::testFinished, this, &AsmPage::checkFinished);
}

void AsmPage::commit()
{
    m_widget->save(&m_draft->profile);
    const SftpSecrets secrets = m_widget->secrets();
    m_draft->secrets.insert(SecretName::AsmPassword, secrets.password);
    m_draft->secrets.insert(SecretName::AsmKeyPassphrase, secrets.keyPassphrase);
}

bool AsmPage::validatePage()
{
    commit();
    return AsyncCheckPage::validatePage();
}

void AsmPage::startCheck()
{
    m_widget->startTest();
}

QString AsmPage::missingFields() const
{
    if (const QString missing = m_widget->missingInput(); !missing.isEmpty())
        return missing;
    // After a passed test, Next waits for the host key to be confirmed.
    if (m_widget->isAsm() && checkPassed() && m_widget->pinnedFingerprint().isEmpty())
        return tr("Confirm the server's host key above.");
    return {};
}

bool AsmPage::needsCheck() const
{
    return m_widget->isAsm();
}

bool AsmPage::readyToLeave() const
{
    if (m_widget->isAsm())
        return !m_widget->pinnedFingerprint().isEmpty();
    return QDir().mkpath(m_draft->profile.destination.folder);
}

} // namespace rb
