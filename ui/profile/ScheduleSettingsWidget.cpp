#include "profile/ScheduleSettingsWidget.h"

#include "schedule/ScheduleRule.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rb {

ScheduleSettingsWidget::ScheduleSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    m_daily = new QRadioButton(tr("Every &day at"), this);
    m_daily->setObjectName(QStringLiteral("scheduleDaily"));
    m_manual = new QRadioButton(tr("Only when I run it b&y hand"), this);
    m_manual->setObjectName(QStringLiteral("scheduleManual"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_daily);
    group->addButton(m_manual);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("scheduleTime"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time of day"));
    m_zoneFilter = new QLineEdit(this);
    m_zoneFilter->setObjectName(QStringLiteral("timeZoneFilter"));
    m_zoneFilter->setAccessibleName(tr("Search time zones"));
    m_zoneFilter->setPlaceholderText(tr("Type to search, e.g. US/ or Chicago"));
    m_zoneFilter->setClearButtonEnabled(true);
    m_zones = new QListWidget(this);
    m_zones->setObjectName(QStringLiteral("timeZoneList"));
    m_zones->setAccessibleName(tr("Time zone"));
    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("timeZoneChosen"));
    m_chosen->setWordWrap(true);
    m_weekends = new QCheckBox(tr("Run on &weekends too"), this);
    m_weekends->setObjectName(QStringLiteral("scheduleWeekends"));
    auto *tip = new QLabel(tr("Choose an hour when few people use your SIS, such as early "
                              "morning. Run on weekends only if your SIS changes then."),
                           this);
    tip->setWordWrap(true);
    tip->setForegroundRole(QPalette::PlaceholderText);

    auto *dailyRow = new QHBoxLayout;
    dailyRow->addWidget(m_daily);
    dailyRow->addWidget(m_time);
    dailyRow->addStretch();
    auto *form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("Time &zone:"), m_zoneFilter);
    form->addRow(QString(), m_zones);
    form->addRow(QString(), m_chosen);
    form->addRow(QString(), m_weekends);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(dailyRow);
    layout->addLayout(form);
    layout->addWidget(tip);
    layout->addWidget(m_manual);

    connect(m_daily, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, [this] {
        updateChosen();
        Q_EMIT changed();
    });
    connect(m_weekends, &QCheckBox::toggled, this, &ScheduleSettingsWidget::changed);
    connect(m_zoneFilter, &QLineEdit::textChanged, this, &ScheduleSettingsWidget::filterZones);
    connect(m_zones, &QListWidget::currentTextChanged, this, [this](const QString &id) {
        if (id.isEmpty())
            return;
        m_zone = id;
        updateChosen();
        Q_EMIT changed();
    });
    load(Profile());
}

void ScheduleSettingsWidget::updateEnabled()
{
    const bool daily = m_daily->isChecked();
    for (QWidget *w : {static_cast<QWidget *>(m_time), static_cast<QWidget *>(m_zoneFilter),
                       static_cast<QWidget *>(m_zones), static_cast<QWidget *>(m_chosen),
                       static_cast<QWidget *>(m_weekends)})
        w->setEnabled(daily);
}

void ScheduleSettingsWidget::filterZones()
{
    const QSignalBlocker block(m_zones);
    m_zones->clear();
    m_zones->addItems(ScheduleRule::timeZoneIds(m_zoneFilter->text().trimmed()));
    // A search that finds one zone has chosen it.
    if (m_zones->count() == 1 && m_zone != m_zones->item(0)->text()) {
        m_zone = m_zones->item(0)->text();
        selectZone(m_zone);
        updateChosen();
        Q_EMIT changed();
        return;
    }
    selectZone(m_zone);
    updateChosen();
    Q_EMIT changed();
}

void ScheduleSettingsWidget::updateChosen()
{
    m_chosen->setText(chosenText());
    m_chosen->setForegroundRole(isComplete() ? QPalette::WindowText : QPalette::Highlight);
}

bool ScheduleSettingsWidget::zoneShown() const
{
    return m_zoneFilter->text().trimmed().isEmpty() ||
           !m_zones->findItems(m_zone, Qt::MatchExactly).isEmpty();
}

QString ScheduleSettingsWidget::chosenText() const
{
    const QTimeZone zone(m_zone.toUtf8());
    if (!zone.isValid())
        return tr("Choose a time zone in the list.");
    if (!zoneShown())
        return tr("Choose a time zone in the list: the search hides %1, the one chosen so far.")
            .arg(m_zone);
    const QString at = m_time->time().toString(QStringLiteral("HH:mm"));
    if (zone == QTimeZone::systemTimeZone())
        return tr("Runs at %1 in %2, this computer's time zone.").arg(at, m_zone);
    const QDateTime there(QDate::currentDate(), m_time->time(), zone);
    return tr("Runs at %1 in %2, which is %3 on this computer today.")
        .arg(at, m_zone, there.toLocalTime().time().toString(QStringLiteral("HH:mm")));
}

void ScheduleSettingsWidget::selectZone(const QString &id)
{
    const QList<QListWidgetItem *> found = m_zones->findItems(id, Qt::MatchExactly);
    if (found.isEmpty()) {
        m_zones->setCurrentRow(-1);
        return;
    }
    m_zones->setCurrentItem(found.first());
    m_zones->scrollToItem(found.first());
}

void ScheduleSettingsWidget::load(const Profile &profile)
{
    const bool manual = !profile.schedule;
    const ScheduleRule rule = profile.schedule.value_or(ScheduleRule());
    m_zone =
        rule.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : rule.timeZone;
    (manual ? m_manual : m_daily)->setChecked(true);
    m_time->setTime(QTime(rule.hour, rule.minute));
    m_weekends->setChecked(rule.runOnWeekends);
    m_zoneFilter->clear();
    filterZones();
    updateEnabled();
}

void ScheduleSettingsWidget::save(Profile *profile) const
{
    if (m_manual->isChecked()) {
        profile->schedule.reset();
        return;
    }
    // The pause, which the widget does not show, is kept.
    ScheduleRule rule = profile->schedule.value_or(ScheduleRule());
    rule.kind = ScheduleKind::Daily;
    rule.hour = m_time->time().hour();
    rule.minute = m_time->time().minute();
    rule.timeZone = m_zone;
    rule.runOnWeekends = m_weekends->isChecked();
    profile->schedule = rule;
}

QStringList ScheduleSettingsWidget::shownTimeZones() const
{
    QStringList ids;
    for (int i = 0; i < m_zones->count(); ++i)
        ids << m_zones->item(i)->text();
    return ids;
}

QString ScheduleSettingsWidget::timeZone() const
{
    return m_zone;
}

QString ScheduleSettingsWidget::missingInput() const
{
    if (m_manual->isChecked())
        return {};
    if (!QTimeZone(m_zone.toUtf8()).isValid() || !zoneShown())
        return tr("Choose the schedule's time zone in the list.");
    return {};
}

} // namespace rb
