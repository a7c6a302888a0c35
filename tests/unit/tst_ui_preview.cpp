#include "AsmTables.h"
#include "TestSupport.h"

#include "asm/AsmPackage.h"
#include "asm/AsmValidator.h"
#include "common/Findings.h"
#include "pipeline/AsmDiff.h"
#include "preview/ChangesModel.h"
#include "preview/CsvTableIndex.h"
#include "preview/FindingsModel.h"
#include "preview/LazyCsvModel.h"
#include "preview/PackageDiffer.h"
#include "preview/RowFinder.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

using Rows = AsmRows;
using Tables = AsmTables;

TableSet extractAll(const QString &zip, const QString &folder)
{
    Findings findings;
    const auto package = AsmPackage::open(zip, &findings);
    if (!package)
        qFatal("cannot open %s", qPrintable(zip));
    QDir().mkpath(folder);
    TableSet set;
    const std::atomic_bool cancel{false};
    for (AsmTable t : kAsmTables) {
        auto extracted =
            CsvTableIndex::extract(*package, t, QDir(folder).filePath(asmFileName(t)), cancel);
        if (!extracted || !*extracted)
            qFatal("cannot extract %s: %s", qPrintable(asmFileName(t)),
                   qPrintable(extracted.error()));
        set[size_t(t)] = std::move(*extracted);
    }
    return set;
}

} // namespace

