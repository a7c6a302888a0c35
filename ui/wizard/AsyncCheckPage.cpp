#include "wizard/AsyncCheckPage.h"

#include <QWizard>

namespace rb {

AsyncCheckPage::AsyncCheckPage(QWidget *parent)
    : WizardPage(parent)
{
}

QString AsyncCheckPage::missingInput() const
{
    if (m_checking)
        return tr("Checking… Next is available when the check has finished.");
    return missingFields();
}

bool AsyncCheckPage::validatePage()
{
    if (!isComplete())
        return false;
    if (!needsCheck() || m_passed)
        return readyToLeave();
    runCheck(true);
    return false;
}

void AsyncCheckPage::advance()
{
    if (wizard())
        wizard()->next();
}

void AsyncCheckPage::runCheck(bool advanceWhenPassed)
{
    if (m_checking)
        return;
    m_checking = true;
    m_passed = false;
    m_advance = advanceWhenPassed;
    m_stale = false;
    Q_EMIT completeChanged();
    startCheck();
}

void AsyncCheckPage::checkFinished(bool ok)
{
    if (!m_checking)
        return;
    m_checking = false;
    m_passed = ok && !m_stale;
    ok = m_passed;
    m_stale = false;
    const bool go = ok && m_advance && readyToLeave();
    m_advance = false;
    Q_EMIT completeChanged();
    // Only if the admin is still looking at this page.
    if (go && wizard() && wizard()->currentPage() == this)
        advance();
}

void AsyncCheckPage::invalidateCheck()
{
    if (m_checking)
        m_stale = true;
    if (!m_passed)
        return;
    m_passed = false;
    Q_EMIT completeChanged();
}

} // namespace rb
