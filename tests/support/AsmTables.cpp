#include "AsmTables.h"

#include "TestSupport.h"
#include "asm/AsmCsvWriter.h"

#include <QFile>
#include <QTemporaryDir>

namespace rb::test {

AsmTables readPackage(const QString &zip)
{
    AsmTables tables;
    for (AsmTable t : kAsmTables)
        tables[size_t(t)] = readAsmTable(zip, t);
    return tables;
}

void writePackage(const AsmTables &tables, const QString &zip)
{
    QTemporaryDir dir;
    for (AsmTable t : kAsmTables) {
        QFile file(dir.filePath(asmFileName(t)));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        AsmCsvWriter writer(&file);
        for (const QByteArrayList &row : tables[size_t(t)])
            writer.writeRow(row);
        if (!writer.finish())
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    zipFolder(dir.path(), zip);
}

int columnOf(const AsmRows &table, const QByteArray &name)
{
    return int(table.first().indexOf(name));
}

} // namespace rb::test
