#pragma once

#include "asm/AsmSchema.h"

#include <QByteArrayList>
#include <QList>

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

} // namespace rb::test
