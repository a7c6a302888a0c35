#pragma once

#include "wizard/WizardPage.h"

namespace rb {

// A page whose Next starts an asynchronous check instead of waiting for it: validatePage()
// starts the check and refuses; while it runs, Next is disabled; when it passes, the page
// moves on by itself. A passed check stays valid until the input changes (invalidateCheck()).
class AsyncCheckPage : public WizardPage
{
    Q_OBJECT
public:
    explicit AsyncCheckPage(QWidget *parent = nullptr);

    QString missingInput() const override;
    bool validatePage() override;

    bool isChecking() const { return m_checking; }
    bool checkPassed() const { return m_passed; }

protected:
    // Starts the check; its result must come back through checkFinished(), asynchronously.
    virtual void startCheck() = 0;
    // The first field the check needs that is not filled in; empty when all are.
    virtual QString missingFields() const { return {}; }
    // False when this page needs no check for the current choice.
    virtual bool needsCheck() const { return true; }
    // After a passed check: whether the page may be left (e.g. a fingerprint confirmed).
    virtual bool readyToLeave() const { return true; }
    // What a passed check started from Next does; the finish page accepts instead.
    virtual void advance();

    // advance: started by Next rather than by a Test button.
    void runCheck(bool advanceWhenPassed);
    void checkFinished(bool ok);
    void invalidateCheck();

private:
    bool m_checking = false;
    bool m_passed = false;
    bool m_advance = false;
    // The input changed while the check ran: its result is for the old input.
    bool m_stale = false;
};

} // namespace rb
