#pragma once

#include "filters/FilterSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rb {

struct SchoolInfo
{
    QString id;
    QString name;
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

    static DistrictSummary read(const QString &path);
    // "OneRoster 1.2 — 3 schools, 40 classes, 200 students, 20 staff and others".
    QString describe() const;
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

    // Blocks: reads the export and applies the filters (RosterConverter's read and filter).
    static SelectionCounts count(const QString &path, const FilterSettings &filters);
    QString describe() const;
};

} // namespace rb
