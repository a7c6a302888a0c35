#pragma once

#include "asm/AsmSchema.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace rb {

// One value that differs between the previous and the current row.
struct AsmFieldChange
{
    QString field;
    QString previousValue;
    QString currentValue;
};

// One column's value in a sampled row.
struct AsmFieldValue
{
    QString field;
    QString value;
};

// A sampled row: for an added row its current line and values, for a removed row its previous
// line and values, for a changed row both lines and the fields that differ.
struct AsmDiffSample
{
    QString key; // the key value; "class_id / student_id" for rosters
    qint64 previousLine = 0;
    qint64 currentLine = 0;
    QList<AsmFieldValue> values;
    QList<AsmFieldChange> changes;

    QJsonObject toJson() const;
    static AsmDiffSample fromJson(const QJsonObject &object);
};

// How many rows of one table are alike and differ. Invariants:
// previousRows = unchanged + changed + removed, currentRows = unchanged + changed + added.
struct AsmRowCounts
{
    qint64 previousRows = 0;
    qint64 currentRows = 0;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    // Changed rows whose watched columns differ: for students and staff the names, email and
    // locations; for the other files every column. For the mass-change limit.
    qint64 changedWatched = 0;
    // Students or staff whose locations changed: people who moved between schools.
    qint64 changedLocation = 0;
    qint64 unchanged = 0;
};

// How one table changed. Counts are exact; samples are capped.
struct AsmTableDiff : AsmRowCounts
{
    AsmTable table = AsmTable::Locations;
    // False when a file could not be read to its end; the counts are then not trustworthy.
    bool complete = true;
    QString problem;
    QStringList addedColumns;
    QStringList removedColumns;
    QList<AsmDiffSample> addedSamples;
    QList<AsmDiffSample> removedSamples;
    QList<AsmDiffSample> changedSamples;

    // Removed rows as a percentage of the previous rows; 0 when there were none.
    double removedPercent() const;
    double changedWatchedPercent() const;
    QJsonObject toJson() const;
    static AsmTableDiff fromJson(AsmTable table, const QJsonObject &object);
};

// The difference between the last delivered upload and the one about to be delivered.
struct AsmDiffResult
{
    // False for a first delivery: every row then counts as added.
    bool hasPrevious = false;
    std::array<AsmTableDiff, kAsmTables.size()> tables;
    // People removed from one of students.csv and staff.csv and added to the other (a student
    // who became staff): in both files' counts, but neither created nor deactivated.
    qint64 peopleMoved = 0;

    AsmDiffResult();
    AsmTableDiff &table(AsmTable t) { return tables[static_cast<size_t>(t)]; }
    const AsmTableDiff &table(AsmTable t) const { return tables[static_cast<size_t>(t)]; }

    // {"hasPrevious": bool, "tables": {"students": {...}, ...}}; table keys are the file names
    // without ".csv".
    QJsonObject toJson() const;
    static AsmDiffResult fromJson(const QJsonObject &object);
    // Only the counts per file, as a run keeps them in its history.
    QJsonObject summaryJson() const;
};

} // namespace rb
