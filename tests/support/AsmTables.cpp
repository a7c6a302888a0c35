#include "AsmTables.h"

#include "TestSupport.h"
#include "asm/AsmCsvWriter.h"

#include <QDir>
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

QSet<QString> rowContents(const AsmRows &table)
{
    QSet<QString> out;
    for (qsizetype r = 1; r < table.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < table.first().size(); ++c) {
            const QByteArray value = table.at(r).value(c);
            if (!value.isEmpty())
                cells << QString::fromUtf8(table.first().at(c) + '=' + value);
        }
        cells.sort();
        out.insert(cells.join(u'|'));
    }
    return out;
}

std::array<QSet<QString>, kAsmTables.size()> withRemovalsKept(const AsmTables &held,
                                                              const AsmTables &last)
{
    const auto keys = [](const AsmRows &table, const QByteArrayList &columns) {
        QSet<QByteArray> out;
        QList<int> at;
        for (const QByteArray &c : columns)
            at.append(columnOf(table, c));
        for (qsizetype r = 1; r < table.size(); ++r) {
            QByteArrayList parts;
            for (int c : at)
                parts.append(table.at(r).value(c));
            out.insert(parts.join('/'));
        }
        return out;
    };
    std::array<QSet<QString>, kAsmTables.size()> out;
    for (AsmTable t : kAsmTables) {
        const AsmRows &mine = held[size_t(t)];
        const AsmRows &before = last[size_t(t)];
        const bool people = t == AsmTable::Students || t == AsmTable::Staff;
        const bool rosters = t == AsmTable::Rosters;
        const QByteArrayList keyColumns =
            rosters ? QByteArrayList{"class_id", "student_id"} : QByteArrayList{asmKeyColumn(t)};
        QSet<QByteArray> present = keys(mine, keyColumns);
        if (people) {
            present.unite(
                keys(held[size_t(t == AsmTable::Students ? AsmTable::Staff : AsmTable::Students)],
                     {"person_id"}));
        }
        const QSet<QByteArray> rosterIds = rosters ? keys(mine, {"roster_id"}) : QSet<QByteArray>();
        AsmRows kept{before.first()};
        for (qsizetype r = 1; r < before.size(); ++r) {
            QByteArrayList parts;
            for (const QByteArray &c : keyColumns)
                parts.append(before.at(r).value(columnOf(before, c)));
            if (present.contains(parts.join('/')) ||
                (rosters && rosterIds.contains(before.at(r).value(columnOf(before, "roster_id")))))
                continue;
            kept.append(before.at(r));
        }
        out[size_t(t)] = rowContents(mine) | rowContents(kept);
    }
    return out;
}

QString convertTinyDistrict(const QString &folder, const QString &runDate, const QString &zip)
{
    const QString district = QDir(folder).filePath(QStringLiteral("district.zip"));
    ProcessResult r = run(generatorBinary(),
                          {QStringLiteral("--scale"), QStringLiteral("tiny"),
                           QStringLiteral("--seed"), QStringLiteral("7"),
                           QStringLiteral("--run-date"), runDate, QStringLiteral("-o"), district});
    if (r.exitCode != 0)
        return QString::fromUtf8(r.err);
    r = run(appBinary(), {QStringLiteral("convert"), district, QStringLiteral("-o"), zip,
                          QStringLiteral("--run-date"), runDate});
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err);
}

} // namespace rb::test
