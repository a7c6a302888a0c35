#pragma once

#include "asm/AsmSchema.h"

#include <QByteArrayList>
#include <QList>
#include <QSet>
#include <QString>

#include <array>

namespace rb::test {

// A whole ASM package as rows of fields (each table's header first), for tests that edit a
// delivered package and zip it again.
using AsmRows = QList<QByteArrayList>;
using AsmTables = std::array<AsmRows, kAsmTables.size()>;

AsmTables readPackage(const QString &zip);
// Writes the six files in Apple's dialect and zips them; fatal on any failure.
void writePackage(const AsmTables &tables, const QString &zip);
// The column of a header name in a table read by readPackage, or -1.
int columnOf(const AsmRows &table, const QByteArray &name);
// Each data row as its non-empty "column=value" pairs, sorted and joined: tables whose headers
// differ in width compare by content.
QSet<QString> rowContents(const AsmRows &table);
// What a held package sent without its removals holds, table by table (as rowContents): its own
// rows, and each row of the last delivery whose key it lacks (person_id in students.csv or
// staff.csv, a roster's class_id and student_id or its roster_id).
std::array<QSet<QString>, kAsmTables.size()> withRemovalsKept(const AsmTables &held,
                                                              const AsmTables &last);
// Generates the tiny district (seed 7) as folder/district.zip and converts it to zip with the real
// `rosterbridge convert`, as of runDate. Empty when it worked, else what went wrong.
QString convertTinyDistrict(const QString &folder, const QString &runDate, const QString &zip);

} // namespace rb::test
