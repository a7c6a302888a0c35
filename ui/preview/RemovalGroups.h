#pragma once

#include "preview/PackageDiffer.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace rb {

class DecisionLookup;

// The people a package removes, by school and grade: how many, and why (the run's decision
// trail, or "Left the export" when no filter left them out). Builds on the diff's row lists and
// reads the removed rows from the previous tables, so it runs beside the diff, off the GUI thread.
struct RemovalGroup
{
    AsmTable table = AsmTable::Students;
    QString school; // the person's first location, by name when the last delivery names it
    QString grade;  // students only
    qint64 count = 0;
    QMap<QString, qint64> causes; // cause title → people
    qsizetype firstRow = 0;       // index into the table's removed rows (ordered by group)
};

class RemovalGroups
{
    Q_DECLARE_TR_FUNCTIONS(rb::RemovalGroups)
public:
    // Orders the removed rows of students.csv and staff.csv by school, then grade, then file
    // order, and counts each group. lookup may be null (the run kept no trail).
    static QList<RemovalGroup> arrange(PackageChanges *changes, const TableSet &previous,
                                       const DecisionLookup *lookup);
    // "Left the export: 30, School filter: 4".
    static QString causesText(const RemovalGroup &group);
};

} // namespace rb
