#include "DevServerProcess.h"
#include "HistoryTestData.h"
#include "ResultCheck.h"
#include "ScreenshotSetup.h"
#include "TestSupport.h"
#include "UiScreenshot.h"

#include "delivery/SftpOperation.h"
#include "history/HistoryPanel.h"
#include "history/RunChangesLauncher.h"
#include "pipeline/RunEngine.h"
#include "preview/PreviewDialog.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"
#include "store/ProfileStore.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

QString idOf(const Profile &p)
{
    return p.id.toString(QUuid::WithoutBraces);
}

// The panel's parts, found the way a screen reader or a test finds them.
struct PanelParts
{
    explicit PanelParts(HistoryPanel *p)
        : panel(p)
        , runs(p->findChild<QTableView *>(u"runView"_s))
        , steps(p->findChild<QTableView *>(u"stepView"_s))
        , exchanges(p->findChild<QTableView *>(u"exchangeView"_s))
        , detail(p->findChild<QPlainTextEdit *>(u"detailView"_s))
        , profile(p->findChild<QComboBox *>(u"profileFilter"_s))
        , status(p->findChild<QComboBox *>(u"statusFilter"_s))
        , search(p->findChild<QLineEdit *>(u"searchField"_s))
        , more(p->findChild<QPushButton *>(u"showMoreButton"_s))
        , exportButton(p->findChild<QPushButton *>(u"exportButton"_s))
        , copy(p->findChild<QPushButton *>(u"copyButton"_s))
        , statusLabel(p->findChild<QLabel *>(u"statusLabel"_s))
    {
    }

    bool complete() const
    {
        return runs && steps && exchanges && detail && profile && status && search && more &&
               exportButton && copy && statusLabel;
    }
    static QString cell(const QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }
    static void select(QTableView *view, int row)
    {
        view->setCurrentIndex(view->model()->index(row, 0));
    }
    // The row whose column shows text, or -1.
    static int rowWith(const QTableView *view, int column, const QString &text)
    {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (cell(view, row, column) == text)
                return row;
        }
        return -1;
    }
    qint64 runId(int row) const
    {
        return runs->model()->index(row, 0).data(Qt::UserRole + 1).toLongLong();
    }
    QList<qint64> runIds() const
    {
        QList<qint64> ids;
        for (int row = 0; row < runs->model()->rowCount(); ++row)
            ids << runId(row);
        return ids;
    }
    QString text() const { return detail->toPlainText(); }

    HistoryPanel *panel;
    QTableView *runs;
    QTableView *steps;
    QTableView *exchanges;
    QPlainTextEdit *detail;
    QComboBox *profile;
    QComboBox *status;
    QLineEdit *search;
    QPushButton *more;
    QPushButton *exportButton;
    QPushButton *copy;
    QLabel *statusLabel;
};

} // namespace

