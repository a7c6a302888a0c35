#pragma once

#include "filters/FilterSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace rb {

class RosterStore;

struct SchoolInfo
{
    QString id;
    QString name;
    // In the export, whatever the filters; -1 when not counted (a school known only by id).
    qint64 students = -1;
    qint64 classes = -1;
};

// What a OneRoster CSV export holds, for the admin to recognise the district: its version,
// its schools and how many of each entity it has. read() blocks: call it on a worker thread.
struct DistrictSummary
{
    Q_DECLARE_TR_FUNCTIONS(rb::DistrictSummary)
public:
    bool ok = false;
    // Why the export could not be read, for the admin.
    QString error;
    QString version;
    QList<SchoolInfo> schools;
    qint64 orgs = 0;
    qint64 sessions = 0;
    qint64 courses = 0;
    qint64 classes = 0;
    qint64 students = 0;
    qint64 otherUsers = 0;
    // Users holding each role in the export, by role name.
    QMap<QString, qint64> roles;

    static DistrictSummary read(const QString &path);
    // "OneRoster 1.2 — 3 schools, 40 classes, 200 students, 20 staff and others".
    QString describe() const;
};

// What each kind of exclusion rule matches in the whole export, whatever the other filters:
// the admin sees that "Lunch*" finds the lunch sections before trusting it.
struct ExclusionMatches
{
    qint64 classTitles = 0;
    qint64 classCodes = 0;
    qint64 courses = 0;        // classes whose course matches
    qint64 grades = 0;         // people
    qint64 people = 0;         // listed ids found
    QStringList missingPeople; // listed ids the export does not have

    static ExclusionMatches count(const RosterStore &store, const ExclusionRules &rules);
};

// What the filters keep of an export: the counts the admin sees while choosing.
struct SelectionCounts
{
    Q_DECLARE_TR_FUNCTIONS(rb::SelectionCounts)
public:
    bool ok = false;
    QString error;
    qint64 schools = 0;
    qint64 students = 0;
    qint64 staff = 0;
    qint64 classes = 0;
    // Left out by the exclusion rules, of what the other filters keep.
    qint64 classesExcluded = 0;
    qint64 peopleExcluded = 0;
    // Only counted when there are exclusion rules.
    ExclusionMatches matches;

    // Blocks: reads the export and applies the filters (RosterConverter's read and filter).
    static SelectionCounts count(const QString &path, const FilterSettings &filters);
    QString describe() const;
};

} // namespace rb
