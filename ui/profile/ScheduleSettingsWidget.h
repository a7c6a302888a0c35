#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTimeEdit;

namespace rb {

// When the profile runs by itself: every day at a time in a time zone (searchable: typing
// "US/" lists the US zones), with or without weekends, or only by hand. Edits
// profile.schedule (an empty schedule means by hand only).
class ScheduleSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleSettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    // The zones the list shows for the current filter.
    QStringList shownTimeZones() const;
    QString timeZone() const;
    // A daily run needs a known zone, and the list must show it: a search that hides the
    // chosen zone asks for one (chosenText() says so).
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }
    // The chosen zone and its time on this computer, or what is missing.
    QString chosenText() const;

Q_SIGNALS:
    void changed();

private:
    void filterZones();
    void selectZone(const QString &id);
    void updateChosen();
    // No search hides the chosen zone.
    bool zoneShown() const;
    void updateEnabled();

    QRadioButton *m_daily;
    QRadioButton *m_manual;
    QTimeEdit *m_time;
    QLineEdit *m_zoneFilter;
    QListWidget *m_zones;
    QLabel *m_chosen;
    QCheckBox *m_weekends;
    QString m_zone;
};

} // namespace rb