// The history panel on real history databases: the run list (newest first, filtered, found by
// an id, paged), a run's steps and exchanges read in full, copy and export, and a real run of
// the engine against the development server whose secrets must never reach the screen.
class TestUiHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_profiles;
    HistoryDatabase m_db;
    Profile m_north = Profile::create(u"North District"_s);
    Profile m_south = Profile::create(u"South District"_s);
    const QString m_gone = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDateTime m_base;
    qint64 m_delivered = 0; // North, schedule: steps, exchanges, findings
    qint64 m_failed = 0;    // North, manual
    qint64 m_held = 0;      // South, command line
    qint64 m_orphan = 0;    // a deleted profile's
    qint64 m_dryRun = 0;    // South, new export (newest)

    std::unique_ptr<HistoryPanel> panelOn(HistoryDatabase *db, const QString &profiles = {})
    {
        auto panel = std::make_unique<HistoryPanel>(db, profiles.isEmpty() ? m_profiles : profiles);
        panel->resize(1200, 760);
        panel->show();
        if (!QTest::qWaitForWindowExposed(panel.get()))
            qWarning("the panel was not shown");
        return panel;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_tmp.isValid());
        m_profiles = m_tmp.filePath(u"profiles"_s);
        const ProfileStore store(m_profiles);
        QVERIFY_OK(store.save(m_north));
        QVERIFY_OK(store.save(m_south));

        m_base = QDateTime::currentDateTimeUtc().addDays(-3);
        // Mid-morning, so that the runs four hours later fall on the same day whenever the
        // test runs (the date filter checks below count on it).
        m_base.setTime(QTime(10, 0));
        QVERIFY_OK(m_db.open(m_tmp.filePath(u"history.sqlite"_s)));
        HistoryWriter writer(m_db, everythingOn());

        m_delivered = rowId(writer.beginRun(idOf(m_north), RunTrigger::Schedule, m_base));
        const qint64 acquire =
            rowId(writer.addStep(m_delivered, stepWith(u"acquire"_s, StepStatus::Ok,
                                                       {{u"users"_s, 250}}, u"3 pages"_s)));
        QVERIFY(writer.addExchanges(
            acquire, {ExchangeRecord::fromRest(tokenExchange()),
                      ExchangeRecord::fromRest(usersExchange(
                          "{\"users\":[{\"sourcedId\":\"stu-4711\",\"givenName\":\"Ada\"}]}"))}));
        const QJsonObject compareCounts{
            {u"removed"_s, 1},
            {u"findings"_s, QJsonArray{u"warning: students.csv: stu-0042 would be removed"_s,
                                       u"warning: classes.csv: cls-7 has no teacher"_s}}};
        QVERIFY(rowId(writer.addStep(m_delivered,
                                     stepWith(u"compare"_s, StepStatus::Ok, compareCounts,
                                              u"1 removal, within the thresholds"_s))) > 0);
        const qint64 deliver = rowId(
            writer.addStep(m_delivered, stepWith(u"deliver"_s, StepStatus::Ok, {}, u"uploaded"_s)));
        QVERIFY_OK(writer.addExchanges(deliver, sftpDelivery()));
        QVERIFY(writer.finishRun(m_delivered, RunStatus::Success, {{u"students"_s, 240}},
                                 u"Delivered to dropbox"_s));
        QVERIFY_OK(writer.storeDecisionTrail(
            m_delivered, 1,
            "subject,id,cause,file,line,detail,source,class,user\n"
            "person,stu-0042,status,users.csv,9,tobedeleted,givenName=Zoë,,\n"));

        const LaterRuns later =
            writeLaterRuns(writer, idOf(m_north), idOf(m_south), m_gone, m_base, u"compare"_s);
        m_failed = later.failed;
        m_held = later.held;
        m_orphan = later.orphan;
        m_dryRun = later.dryRun;
        QVERIFY(m_failed && m_held && m_orphan && m_dryRun);
    }

    void listsRunsNewestFirst()
    {
        auto panel = panelOn(&m_db);
        PanelParts p(panel.get());
        QVERIFY(p.complete());
        QCOMPARE(p.runIds(), (QList<qint64>{m_dryRun, m_orphan, m_held, m_failed, m_delivered}));
        QCOMPARE(p.cell(p.runs, 0, 1), u"South District"_s);
        QCOMPARE(p.cell(p.runs, 0, 2), u"New export"_s);
        QCOMPARE(p.cell(p.runs, 0, 3), u"Dry run"_s);
        QCOMPARE(p.cell(p.runs, 1, 1), m_gone); // a deleted profile shows its id
        QCOMPARE(p.cell(p.runs, 2, 3), u"Held for review"_s);
        QCOMPARE(p.cell(p.runs, 3, 3), u"Failed"_s);
        QCOMPARE(p.cell(p.runs, 3, 5), u"token rejected by the SIS"_s);
        QCOMPARE(p.cell(p.runs, 4, 3), u"Delivered"_s);
        QVERIFY(
            p.cell(p.runs, 4, 0).contains(m_base.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));
        QVERIFY(!p.runs->model()->index(3, 3).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(p.more->isHidden());
        QVERIFY2(p.statusLabel->text().contains(u"5 runs"_s), qPrintable(p.statusLabel->text()));
        // Nothing selected yet: nothing to export or copy.
        QVERIFY(!p.exportButton->isEnabled());
        QVERIFY(!p.copy->isEnabled());
        QCOMPARE(p.profile->count(), 3); // all, North, South
    }

    void filtersByProfileStatusAndDate()
    {
        auto panel = panelOn(&m_db);
        PanelParts p(panel.get());
        panel->setProfileFilter(idOf(m_north));
        QCOMPARE(p.runIds(), (QList<qint64>{m_failed, m_delivered}));
        QCOMPARE(p.profile->currentText(), u"North District"_s);

        p.status->setCurrentIndex(p.status->findData(u"failed"_s));
        QCOMPARE(p.runIds(), QList<qint64>{m_failed});
        panel->setProfileFilter(QString());
        QCOMPARE(p.runIds(), QList<qint64>{m_failed});
        p.status->setCurrentIndex(p.status->findData(u"held"_s));
        QCOMPARE(p.runIds(), QList<qint64>{m_held});
        QCOMPARE(p.status->currentText(), u"Held for review"_s);
        p.status->setCurrentIndex(0);
        QCOMPARE(p.runIds().size(), 5);

        // A deleted profile's runs can still be asked for.
        panel->setProfileFilter(m_gone);
        QCOMPARE(p.runIds(), QList<qint64>{m_orphan});
        panel->setProfileFilter(QString());

        auto *toOn = panel->findChild<QCheckBox *>(u"toEnabled"_s);
        auto *to = panel->findChild<QDateEdit *>(u"toFilter"_s);
        auto *fromOn = panel->findChild<QCheckBox *>(u"fromEnabled"_s);
        auto *from = panel->findChild<QDateEdit *>(u"fromFilter"_s);
        QVERIFY(toOn && to && fromOn && from);
        const QDate first = m_base.toLocalTime().date();
        to->setDate(first.addDays(-1));
        toOn->setChecked(true);
        QCOMPARE(p.runIds().size(), 0);
        QVERIFY2(p.statusLabel->text().contains(u"No runs match"_s),
                 qPrintable(p.statusLabel->text()));
        to->setDate(first.addDays(1));
        QCOMPARE(p.runIds().size(), 5);
        from->setDate(first.addDays(1));
        fromOn->setChecked(true);
        QCOMPARE(p.runIds().size(), 0);
        from->setDate(first);
        QVERIFY(p.runIds().contains(m_delivered));
    }

    void searchFindsAnIdInAResponseBody()
    {
        auto panel = panelOn(&m_db);
        PanelParts p(panel.get());
        p.search->setFocus();
        QTest::keyClicks(p.search, u"stu-4711"_s);
        // The search waits for a pause in typing.
        QTRY_COMPARE(p.runIds(), QList<qint64>{m_delivered});
        QVERIFY2(p.statusLabel->text().contains(u"1 run mentions"_s),
                 qPrintable(p.statusLabel->text()));
        // Straight to where it was found: the users page of the acquire step.
        QCOMPARE(panel->selectedRunId(), m_delivered);
        QCOMPARE(p.steps->currentIndex().row(), 0);
        QCOMPARE(p.exchanges->currentIndex().row(), 1);
        const QString text = p.text();
        QVERIFY2(text.contains(u"\"sourcedId\": \"stu-4711\""_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n    \"users\": [\n"_s), qPrintable(text));
        QVERIFY(!p.detail->extraSelections().isEmpty());

        // A step message is found too; the filters still apply to what a search finds.
        p.search->clear();
        QCOMPARE(p.runIds().size(), 5);
        p.search->setText(u"stu-9001"_s);
        QTest::keyClick(p.search, Qt::Key_Return);
        QCOMPARE(p.runIds(), QList<qint64>{m_held});
        QVERIFY2(p.text().contains(u"would deactivate student stu-9001"_s), qPrintable(p.text()));
        panel->setProfileFilter(idOf(m_north));
        QCOMPARE(p.runIds().size(), 0);
        QVERIFY2(p.statusLabel->text().contains(u"stu-9001"_s), qPrintable(p.statusLabel->text()));
        p.search->setText(u"nobody-123"_s);
        QTest::keyClick(p.search, Qt::Key_Return);
        QCOMPARE(p.runIds().size(), 0);
    }

    void runStepExchangeFillTheDetail()
    {
        auto panel = panelOn(&m_db);
        PanelParts p(panel.get());
        QSignalSpy selected(panel.get(), &HistoryPanel::runSelected);
        p.select(p.runs, 4);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().toLongLong(), m_delivered);
        QVERIFY(p.exportButton->isEnabled());
        QVERIFY2(p.text().contains(u"Delivered to dropbox"_s), qPrintable(p.text()));
        QVERIFY(p.text().contains(u"students: 240"_s));

        QCOMPARE(p.steps->model()->rowCount(), 3);
        QCOMPARE(p.cell(p.steps, 0, 1), u"Reading the SIS data"_s);
        QCOMPARE(p.cell(p.steps, 0, 2), u"Done"_s);
        QCOMPARE(p.cell(p.steps, 1, 4), u"2 findings, removed=1"_s);
        // A step's findings are readable text in the detail.
        p.select(p.steps, 1);
        QVERIFY2(p.text().contains(u"warning: students.csv: stu-0042 would be removed"_s),
                 qPrintable(p.text()));
        QVERIFY(p.text().contains(u"warning: classes.csv: cls-7 has no teacher"_s));
        QCOMPARE(p.exchanges->model()->rowCount(), 0);

        p.select(p.steps, 0);
        QCOMPARE(p.exchanges->model()->rowCount(), 2);
        QCOMPARE(p.cell(p.exchanges, 0, 1), u"POST"_s);
        QCOMPARE(p.cell(p.exchanges, 0, 3), u"200"_s);
        p.select(p.exchanges, 0);
        QString text = p.text();
        QVERIFY2(text.startsWith(u"POST https://sis.example.org/oauth/token"_s), qPrintable(text));
        for (const QString &part :
             {u"Request headers"_s, u"Request body"_s, u"Response"_s, u"HTTP 200 (ok)"_s,
              u"Response headers"_s, u"Content-Type: application/json"_s, u"Response body"_s,
              u"Authorization: Bearer [redacted]"_s, u"\"access_token\": \"[redacted]\""_s})
            QVERIFY2(text.contains(part), qPrintable(part + u" is missing from:\n"_s + text));
        for (const QByteArray &secret : {kToken, kClientSecret, kPassword})
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), secret.constData());

        p.select(p.exchanges, 1);
        text = p.text();
        QVERIFY2(text.startsWith(u"GET https://sis.example.org/ims/oneroster/v1p1/users"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"(empty)"_s)); // a GET has no body
        QVERIFY(text.contains(u"\"givenName\": \"Ada\""_s));

        // SFTP operations: no headers, the error in full.
        p.select(p.steps, 2);
        p.select(p.exchanges, 1);
        text = p.text();
        QVERIFY2(text.contains(u"SFTP rename dropbox/asm.zip"_s), qPrintable(text));
        QVERIFY(text.contains(u"Error: permission denied"_s));
        QCOMPARE(p.cell(p.exchanges, 0, 6), u"1.2 KB"_s);

        // Keyboard: up a step moves the exchange list with it.
        p.steps->setFocus();
        QTest::keyClick(p.steps, Qt::Key_Up);
        QCOMPARE(p.steps->currentIndex().row(), 1);
        QCOMPARE(p.exchanges->model()->rowCount(), 0);
        p.runs->setFocus();
        QTest::keyClick(p.runs, Qt::Key_Up);
        QCOMPARE(panel->selectedRunId(), m_failed);
        QCOMPARE(p.steps->model()->rowCount(), 0);
    }

    void copyAndExport()
    {
        auto panel = panelOn(&m_db);
        PanelParts p(panel.get());
        panel->showRun(m_delivered);
        p.select(p.steps, 0);
        p.select(p.exchanges, 1);
        QVERIFY(p.copy->isEnabled());
        QTest::mouseClick(p.copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), p.text());
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"stu-4711"_s));

        const QString path = m_tmp.filePath(u"export/run.json"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QString suggested;
        panel->setSaveFileChooser([&](const QString &s) {
            suggested = s;
            return path;
        });
        QTest::mouseClick(p.exportButton, Qt::LeftButton);
        QVERIFY2(suggested.endsWith(u".json"_s), qPrintable(suggested));
        QVERIFY2(suggested.contains(QString::number(m_delivered)), qPrintable(suggested));
        const QByteArray bytes = readFile(path);
        const QJsonObject run = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(run.value(u"id"_s).toInteger(), m_delivered);
        QCOMPARE(run.value(u"profileName"_s).toString(), u"North District"_s);
        QCOMPARE(run.value(u"status"_s).toString(), u"success"_s);
        const QJsonArray steps = run.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 3);
        const QJsonArray exchanges = steps.at(0).toObject().value(u"exchanges"_s).toArray();
        QCOMPARE(exchanges.size(), 2);
        QVERIFY(
            exchanges.at(1).toObject().value(u"responseBody"_s).toString().contains(u"stu-4711"_s));
        QVERIFY(!bytes.contains(kToken));
        QVERIFY(!bytes.contains(kClientSecret));
        QVERIFY2(p.statusLabel->text().contains(u"exported"_s), qPrintable(p.statusLabel->text()));

        // Cancelling the file choice writes nothing.
        QFile::remove(path);
        panel->setSaveFileChooser([](const QString &) { return QString(); });
        QTest::mouseClick(p.exportButton, Qt::LeftButton);
        QVERIFY(!QFileInfo::exists(path));
    }

    // The run's decision trail leaves as a spreadsheet with every script intact; a run that
    // kept none says why the button is off.
    void exportsDecisions()
    {
        auto panel = panelOn(&m_db);
        auto *button = panel->findChild<QPushButton *>(u"decisionsButton"_s);
        QVERIFY(button);
        panel->showRun(m_failed);
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(u"kept no decision trail"_s));
        panel->showRun(m_delivered);
        QVERIFY(button->isEnabled());
        QVERIFY2(button->toolTip().contains(u"the 1 record"_s), qPrintable(button->toolTip()));

        const QString path = m_tmp.filePath(u"export/decisions.csv"_s);
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QString suggested;
        panel->setSaveFileChooser([&](const QString &s) {
            suggested = s;
            return path;
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY2(suggested.endsWith(u"-decisions.csv"_s), qPrintable(suggested));
        const QByteArray bytes = readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFsubject,id,cause,"));
        QVERIFY(
            bytes.contains("person,stu-0042,status,users.csv,9,tobedeleted,givenName=Zo\xC3\xAB"));
    }

    void changesOfARunWhoseZipIsGoneSayWhy()
    {
        // The window opens at once; that the history no longer holds the zip shows in it.
        RunRecord run;
        run.id = m_delivered;
        run.endedAt = m_base;
        const Result<PreviewDialog *> opened =
            RunChangesLauncher::create(&m_db, run, u"North"_s, nullptr);
        QVERIFY(opened);
        std::unique_ptr<PreviewDialog> dialog(*opened);
        QVERIFY(dialog->windowTitle().contains(u"run %1, delivered"_s.arg(m_delivered)));
        QTRY_VERIFY([&] {
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->text().contains(u"its zip is no longer kept in the history"_s))
                    return true;
            }
            return false;
        }());
    }

    void bodiesNotKeptOrTruncatedSaySo()
    {
        HistoryDatabase db;
        QVERIFY(db.open(m_tmp.filePath(u"bodies.sqlite"_s)));
        const QByteArray body = "{\"users\":[{\"sourcedId\":\"stu-1\"},{\"sourcedId\":\"stu-2\"}]}";
        RecordingPolicy off;
        HistoryWriter writer(db, off);
        const qint64 plain = rowId(writer.beginRun(idOf(m_north), RunTrigger::Manual, m_base));
        qint64 step = rowId(writer.addStep(plain, rb::test::step(u"acquire"_s, StepStatus::Ok)));
        RestExchange token = tokenExchange();
        QVERIFY(writer.addExchanges(step, {ExchangeRecord::fromRest(usersExchange(body)),
                                           ExchangeRecord::fromRest(token)}));
        QVERIFY(writer.finishRun(plain, RunStatus::Success, {}, {}));
        RecordingPolicy capped = everythingOn();
        capped.bodyCap = 20;
        HistoryWriter cappedWriter(db, capped);
        const qint64 cut =
            rowId(cappedWriter.beginRun(idOf(m_north), RunTrigger::Manual, m_base.addSecs(60)));
        step = rowId(cappedWriter.addStep(cut, rb::test::step(u"acquire"_s, StepStatus::Ok)));
        QVERIFY(cappedWriter.addExchanges(step, {ExchangeRecord::fromRest(usersExchange(body))}));
        QVERIFY(cappedWriter.finishRun(cut, RunStatus::Success, {}, {}));

        auto panel = panelOn(&db);
        PanelParts p(panel.get());
        panel->showRun(plain);
        p.select(p.steps, 0);
        p.select(p.exchanges, 0);
        const QString notKept =
            u"(body not kept: turn on 'Save request and response data' in the profile)"_s;
        QVERIFY2(p.text().contains(notKept), qPrintable(p.text()));
        p.select(p.exchanges, 1);
        // A POST's body was not kept either, and is not called empty.
        QCOMPARE(p.text().count(notKept), 2);

        panel->showRun(cut);
        p.select(p.steps, 0);
        p.select(p.exchanges, 0);
        QVERIFY2(p.text().contains(u"(truncated)"_s), qPrintable(p.text()));
        QVERIFY(p.text().contains(QString::fromUtf8(body.left(20))));
        QVERIFY(!p.text().contains(u"stu-2"_s));
    }

    void pagesRefreshAndShowRun()
    {
        HistoryDatabase db;
        QVERIFY(db.open(m_tmp.filePath(u"many.sqlite"_s)));
        HistoryWriter writer(db, RecordingPolicy{});
        QList<qint64> ids;
        for (int i = 0; i < 120; ++i) {
            const qint64 id =
                rowId(writer.beginRun(idOf(i % 2 ? m_north : m_south), RunTrigger::Schedule,
                                      m_base.addSecs(-60 * 60 * (120 - i))));
            QVERIFY(writer.finishRun(id, i == 3 ? RunStatus::Failed : RunStatus::Success, {},
                                     u"run %1"_s.arg(i)));
            ids.prepend(id); // newest first
        }
        auto panel = panelOn(&db);
        PanelParts p(panel.get());
        QCOMPARE(p.runs->model()->rowCount(), 50);
        QVERIFY(p.more->isVisible());
        QTest::mouseClick(p.more, Qt::LeftButton);
        QCOMPARE(p.runs->model()->rowCount(), 100);
        // Scrolling to the end reads the next page.
        p.runs->scrollToBottom();
        QScrollBar *bar = p.runs->verticalScrollBar();
        bar->setValue(bar->maximum());
        QCOMPARE(p.runs->model()->rowCount(), 120);
        QVERIFY(p.more->isHidden());
        QCOMPARE(p.runIds(), ids);

        // A refresh keeps the selection and picks up new and finished runs.
        auto fresh = panelOn(&db);
        PanelParts f(fresh.get());
        f.select(f.runs, 2);
        const qint64 chosen = ids.at(2);
        const qint64 going = rowId(writer.beginRun(idOf(m_north), RunTrigger::Manual));
        fresh->refresh();
        QCOMPARE(f.runId(0), going);
        QCOMPARE(f.cell(f.runs, 0, 3), u"Running"_s);
        QCOMPARE(fresh->selectedRunId(), chosen);
        QVERIFY(writer.finishRun(going, RunStatus::Success, {}, u"done"_s));
        fresh->refresh();
        QCOMPARE(f.cell(f.runs, 0, 3), u"Delivered"_s);
        QCOMPARE(fresh->selectedRunId(), chosen);
        QCOMPARE(f.runs->model()->rowCount(), 50);

        // Showing an old run reads pages back to it, clearing a filter that hides it.
        f.status->setCurrentIndex(f.status->findData(u"failed"_s));
        QCOMPARE(f.runs->model()->rowCount(), 1);
        fresh->showRun(ids.last());
        QCOMPARE(fresh->selectedRunId(), ids.last());
        QCOMPARE(f.status->currentIndex(), 0);
        QVERIFY(f.runs->model()->rowCount() > 100);
    }

    void controlsHaveAccessibleNames()
    {
        auto panel = panelOn(&m_db);
        for (const char *name :
             {"profileFilter", "statusFilter", "fromEnabled", "fromFilter", "toEnabled", "toFilter",
              "searchField", "runView", "stepView", "exchangeView", "detailView", "showMoreButton",
              "exportButton", "copyButton"}) {
            const auto *widget = panel->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }
        PanelParts p(panel.get());
        QCOMPARE(p.search->placeholderText(), u"Find a person or class id…"_s);
        // Ctrl+F reaches the search from anywhere in the panel.
        panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        p.runs->setFocus();
        QTest::keySequence(panel.get(), QKeySequence::Find);
        QTRY_VERIFY(p.search->hasFocus());
    }

    void realRunShowsNoSecret()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString district = dir.filePath(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(),
                     {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, district})
                     .exitCode,
                 0);
        const QString secret = u"ui-history-Secret-4d9e"_s;
        DevServerProcess sis;
        if (screenshotMode())
            sis.setHostName(sisHost());
        QVERIFY2(sis.start({u"--data"_s, district, u"--auth"_s, u"oauth2"_s, u"--client-id"_s,
                            u"rb"_s, u"--client-secret"_s, secret}),
                 qPrintable(sis.errorOutput()));

        Profile profile = Profile::create(u"Maple Valley Schools"_s);
        profile.source.kind = SourceKind::Rest;
        profile.source.rest.baseUrl = sis.baseUrl().toString();
        profile.source.rest.version = OneRosterVersion::V1_2;
        profile.source.rest.authType = RestAuthType::OAuth2;
        profile.source.rest.tokenUrl = sis.baseUrl().toString() + u"/oauth/token"_s;
        profile.source.rest.clientId = u"rb"_s;
        profile.source.rest.pageSize = 50;
        profile.conversion.filters.runDate = QDate(2026, 9, 1);
        profile.destination.kind = DestinationKind::Folder;
        // The screenshot names the folder in the run's message.
        profile.destination.folder = shownPath(dir.filePath(u"delivered"_s),
                                               u"Documents/Apple School Manager/Maple Valley"_s);
        profile.saveExchangeData = true;
        QVERIFY(QDir().mkpath(profile.destination.folder));
        const QString profiles = dir.filePath(u"profiles"_s);
        QVERIFY_OK(ProfileStore(profiles).save(profile));

        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"history.sqlite"_s)));
        QList<RunResult> results;
        {
            RunEngine engine(&db, dir.filePath(u"held"_s));
            RunRequest request;
            request.profile = profile;
            request.secrets.values.insert(QString(SecretName::SisClientSecret), secret);
            for (RunMode mode : {RunMode::Normal, RunMode::ApproveHeld}) {
                request.mode = mode;
                QSignalSpy finished(&engine, &RunEngine::runFinished);
                engine.submit(request);
                QVERIFY(finished.wait(120000));
                results << finished.first().first().value<RunResult>();
            }
        }
        QCOMPARE(results.at(0).status, RunStatus::Held);
        QCOMPARE(results.at(1).status, RunStatus::Success);

        // The bearer token the server issued, from its own request log.
        QByteArray token;
        for (const QJsonValue &entry : sis.log()) {
            const QJsonObject headers = entry.toObject().value(u"headers"_s).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                const QString value = it.value().toString();
                if (it.key().compare(u"authorization"_s, Qt::CaseInsensitive) == 0 &&
                    value.startsWith(u"Bearer "_s))
                    token = value.mid(7).toUtf8();
            }
        }
        QVERIFY2(token.size() > 8, token.constData());
        const QStringList forbidden{
            secret, QString::fromLatin1(token),
            QString::fromLatin1(QByteArray("rb:" + secret.toUtf8()).toBase64()),
            QString::fromLatin1(secret.toUtf8().toPercentEncoding())};

        auto panel = panelOn(&db, profiles);
        PanelParts p(panel.get());
        QCOMPARE(p.runs->model()->rowCount(), 2);
        QCOMPARE(p.cell(p.runs, 1, 1), u"Maple Valley Schools"_s);
        QCOMPARE(p.cell(p.runs, 1, 3), u"Held for review"_s);
        QCOMPARE(p.cell(p.runs, 0, 3), u"Delivered"_s);
        panel->showRun(results.at(0).runId);
        QVERIFY(p.steps->model()->rowCount() >= 7);
        int exchanges = 0;
        bool sawBearerMask = false;
        bool sawTokenMask = false;
        bool sawIndentedJson = false;
        for (int s = 0; s < p.steps->model()->rowCount(); ++s) {
            p.select(p.steps, s);
            for (const QString &bad : forbidden)
                QVERIFY2(!p.text().contains(bad), qPrintable(p.text()));
            for (int e = 0; e < p.exchanges->model()->rowCount(); ++e) {
                p.select(p.exchanges, e);
                const QString text = p.text();
                ++exchanges;
                for (const QString &bad : forbidden)
                    QVERIFY2(!text.contains(bad), qPrintable(u"a secret in:\n"_s + text));
                sawBearerMask = sawBearerMask || text.contains(u"Bearer [redacted]"_s);
                sawTokenMask = sawTokenMask || text.contains(u"\"access_token\": \"[redacted]\""_s);
                sawIndentedJson = sawIndentedJson || text.contains(u"\n    \"sourcedId\""_s) ||
                                  text.contains(u"\n            \"sourcedId\""_s);
            }
        }
        QVERIFY2(exchanges > 3, QByteArray::number(exchanges).constData());
        QVERIFY(sawBearerMask);
        QVERIFY(sawTokenMask);
        QVERIFY(sawIndentedJson);

        // For a look at the panel with real data (tools/dev/screenshots.sh).
        if (screenshotMode()) {
            panel->resize(1280, 800);
            panel->showRun(results.at(0).runId);
            p.select(p.steps, 0);
            p.select(p.exchanges, qMin(2, p.exchanges->model()->rowCount() - 1));
            QTest::qWait(200);
            QVERIFY(!saveScreenshot(panel.get(), u"history-panel"_s).isEmpty());
        }
    }
};

QTEST_MAIN(TestUiHistory)
#include "tst_ui_history.moc"
