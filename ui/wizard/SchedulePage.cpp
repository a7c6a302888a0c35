#include "wizard/SchedulePage.h"

#include "profile/SafetySettingsWidget.h"
#include "profile/ScheduleSettingsWidget.h"
#include "schedule/ScheduleRule.h"

#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rb {

SchedulePage::SchedulePage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("When to run"));
    setSubTitle(tr("RosterBridge runs on this computer at the time you choose. Until you "
                   "approve the first preview, a run only prepares the upload."));
    m_tabs = new QTabWidget(this);
    m_schedule = new ScheduleSettingsWidget(m_tabs);
    m_safety = new SafetySettingsWidget(m_tabs);
    m_tabs->addTab(m_schedule, tr("&Schedule"));
    m_tabs->addTab(m_safety, tr("Safety &limits"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_schedule, &ScheduleSettingsWidget::changed, this, &SchedulePage::completeChanged);
}

void SchedulePage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Profile p = m_draft->profile;
    if (!p.schedule) {
        // A new profile offers one off-peak run a day in this computer's zone.
        ScheduleRule rule;
        rule.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        if (!QTimeZone(rule.timeZone.toUtf8()).isValid())
            rule.timeZone = QStringLiteral("UTC");
        p.schedule = rule;
    }
    m_schedule->load(p);
    m_safety->load(p);
}

QString SchedulePage::missingInput() const
{
    return m_schedule->missingInput();
}

bool SchedulePage::validatePage()
{
    m_schedule->save(&m_draft->profile);
    m_safety->save(&m_draft->profile);
    return true;
}

} // namespace rb
