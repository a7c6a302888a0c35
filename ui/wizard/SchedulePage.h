#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"

class QTabWidget;

namespace rb {

class SafetySettingsWidget;
class ScheduleSettingsWidget;

// When the profile runs, and how much it may remove before waiting for approval: two tabs of
// reusable settings widgets.
class SchedulePage : public WizardPage
{
    Q_OBJECT
public:
    SchedulePage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    QString missingInput() const override;
    bool validatePage() override;

    ScheduleSettingsWidget *scheduleWidget() const { return m_schedule; }
    SafetySettingsWidget *safetyWidget() const { return m_safety; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    WizardDraft *m_draft;
    QTabWidget *m_tabs;
    ScheduleSettingsWidget *m_schedule;
    SafetySettingsWidget *m_safety;
    bool m_loaded = false;
};

} // namespace rb