// The preview's models and workers on real converted packages: what the admin sees must be
// exactly what core reads, validates and compares.
class TestUiPreview : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    const QString m_runDate = QStringLiteral("2026-09-01");
    QString m_converted; // a generated district converted by the app
    QString m_current;   // the same with a name full of special characters
    QString m_previous;  // the current one as a "last delivery" that differs in known ways
    QString m_fewer;     // the district converted with fewer schools
    QByteArrayList m_addedIds;
    QByteArray m_removedId = "PREVONLY1";
    QByteArray m_changedId;
    QByteArray m_currentFirstName;
    TableSet m_currentTables;
    TableSet m_previousTables;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase()
    {
        m_converted = path(QStringLiteral("converted.zip"));
        const QString problem = convertTinyDistrict(m_tmp.path(), m_runDate, m_converted);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        Tables current = readPackage(m_converted);
        Rows &students = current[size_t(AsmTable::Students)];
        QVERIFY(students.size() > 10);
        students[1][columnOf(students, "last_name")] = "O\"Brien, Jr.";
        students[1][columnOf(students, "middle_name")] = "line\nbreak \\ back";
        m_current = path(QStringLiteral("current.zip"));
        writePackage(current, m_current);

        // The last delivery lacked two of today's students, had one that is gone today, knew
        // one student by another first name and one enrollment by another roster_id.
        Tables previous = current;
        Rows &before = previous[size_t(AsmTable::Students)];
        m_addedIds = {before.at(2).first(), before.at(3).first()};
        m_changedId = before.at(4).first();
        m_currentFirstName = before.at(4).at(columnOf(before, "first_name"));
        before[4][columnOf(before, "first_name")] = "Previousname";
        QByteArrayList gone = before.at(5);
        gone[0] = m_removedId;
        before.append(gone);
        before.remove(2, 2);
        Rows &rosters = previous[size_t(AsmTable::Rosters)];
        rosters[1][columnOf(rosters, "roster_id")] = "PREV-R1";
        m_previous = path(QStringLiteral("previous.zip"));
        writePackage(previous, m_previous);

        // A real difference too: the same district without its first school.
        const Rows locations = readAsmTable(m_converted, AsmTable::Locations);
        QStringList keep;
        for (qsizetype i = 2; i < locations.size(); ++i)
            keep.append(QString::fromUtf8(locations.at(i).first()));
        QVERIFY(!keep.isEmpty());
        const QString filters = path(QStringLiteral("fewer-schools.json"));
        writeFile(filters, QJsonDocument(QJsonObject{{QStringLiteral("schools"),
                                                      QJsonArray::fromStringList(keep)}})
                               .toJson());
        m_fewer = path(QStringLiteral("fewer.zip"));
        // The district convertTinyDistrict generated, converted again for fewer schools.
        const QString district = path(QStringLiteral("district.zip"));
        const ProcessResult r =
            run(appBinary(),
                {QStringLiteral("convert"), district, QStringLiteral("-o"), m_fewer,
                 QStringLiteral("--run-date"), m_runDate, QStringLiteral("--filters"), filters});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        m_currentTables = extractAll(m_current, path(QStringLiteral("x-current")));
        m_previousTables = extractAll(m_previous, path(QStringLiteral("x-previous")));
    }

    void lazyModelShowsWhatCoreReads()
    {
        Findings findings;
        const auto package = AsmPackage::open(m_current, &findings);
        QVERIFY(package);
        AsmValidator validator(&findings);
        QVERIFY2(validator.validate(*package), qPrintable(findings.lines().join(u'\n')));
        for (AsmTable t : kAsmTables) {
            LazyCsvModel model(m_currentTables[size_t(t)]);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const Rows expected = readAsmTable(m_current, t);
            QCOMPARE(model.rowCount(), validator.rowCount(t));
            QCOMPARE(model.rowCount(), expected.size() - 1);
            QCOMPARE(model.columnCount(), expected.first().size());
            for (int c = 0; c < model.columnCount(); ++c) {
                QCOMPARE(model.headerData(c, Qt::Horizontal).toString(),
                         QString::fromUtf8(expected.first().at(c)));
            }
            // Backwards, so that the cache is filled out of order.
            for (int r = model.rowCount() - 1; r >= 0; --r) {
                for (int c = 0; c < model.columnCount(); ++c) {
                    QCOMPARE(model.index(r, c).data().toString(),
                             QString::fromUtf8(expected.at(r + 1).value(c)));
                }
            }
            if (model.rowCount() > 0)
                QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
        }
    }

    void quotedFieldSurvives()
    {
        LazyCsvModel model(m_currentTables[size_t(AsmTable::Students)]);
        const Rows students = readAsmTable(m_current, AsmTable::Students);
        const int last = columnOf(students, "last_name");
        const int middle = columnOf(students, "middle_name");
        QCOMPARE(model.index(0, last).data().toString(), QStringLiteral("O\"Brien, Jr."));
        QCOMPARE(model.index(0, middle).data().toString(), QStringLiteral("line\nbreak \\ back"));
        // Neighbours are untouched by the escapes.
        QCOMPARE(model.index(0, last + 1).data().toString(),
                 QString::fromUtf8(students.at(1).at(last + 1)));
        QCOMPARE(model.index(1, 0).data().toString(), QString::fromUtf8(students.at(2).at(0)));
    }

    void indexHandlesEveryLineShape_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QStringList>("lastRow");
        QTest::addColumn<int>("rows");
        QTest::newRow("final line feed")
            << QByteArray("a,b\n1,2\n3,4\n") << QStringList{u"3"_s, u"4"_s} << 2;
        QTest::newRow("no final line feed")
            << QByteArray("a,b\n1,2\n3,4") << QStringList{u"3"_s, u"4"_s} << 2;
        QTest::newRow("header only") << QByteArray("a,b\n") << QStringList{} << 0;
        QTest::newRow("header without line feed") << QByteArray("a,b") << QStringList{} << 0;
        QTest::newRow("empty") << QByteArray() << QStringList{} << 0;
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << QStringList{u"3"_s, u"4"_s}
                              << 2;
        QTest::newRow("semicolons") << QByteArray("a;b\n\"x, y\";\"q \\\" z\"\n")
                                    << QStringList{u"x, y"_s, u"q \" z"_s} << 1;
        QTest::newRow("empty line") << QByteArray("a,b\n1,2\n\n") << QStringList{QString()} << 2;
    }
    void indexHandlesEveryLineShape()
    {
        QFETCH(QByteArray, file);
        QFETCH(QStringList, lastRow);
        QFETCH(int, rows);
        QBuffer source(&file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const std::atomic_bool cancel{false};
        const auto extracted = CsvTableIndex::extract(&source, AsmTable::Rosters,
                                                      path(QStringLiteral("shape.csv")), cancel);
        QVERIFY2(extracted, qPrintable(extracted.error()));
        const std::shared_ptr<const CsvTableIndex> index = *extracted;
        QVERIFY(index);
        QCOMPARE(index->rowCount(), rows);
        QCOMPARE(readFile(index->filePath()), file);
        LazyCsvModel model(index);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (rows > 0) {
            QStringList values;
            for (int c = 0; c < lastRow.size(); ++c)
                values.append(model.index(rows - 1, c).data().toString());
            QCOMPARE(values, lastRow);
        }
    }

    void largeTableIsReadLazily()
    {
        // 200,003 rows in a file built on the fly; only the rows asked for are parsed.
        QByteArray file = "roster_id,class_id,student_id\n";
        const int rows = 200003;
        for (int i = 0; i < rows; ++i) {
            file += "R" + QByteArray::number(i) + ",K" + QByteArray::number(i % 997) + ",S" +
                    QByteArray::number(i) + '\n';
        }
        QBuffer source(&file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const std::atomic_bool cancel{false};
        const auto extracted = CsvTableIndex::extract(&source, AsmTable::Rosters,
                                                      path(QStringLiteral("large.csv")), cancel);
        QVERIFY(extracted);
        const std::shared_ptr<const CsvTableIndex> index = *extracted;
        QVERIFY(index);
        LazyCsvModel model(index);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.index(rows - 1, 2).data().toString(), QStringLiteral("S200002"));
        for (int n = 0; n < 500; ++n) {
            const int r = QRandomGenerator::global()->bounded(rows);
            QCOMPARE(model.index(r, 0).data().toString(), u'R' + QString::number(r));
        }
        QCOMPARE(RowFinder(*index, QStringLiteral("s200002")).find(0, cancel), rows - 1);
        QCOMPARE(RowFinder(*index, QStringLiteral("K996")).find(0, cancel), 996);

        const std::atomic_bool stop{true};
        QCOMPARE(RowFinder(*index, QStringLiteral("S200002")).find(0, stop), -1);
        const auto stopped = CsvTableIndex::extract(&source, AsmTable::Rosters,
                                                    path(QStringLiteral("stopped.csv")), stop);
        QVERIFY(stopped);
        QVERIFY(!*stopped);
    }

    void finderFindsValuesNotRawText()
    {
        const auto &students = m_currentTables[size_t(AsmTable::Students)];
        const Rows expected = readAsmTable(m_current, AsmTable::Students);
        const std::atomic_bool cancel{false};
        const auto find = [&](const QString &text, qsizetype from) {
            return RowFinder(*students, text).find(from, cancel);
        };
        const QString id = QString::fromUtf8(expected.at(8).first());
        QCOMPARE(find(id, 0), 7);
        QCOMPARE(find(id.toLower(), 0), 7);
        // From after the hit it wraps around to the same row.
        QCOMPARE(find(id, 8), 7);
        QCOMPARE(find(QStringLiteral("o\"brien, jr"), 0), 0); // escaped in the file
        QCOMPARE(find(QStringLiteral("BREAK \\ BACK"), 0), 0);
        QCOMPARE(find(QStringLiteral("nobody-has-this"), 0), -1);
        QCOMPARE(find(QString(), 0), -1);
        // Raw text that spans two values, or an escape, is not a value.
        const QString across = id + u',' + QString::fromUtf8(expected.at(8).at(1));
        QCOMPARE(find(across, 0), -1);
        QCOMPARE(find(QStringLiteral("\\\""), 0), -1);
    }

    void findingsModelPutsErrorsFirst()
    {
        FindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({{Severity::Warning,
                            QStringLiteral("students.csv"),
                            4,
                            {},
                            QStringLiteral("w"),
                            QStringLiteral("x")},
                           {Severity::Error, QStringLiteral("rosters.csv"), 9,
                            QStringLiteral("student_id"), QStringLiteral("e"), QStringLiteral("y")},
                           {Severity::Info, {}, 0, {}, QStringLiteral("i"), QStringLiteral("z")}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.finding(0).severity, Severity::Error);
        QCOMPARE(model.index(0, FindingsModel::LineColumn).data().toString(), QStringLiteral("9"));
        QCOMPARE(model.index(2, FindingsModel::LineColumn).data().toString(), QString());
        QCOMPARE(model.index(1, FindingsModel::MessageColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("students.csv:4: w"));
    }

    void diffCountsMatchCore_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("current");
        QTest::addColumn<bool>("differs");
        QTest::newRow("edited") << m_previous << m_current << true;
        QTest::newRow("fewer schools before") << m_fewer << m_converted << true;
        QTest::newRow("fewer schools now") << m_converted << m_fewer << true;
        QTest::newRow("identical") << m_converted << m_converted << false;
    }
    void diffCountsMatchCore()
    {
        QFETCH(QString, previous);
        QFETCH(QString, current);
        QFETCH(bool, differs);
        QTemporaryDir dir;
        const TableSet before = extractAll(previous, dir.filePath(QStringLiteral("p")));
        const TableSet now = extractAll(current, dir.filePath(QStringLiteral("c")));
        const std::atomic_bool cancel{false};
        const PackageChanges changes = PackageDiffer::compare(&before, now, cancel);

        Findings findings;
        const auto previousPackage = AsmPackage::open(previous, &findings);
        const auto currentPackage = AsmPackage::open(current, &findings);
        const AsmDiffResult core = AsmDiff().compare(previousPackage.get(), *currentPackage);
        QVERIFY(changes.hasPrevious);
        qint64 people[2] = {0, 0};
        for (AsmTable t : kAsmTables) {
            const TableChanges &mine = changes.table(t);
            const AsmTableDiff &theirs = core.table(t);
            QVERIFY(mine.complete);
            QCOMPARE(mine.previousRows, theirs.previousRows);
            QCOMPARE(mine.currentRows, theirs.currentRows);
            QCOMPARE(mine.added, theirs.added);
            QCOMPARE(mine.removed, theirs.removed);
            QCOMPARE(mine.changed, theirs.changed);
            QCOMPARE(mine.unchanged, theirs.unchanged);
            QCOMPARE(qint64(mine.addedRows.size()), mine.added);
            QCOMPARE(qint64(mine.removedRows.size()), mine.removed);
            QCOMPARE(qint64(mine.changedRows.size()), mine.changed);
            for (const RowChange &c : mine.changedRows) {
                QVERIFY(c.currentRow != RowChange::kNoRow);
                QVERIFY(c.previousRow != RowChange::kNoRow);
            }
            if (t == AsmTable::Students || t == AsmTable::Staff) {
                people[0] += theirs.added;
                people[1] += theirs.removed;
            }
        }
        QCOMPARE(people[0] + people[1] > 0, differs);
        QCOMPARE(changes.peopleCreated + changes.peopleMoved, people[0]);
        QCOMPARE(changes.peopleDeactivated + changes.peopleMoved, people[1]);
    }

    void changedRowMarksExactlyTheChangedField()
    {
        const std::atomic_bool cancel{false};
        auto changes = std::make_shared<const PackageChanges>(
            PackageDiffer::compare(&m_previousTables, m_currentTables, cancel));
        const TableChanges &students = changes->table(AsmTable::Students);
        QCOMPARE(students.added, 2);
        QCOMPARE(students.removed, 1);
        QCOMPARE(students.changed, 1);
        QCOMPARE(changes->table(AsmTable::Rosters).changed, 1);
        QCOMPARE(changes->peopleCreated, 2);
        QCOMPARE(changes->peopleDeactivated, 1);

        ChangesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(changes, m_currentTables, m_previousTables);
        model.setTable(AsmTable::Students);
        QCOMPARE(model.rowCount(), 4);
        // Removed first, then added, then changed.
        const int first = ChangesModel::FirstValueColumn;
        QCOMPARE(model.index(0, ChangesModel::KindColumn).data().toString(),
                 ChangesModel::kindName(ChangeKind::Removed));
        QCOMPARE(model.index(0, first).data().toString(), QString::fromUtf8(m_removedId));
        QCOMPARE(model.index(1, first).data().toString(), QString::fromUtf8(m_addedIds.at(0)));
        QCOMPARE(model.index(2, first).data().toString(), QString::fromUtf8(m_addedIds.at(1)));
        QCOMPARE(model.index(1, 0).data(ChangesModel::CurrentRowRole), QVariant(qint64(1)));

        model.setKindFilter(ChangeKind::Changed);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, first).data().toString(), QString::fromUtf8(m_changedId));
        QStringList changed;
        for (int c = first; c < model.columnCount(); ++c) {
            const QModelIndex cell = model.index(0, c);
            const bool marked = cell.data(ChangesModel::ChangedValueRole).toBool();
            QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), marked);
            if (marked) {
                changed.append(model.headerData(c, Qt::Horizontal).toString());
                QCOMPARE(cell.data().toString(),
                         QStringLiteral("Previousname → ") + QString::fromUtf8(m_currentFirstName));
                QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"Previousname"));
            }
        }
        QCOMPARE(changed, QStringList{QStringLiteral("first_name")});

        model.setTable(AsmTable::Rosters);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, first).data(ChangesModel::ChangedValueRole).toBool());
        QVERIFY(!model.index(0, first + 1).data(ChangesModel::ChangedValueRole).toBool());
        QVERIFY(model.index(0, first).data().toString().startsWith(u"PREV-R1 → "));

        model.setTable(AsmTable::Courses);
        model.setKindFilter(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void firstDeliveryIsAllNew()
    {
        const std::atomic_bool cancel{false};
        const PackageChanges changes = PackageDiffer::compare(nullptr, m_currentTables, cancel);
        QVERIFY(!changes.hasPrevious);
        const qint64 people = m_currentTables[size_t(AsmTable::Students)]->rowCount() +
                              m_currentTables[size_t(AsmTable::Staff)]->rowCount();
        QCOMPARE(changes.peopleCreated, people);
        QCOMPARE(changes.peopleDeactivated, 0);
        QCOMPARE(changes.table(AsmTable::Rosters).added,
                 m_currentTables[size_t(AsmTable::Rosters)]->rowCount());
        ChangesModel model;
        model.setChanges(std::make_shared<const PackageChanges>(changes), m_currentTables, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiPreview)
#include "tst_ui_preview.moc"
