#include "history/ExchangeListModel.h"
#include "history/HistoryText.h"
#include "history/RunListModel.h"
#include "history/StepListModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QJsonArray>
#include <QTest>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {

RunRecord runRecord(qint64 id, RunStatus status, const QString &profileId)
{
    RunRecord r;
    r.id = id;
    r.profileId = profileId;
    r.trigger = RunTrigger::Schedule;
    r.startedAt = QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC);
    if (status != RunStatus::Running)
        r.endedAt = r.startedAt.addSecs(185);
    r.status = status;
    r.message = u"line one\nline two"_s;
    return r;
}

StepRecord stepRecord(qint64 id, int ordinal, const QString &name, StepStatus status)
{
    StepRecord s;
    s.id = id;
    s.runId = 1;
    s.ordinal = ordinal;
    s.name = name;
    s.status = status;
    s.durationMs = 1500;
    s.counts = QJsonObject{{u"users"_s, 250},
                           {u"findings"_s, QJsonArray{u"warning: users.csv:3: email: empty"_s,
                                                      u"warning: users.csv:9: email: empty"_s}}};
    return s;
}

ExchangeRecord exchangeRecord(qint64 id, ExchangeKind kind, int status, bool ok)
{
    ExchangeRecord e;
    e.id = id;
    e.kind = kind;
    e.operation = kind == ExchangeKind::Http ? u"GET"_s : u"write"_s;
    e.target = u"https://sis.example.org/users"_s;
    e.status = status;
    e.ok = ok;
    e.durationMs = 120;
    e.bytes = 12700;
    e.error = ok ? QString() : u"permission\ndenied"_s;
    return e;
}

} // namespace

// The three table models of the history panel, checked by Qt's model tester through every
// change they make, and for the text an admin reads in them.
class TestUiHistoryModels : public QObject
{
    Q_OBJECT

private slots:
    void runModel()
    {
        RunListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(RunListModel::ColumnCount));
        model.setRecords({runRecord(3, RunStatus::Held, u"north"_s),
                          runRecord(2, RunStatus::Success, u"gone"_s)});
        model.appendRecords({runRecord(1, RunStatus::Failed, u"north"_s)});
        model.appendRecords({});
        QCOMPARE(model.rowCount(), 3);
        model.setProfileNames({{u"north"_s, u"North District"_s}});

