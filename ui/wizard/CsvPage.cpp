#include "wizard/CsvPage.h"

#include "profile/CsvSourceWidget.h"

#include <QVBoxLayout>

namespace rb {

CsvPage::CsvPage(WizardDraft *draft, QWidget *parent)
    : AsyncCheckPage(parent)
    , m_draft(draft)
{
    setTitle(tr("OneRoster CSV files"));
    setSubTitle(tr("Where does your SIS put its OneRoster export? Next opens it and shows what "
                   "it holds."));
    m_widget = new CsvSourceWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    m_widget->load(m_draft->profile);

    connect(m_widget, &CsvSourceWidget::changed, this, [this] {
        invalidateCheck();
        Q_EMIT completeChanged();
    });
    connect(m_widget, &CsvSourceWidget::fingerprintChanged, this, &CsvPage::completeChanged);
    connect(m_widget, &CsvSourceWidget::checkRequested, this, [this] {
        if (m_widget->isComplete())
            runCheck(false);
    });
    connect(m_widget, &CsvSourceWidget::checkFinished, this, [this](bool ok) {
        if (ok) {
            commit();
            m_draft->setExportPath(m_widget->checkedPath());
            m_draft->summary = m_widget->summary();
        }
        checkFinished(ok);
    });
}

void CsvPage::commit()
{
    m_widget->save(&m_draft->profile);
    const SftpSecrets secrets = m_widget->secrets();
    m_draft->secrets.insert(SecretName::SisSftpPassword, secrets.password);
    m_draft->secrets.insert(SecretName::SisSftpKeyPassphrase, secrets.keyPassphrase);
}

bool CsvPage::validatePage()
{
    if (checkPassed())
        commit();
    return AsyncCheckPage::validatePage();
}

void CsvPage::startCheck()
{
    m_widget->startCheck(m_draft->workFolder());
}

QString CsvPage::missingFields() const
{
    if (const QString missing = m_widget->missingInput(); !missing.isEmpty())
        return missing;
    if (checkPassed() && !m_widget->hostKeyConfirmed())
        return tr("Confirm the server's host key above.");
    return {};
}

bool CsvPage::readyToLeave() const
{
    return m_widget->hostKeyConfirmed();
}

} // namespace rb