        QCOMPARE(model.rowOf(2), 1);
        QCOMPARE(model.rowOf(99), -1);
        QCOMPARE(model.data(model.index(0, RunListModel::Profile)).toString(), u"North District"_s);
        // A deleted profile's runs show its id.
        QCOMPARE(model.data(model.index(1, RunListModel::Profile)).toString(), u"gone"_s);
        QCOMPARE(model.data(model.index(0, RunListModel::Status)).toString(), u"Held for review"_s);
        QCOMPARE(model.data(model.index(1, RunListModel::Status)).toString(), u"Delivered"_s);
        QCOMPARE(model.data(model.index(2, RunListModel::Status)).toString(), u"Failed"_s);
        QVERIFY(!model.data(model.index(2, RunListModel::Status), Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(model.data(model.index(2, RunListModel::Status), Qt::ForegroundRole).isValid());
        QCOMPARE(model.data(model.index(0, RunListModel::Duration)).toString(), u"3 min 5 s"_s);
        QCOMPARE(model.data(model.index(0, RunListModel::Trigger)).toString(), u"Schedule"_s);
        QCOMPARE(model.data(model.index(0, RunListModel::Message)).toString(),
                 u"line one line two"_s);
        QCOMPARE(model.data(model.index(0, RunListModel::Message), Qt::ToolTipRole).toString(),
                 u"line one\nline two"_s);
        QCOMPARE(model.data(model.index(1, 0), RunListModel::RunIdRole).toLongLong(), 2);
        const QString started = model.data(model.index(0, RunListModel::Started)).toString();
        QVERIFY2(started.contains(QDateTime(QDate(2026, 11, 24), QTime(6, 0), Qt::UTC)
                                      .toLocalTime()
                                      .toString(u"yyyy-MM-dd HH:mm"_s)),
                 qPrintable(started));
        QCOMPARE(model.headerData(RunListModel::Status, Qt::Horizontal).toString(), u"Status"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void humanStatusTexts()
    {
        QCOMPARE(HistoryText::runStatus(RunStatus::Success), u"Delivered"_s);
        QCOMPARE(HistoryText::runStatus(RunStatus::Held), u"Held for review"_s);
        QCOMPARE(HistoryText::runStatus(RunStatus::DryRun), u"Dry run"_s);
        QCOMPARE(HistoryText::runStatus(RunStatus::Failed), u"Failed"_s);
        QCOMPARE(HistoryText::runStatus(RunStatus::Cancelled), u"Cancelled"_s);
        QCOMPARE(HistoryText::runStatus(RunStatus::Interrupted), u"Interrupted"_s);
        QCOMPARE(HistoryText::runStatus(RunStatus::Running), u"Running"_s);
        QCOMPARE(HistoryText::dataSize(12700), u"12.4 KB"_s);
        QCOMPARE(HistoryText::duration(830), u"830 ms"_s);
        QCOMPARE(HistoryText::duration(12400), u"12.4 s"_s);
        QCOMPARE(HistoryText::duration(-1), u"-"_s);
    }

    void countsReadInACellAndInFull()
    {
        // Nested counts as the pipeline writes them: rows per file, a safety verdict.
        const QJsonObject counts{
            {u"rows"_s, QJsonObject{{u"students.csv"_s, 39}, {u"staff.csv"_s, 20}}},
            {u"safety"_s, QJsonObject{{u"verdict"_s, u"hold"_s},
                                      {u"reasons"_s, QJsonArray{QJsonObject{{u"code"_s, u"first"_s},
                                                                            {u"count"_s, 0}}}}}},
            {u"hasPrevious"_s, false}};
        QCOMPARE(HistoryText::countsSummary(counts), u"hasPrevious=no, rows=59, safety=hold"_s);
        QCOMPARE(HistoryText::countLines(counts),
                 (QStringList{u"hasPrevious: no"_s, u"rows: staff.csv=20, students.csv=39"_s,
                              u"safety:"_s, u"  reasons:"_s, u"    - code: first"_s,
                              u"      count: 0"_s, u"  verdict: hold"_s}));
    }

    void stepModel()
    {
        StepListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({stepRecord(10, 1, u"acquire"_s, StepStatus::Ok),
                          stepRecord(11, 2, u"compare"_s, StepStatus::Held),
                          stepRecord(12, 3, u"custom"_s, StepStatus::Interrupted)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(11), 1);
        QCOMPARE(model.data(model.index(0, StepListModel::Ordinal)).toInt(), 1);
        QCOMPARE(model.data(model.index(0, StepListModel::Step)).toString(),
                 u"Reading the SIS data"_s);
        // A name this build does not know is shown as it was stored.
        QCOMPARE(model.data(model.index(2, StepListModel::Step)).toString(), u"custom"_s);
        QCOMPARE(model.data(model.index(0, StepListModel::Status)).toString(), u"Done"_s);
        QCOMPARE(model.data(model.index(1, StepListModel::Status)).toString(), u"Held"_s);
        QCOMPARE(model.data(model.index(2, StepListModel::Status)).toString(), u"Interrupted"_s);
        QCOMPARE(model.data(model.index(0, StepListModel::Duration)).toString(), u"1.5 s"_s);
        QCOMPARE(model.data(model.index(0, StepListModel::Counts)).toString(),
                 u"2 findings, users=250"_s);
        // The findings themselves are text in the tooltip.
        const QString tip =
            model.data(model.index(0, StepListModel::Counts), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"warning: users.csv:9: email: empty"_s), qPrintable(tip));
        QCOMPARE(model.data(model.index(2, 0), StepListModel::StepIdRole).toLongLong(), 12);
        model.setRecords({stepRecord(20, 1, u"deliver"_s, StepStatus::Failed)});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void exchangeModel()
    {
        ExchangeListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({exchangeRecord(5, ExchangeKind::Http, 200, true),
                          exchangeRecord(6, ExchangeKind::Sftp, 0, false)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ExchangeListModel::ColumnCount));
        QCOMPARE(model.rowOf(6), 1);
        QCOMPARE(model.data(model.index(0, ExchangeListModel::Kind)).toString(), u"HTTP"_s);
        QCOMPARE(model.data(model.index(0, ExchangeListModel::HttpStatus)).toInt(), 200);
        QCOMPARE(model.data(model.index(1, ExchangeListModel::HttpStatus)).toString(), u"-"_s);
        QCOMPARE(model.data(model.index(0, ExchangeListModel::Ok)).toString(), u"ok"_s);
        QCOMPARE(model.data(model.index(1, ExchangeListModel::Ok)).toString(), u"failed"_s);
        QCOMPARE(model.data(model.index(0, ExchangeListModel::Bytes)).toString(), u"12.4 KB"_s);
        QCOMPARE(model.data(model.index(0, ExchangeListModel::Duration)).toString(), u"120 ms"_s);
        QCOMPARE(model.data(model.index(1, ExchangeListModel::Error)).toString(),
                 u"permission denied"_s);
        QCOMPARE(model.data(model.index(0, ExchangeListModel::Target)).toString(),
                 u"https://sis.example.org/users"_s);
        QCOMPARE(model.data(model.index(1, 0), ExchangeListModel::ExchangeIdRole).toLongLong(), 6);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiHistoryModels)
#include "tst_ui_history_models.moc"
