#include "AsmTables.h"
#include "MnemonicCheck.h"
#include "ResultCheck.h"
#include "ScreenshotSetup.h"
#include "TestSupport.h"
#include "UiScreenshot.h"

#include "history/HistoryPanel.h"
#include "main/AppState.h"
#include "main/MainWindow.h"
#include "main/ProfileTableModel.h"
#include "main/StartAtLogin.h"
#include "main/StatusTracker.h"
#include "main/TrayController.h"
#include "pipeline/RunCoordinator.h"
#include "pipeline/RunHost.h"
#include "preview/FindingsModel.h"
#include "preview/FindingsPage.h"
#include "preview/PreviewDialog.h"
#include "schedule/ScheduleRule.h"
#include "schedule/Scheduler.h"
#include "settings/PreferencesDialog.h"
#include "settings/ProfileSettingsDialog.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardPageId.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The main window and the tray driven offscreen on a real engine: a profile's first run is
// held, reviewed and approved; pause, duplicate, delete, preview; the tray's look follows.
class TestUiMain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_export;
    std::unique_ptr<RunHost> m_host;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<StatusTracker> m_tracker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
    QString m_id;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    // The screenshots show this folder in run messages: an admin's, not the test's.
    QString deliveries() const
    {
        return shownPath(path(u"deliveries"_s), u"Documents/Apple School Manager/North District"_s);
    }
    int delivered() const { return int(QDir(deliveries()).entryList(QDir::Files).size()); }

    const ProfileStatus &status() const
    {
        return m_tracker->profiles().at(m_tracker->indexOf(m_id));
    }

    // The tray menu's item whose text starts with prefix.
    QAction *trayItem(const QString &prefix) const
    {
        for (QAction *a : m_tray->menu()->actions()) {
            if (a->text().startsWith(prefix))
                return a;
        }
        return nullptr;
    }

    RunResult waitForRun()
    {
        QSignalSpy finished(m_host->coordinator(), &RunCoordinator::runFinished);
        if (!finished.wait(120000))
            return {};
        return finished.first().first().value<RunResult>();
    }

private slots:
    void initTestCase()
    {
        m_export = shownPath(path(u"tiny.zip"_s), u"Documents/SIS exports/north-district.zip"_s);
        QCOMPARE(run(generatorBinary(),
                     {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, m_export})
                     .exitCode,
                 0);
        QDir().mkpath(deliveries());
        RunHost::Paths paths{path(u"config"_s), path(u"config/profiles"_s), path(u"data"_s)};
        Profile p = Profile::create(u"North District"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_export;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = deliveries();
        ScheduleRule rule;
        rule.hour = 5;
        rule.timeZone = u"America/New_York"_s;
        p.schedule = rule;
        QString error;
        QVERIFY(ProfileStore(paths.profilesFolder).save(p));
        m_id = p.id.toString(QUuid::WithoutBraces);

        m_host = std::make_unique<RunHost>(paths);
        const Result<void> opened = m_host->open();
        QVERIFY2(opened, qPrintable(opened.error()));
        m_scheduler = std::make_unique<Scheduler>();
        m_host->coordinator()->startAutomatic(m_scheduler.get());
        m_tracker = std::make_unique<StatusTracker>(m_host.get(), m_scheduler.get());
        m_window = std::make_unique<MainWindow>(m_host.get(), m_scheduler.get(), m_tracker.get());
        m_tray = std::make_unique<TrayController>(m_tracker.get());
        connect(m_host->coordinator(), &RunCoordinator::notificationRaised, m_tray.get(),
                &TrayController::notify);
        // As the desktop app wires them.
        connect(m_tray.get(), &TrayController::reviewRequested, m_window.get(),
                &MainWindow::review);
        connect(m_tray.get(), &TrayController::runHistoryRequested, m_window.get(),
                &MainWindow::showRunHistory);
        connect(m_tray.get(), &TrayController::blockedReviewRequested, m_window.get(),
                [this](const QString &id) {
                    m_window->reviewPackage(id, ReviewPackage::Slot::Blocked);
                });
        m_window->show();
    }

    // Alt+letter leads to one place in the main window, the preferences and every tab of the
    // profile settings, for each kind of source and destination.
    void noMnemonicIsUsedTwice()
    {
        QVERIFY2(duplicateMnemonics(m_window.get()).isEmpty(),
                 qPrintable(duplicateMnemonics(m_window.get()).join(u"; ")));
        PreferencesDialog preferences(path(u"config"_s), path(u"data"_s));
        preferences.show();
        QVERIFY2(duplicateMnemonics(&preferences).isEmpty(),
                 qPrintable(duplicateMnemonics(&preferences).join(u"; ")));

        Profile csv = Profile::create(u"CSV"_s);
        csv.source.kind = SourceKind::Csv;
        csv.source.sftp.host = u"sis.example.org"_s;
        Profile rest = Profile::create(u"REST"_s);
        rest.source.kind = SourceKind::Rest;
        rest.source.rest.baseUrl = u"https://sis.example.org/ims/oneroster/v1p1"_s;
        rest.destination.kind = DestinationKind::AsmSftp;
        for (const Profile &p : {csv, rest}) {
            ProfileSettingsDialog dialog(p, m_host->secrets(), path(u"config/profiles"_s));
            dialog.show();
            for (int i = 0; i < dialog.tabs()->count(); ++i) {
                dialog.tabs()->setCurrentIndex(i);
                const QStringList duplicates = duplicateMnemonics(&dialog);
                QVERIFY2(duplicates.isEmpty(),
                         qPrintable(p.name + u" / "_s + dialog.tabs()->tabText(i) + u": "_s +
                                    duplicates.join(u"; ")));
            }
        }
    }

    // Next run is said in the schedule's zone, with this computer's time beside it.
    void nextRunIsInTheSchedulesZone()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QTimeZone newYork("America/New_York");
        QDateTime next(now.toTimeZone(newYork).date(), QTime(5, 0), newYork);
        if (next <= now)
            next = next.addDays(1);
        const QString text =
            ProfileTableModel::nextRunText(next.toUTC(), now, u"America/New_York"_s);
        QVERIFY2(text.contains(QLocale().toString(QTime(5, 0), QLocale::ShortFormat)),
                 qPrintable(text));
        const QString here = QLocale().toString(next.toLocalTime().time(), QLocale::ShortFormat);
        if (QTimeZone::systemTimeZone().offsetFromUtc(next) != newYork.offsetFromUtc(next))
            QVERIFY2(text.endsWith(here + u" here"_s), qPrintable(text));
        else
            QVERIFY2(!text.contains(u"here"_s), qPrintable(text));
        // In this computer's zone, no second time.
        QVERIFY(!ProfileTableModel::nextRunText(next.toUTC(), now, QString()).contains(u"here"_s));
    }

    void cleanupTestCase()
    {
        m_tray.reset();
        m_window.reset();
        m_tracker.reset();
        m_scheduler.reset();
        m_host.reset();
    }

    void listsTheProfile()
    {
        QAbstractItemModelTester tester(m_window->profileView()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *model = m_window->profileView()->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ProfileTableModel::Name).data().toString(), u"North District"_s);
        QCOMPARE(model->index(0, ProfileTableModel::State).data().toString(), u"Not run yet"_s);
        QCOMPARE(model->index(0, ProfileTableModel::LastRun).data().toString(), u"never"_s);
        QCOMPARE(model->index(0, ProfileTableModel::LastDelivered).data().toString(), u"never"_s);
        QVERIFY2(m_tray->toolTip().contains(u"Last delivered: never"_s),
                 qPrintable(m_tray->toolTip()));
        QVERIFY(!model->index(0, ProfileTableModel::NextRun).data().toString().isEmpty());
        QCOMPARE(m_window->selectedProfile(), m_id);
        QCOMPARE(m_tray->shownState(), AppState::Idle);
        // The tray menu offers the profile.
        QStringList entries;
        for (QAction *a : m_tray->menu()->actions()) {
            entries << a->text();
            if (a->menu())
                for (QAction *sub : a->menu()->actions())
                    entries << u"  "_s + sub->text();
        }
        QVERIFY2(entries.contains(u"  North District"_s), qPrintable(entries.join(u'|')));
        QVERIFY(entries.contains(u"&Quit"_s));
    }

    void firstRunIsHeldReviewedAndApproved()
    {
        QSignalSpy raised(m_host->coordinator(), &RunCoordinator::notificationRaised);
        m_window->actions().run->trigger();
        const RunResult held = waitForRun();
        QCOMPARE(held.status, RunStatus::Held);
        QCOMPARE(raised.size(), 1);
        QTRY_COMPARE(m_tray->shownState(), AppState::Held);
        QCOMPARE(status().state(), AppState::Held);
        QVERIFY(m_window->actions().review->isEnabled());
        QVERIFY(m_tray->toolTip().contains(u"Held for review"_s));
        QCOMPARE(delivered(), 0);
        saveScreenshot(m_window.get(), u"main-window-held"_s);

        // The tray lists the held package with its reason and opens its review.
        QAction *heldItem = trayItem(u"Review North District: "_s);
        QVERIFY(heldItem);
        QVERIFY2(heldItem->text().contains(u"first delivery"_s, Qt::CaseInsensitive),
                 qPrintable(heldItem->text()));
        m_tray->menu()->adjustSize();
        saveScreenshot(m_tray->menu(), u"tray-menu-held"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        heldItem->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<PreviewDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QTest::qWait(500);
        saveScreenshot(dialog, u"review-held"_s);
        Q_EMIT dialog->approveRequested();
        const RunResult approved = waitForRun();
        QCOMPARE(approved.status, RunStatus::Success);
        QCOMPARE(delivered(), 1);
        QTRY_COMPARE(m_tray->shownState(), AppState::Idle);
        QCOMPARE(status().stateText(), u"Delivered"_s);
        QTRY_VERIFY(!trayItem(u"Review North District"_s));
        QCOMPARE(m_window->profileView()
                     ->model()
                     ->index(0, ProfileTableModel::LastDelivered)
                     .data()
                     .toString(),
                 u"just now"_s);
        QVERIFY(m_tray->toolTip().contains(u"Last delivered: just now"_s));
        dialog->close();
        m_window->tabs()->setCurrentIndex(1);
        saveScreenshot(m_window.get(), u"main-window-history"_s);

        // The history shows what that delivery changed, read-only; the held run has no zip.
        HistoryPanel *history = m_window->historyPanel();
        auto *changes = history->findChild<QPushButton *>(u"changesButton"_s);
        QVERIFY(changes);
        history->showRun(held.runId);
        QTRY_COMPARE(history->selectedRunId(), held.runId);
        QVERIFY(!changes->isEnabled());
        history->showRun(approved.runId);
        QTRY_COMPARE(history->selectedRunId(), approved.runId);
        QVERIFY(changes->isEnabled());
        QSignalSpy changesOpened(history, &HistoryPanel::changesOpened);
        changes->click();
        QCOMPARE(changesOpened.size(), 1);
        auto *delivered =
            qobject_cast<PreviewDialog *>(changesOpened.first().first().value<QWidget *>());
        QVERIFY(delivered);
        QVERIFY(!delivered->input().canApprove);
        QVERIFY(!delivered->uploadButton()->isVisible());
        // The zip is written out of the history on a worker once the window is open.
        QTRY_VERIFY(delivered->isReady());
        QVERIFY(QFileInfo::exists(delivered->input().packagePath));
        QVERIFY(delivered->input().previousPackagePath.isEmpty()); // the first delivery
        QVERIFY(delivered->windowTitle().contains(u"run %1, delivered"_s.arg(approved.runId)));
        delivered->close();
        m_window->tabs()->setCurrentIndex(0);
        saveScreenshot(m_window.get(), u"main-window"_s);
        m_tray->menu()->adjustSize();
        saveScreenshot(m_tray->menu(), u"tray-menu"_s);
    }

    void previewOpensTheDryRun()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        m_window->preview(m_id);
        QTRY_VERIFY_WITH_TIMEOUT(opened.size() == 1, 60000);
        QCOMPARE(delivered(), 1);
        QCOMPARE(status().reviewReason, u"dryrun"_s);
        opened.first().first().value<QWidget *>()->close();
    }

    // A newer run replacing the package while its review window is open: the window says so
    // and Upload is disabled, and approving what it showed is refused.
    void reviewWindowNoticesANewerPackage()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        m_window->actions().review->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<PreviewDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        const PreviewInput shown = dialog->input();
        QVERIFY(shown.runId != 0);
        QCOMPARE(shown.sha256.size(), 64);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 30000);
        QVERIFY(dialog->uploadButton()->isEnabled());
        const int before = delivered();

        RunCoordinator::Options dryRun;
        dryRun.mode = RunMode::DryRun;
        m_host->coordinator()->trigger(m_id, RunTrigger::Manual, dryRun);
        QCOMPARE(waitForRun().status, RunStatus::DryRun);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReplaced(), 10000);
        QVERIFY(!dialog->uploadButton()->isEnabled());
        QVERIFY(!dialog->discardButton()->isEnabled());
        saveScreenshot(dialog, u"review-replaced"_s);

        RunCoordinator::Options approve;
        approve.mode = RunMode::ApproveHeld;
        approve.approveRunId = shown.runId;
        approve.approveSha256 = shown.sha256;
        m_host->coordinator()->trigger(m_id, RunTrigger::Manual, approve);
        const RunResult refused = waitForRun();
        QCOMPARE(refused.status, RunStatus::Failed);
        QVERIFY2(refused.message.contains(u"not the one that was reviewed"_s),
                 qPrintable(refused.message));
        QCOMPARE(delivered(), before);
        dialog->close();
        // A new dry run leaves the profile as the preview left it.
        m_host->coordinator()->trigger(m_id, RunTrigger::Manual, dryRun);
        QCOMPARE(waitForRun().status, RunStatus::DryRun);
    }

    void pauseAndResume()
    {
        m_window->actions().pause->trigger();
        QVERIFY(status().paused);
        QCOMPARE(m_window->profileView()->model()->index(0, ProfileTableModel::NextRun).data(),
                 QVariant(u"paused"_s));
        QCOMPARE(m_window->actions().pause->text(), u"Resume sched&ule"_s);
        QTRY_COMPARE(m_tray->shownState(), AppState::Paused);
        m_window->setAllPaused(false);
        QVERIFY(!status().paused);
        QTRY_COMPARE(m_tray->shownState(), AppState::Idle);
    }

    void editSettings()
    {
        QSignalSpy opened(m_window.get(), &MainWindow::settingsOpened);
        m_window->actions().edit->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog =
            qobject_cast<ProfileSettingsDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QTest::qWait(200);
        saveScreenshot(dialog, u"profile-settings"_s);
        auto *name = dialog->findChild<QLineEdit *>(u"profileName"_s);
        QVERIFY(name);
        name->setText(u"North District Schools"_s);
        QCOMPARE(dialog->edited().name, u"North District Schools"_s);
        // Nothing else changes by opening and saving.
        Findings findings;
        const Profile before =
            *m_host->coordinator()->profiles().load(QUuid::fromString(m_id), &findings);
        Profile expected = before;
        expected.name = u"North District Schools"_s;
        QCOMPARE(dialog->edited().toJson(), expected.toJson());
        dialog->saveAndClose();
        QTRY_COMPARE(status().name, u"North District Schools"_s);
        QCOMPARE(m_window->selectedProfile(), m_id);
    }

    void duplicateAndDelete()
    {
        m_window->actions().duplicate->trigger();
        QCOMPARE(m_tracker->profiles().size(), 2);
        const QString copy = m_window->selectedProfile();
        QVERIFY(copy != m_id);
        m_window->actions().remove->trigger();
        QMessageBox *question = m_window->pendingQuestion();
        QVERIFY(question);
        QVERIFY(question->text().contains(u"North District Schools (copy)"_s));
        QPushButton *yes = nullptr;
        for (QAbstractButton *b : question->buttons()) {
            if (b->text() == u"Delete"_s)
                yes = qobject_cast<QPushButton *>(b);
        }
        QVERIFY(yes);
        yes->click();
        QTRY_COMPARE(m_tracker->profiles().size(), 1);
        QCOMPARE(m_tracker->profiles().first().id, m_id);
    }

    void failureShowsInTheTray()
    {
        Findings findings;
        Profile p = *m_host->coordinator()->profiles().load(QUuid::fromString(m_id), &findings);
        p.source.path = path(u"gone.zip"_s);
        QVERIFY(m_host->coordinator()->profiles().save(p));
        m_window->runNow(m_id);
        const RunResult failed = waitForRun();
        QCOMPARE(failed.status, RunStatus::Failed);
        QTRY_COMPARE(m_tray->shownState(), AppState::Failed);
        QVERIFY(status().stateText().startsWith(u"Failed"_s));
        // The tray's item for the failure opens that run in the history.
        QAction *failedItem = nullptr;
        QTRY_VERIFY2((failedItem = trayItem(status().name + u" failed: "_s)),
                     qPrintable(m_tray->toolTip()));
        QVERIFY2(failedItem->toolTip().contains(u"gone.zip"_s), qPrintable(failedItem->toolTip()));
        m_window->tabs()->setCurrentIndex(0);
        failedItem->trigger();
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->historyPanel());
        QTRY_COMPARE(m_window->historyPanel()->selectedRunId(), failed.runId);
        m_window->tabs()->setCurrentIndex(0);
    }

    // A package that breaks Apple's rules: the list, the box and the tray say "Blocked" with
    // the number of problems; its review opens on them with Upload off; discarding clears it.
    void blockedRunShowsItsProblems()
    {
        const QString folder = path(u"space-in-class-id"_s);
        QVERIFY(writeExportBreakingAppleRules(folder));
        Findings findings;
        Profile p = *m_host->coordinator()->profiles().load(QUuid::fromString(m_id), &findings);
        p.source.path = folder;
        QVERIFY(m_host->coordinator()->profiles().save(p));
        const int before = delivered();
        m_window->runNow(m_id);
        const RunResult blocked = waitForRun();
        QCOMPARE(blocked.status, RunStatus::Failed);
        QTRY_VERIFY2(status().stateText().startsWith(u"Blocked: 20 problem"_s),
                     qPrintable(status().stateText()));
        QCOMPARE(status().state(), AppState::Failed);
        QCOMPARE(delivered(), before);
        m_window->selectProfile(m_id);
        QVERIFY(m_window->actions().review->isEnabled());
        QVERIFY(m_window->reviewBox()->isVisible());
        QVERIFY(m_window->reviewBox()->findChild<QLabel *>()->text().contains(
            u"Blocked: 20 problem"_s));
        saveScreenshot(m_window.get(), u"main-window-blocked"_s);

        QAction *item = nullptr;
        QTRY_VERIFY2((item = trayItem(u"Review "_s + status().name + u": blocked, 20 problem"_s)),
                     qPrintable(m_tray->toolTip()));
        // One item for it, not a second one for the failed run.
        QVERIFY(!trayItem(status().name + u" failed: "_s));
        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        item->trigger();
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<PreviewDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QVERIFY(dialog->input().blocked);
        QCOMPARE(dialog->tabs()->currentWidget(), dialog->findingsPage());
        QTRY_VERIFY(dialog->findingsPage()->model()->rowCount() >= 20);
        QTRY_VERIFY(dialog->isReady());
        QVERIFY(!dialog->uploadButton()->isEnabled());
        QVERIFY(dialog->windowTitle().contains(u"blocked by Apple's rules"_s));
        saveScreenshot(dialog, u"review-blocked"_s);

        // Discarding it: nothing is left to review, and the list says the run failed.
        Q_EMIT dialog->discardRequested();
        dialog->close();
        QTRY_VERIFY(!status().blocked);
        QTRY_COMPARE(m_window->reviewBox()->isVisible(), status().reviewWaiting);
        QVERIFY(!m_window->reviewBox()->findChild<QLabel *>()->text().contains(u"Blocked"_s));
        QVERIFY(status().stateText().startsWith(u"Failed: Blocked by Apple's rules"_s));
    }

    // A run held for removals, reviewed: "Send additions and updates, keep removals", with its
    // confirmation accepted, sends the held rows and the removed ones as last delivered, and the
    // package stays waiting.
    void removalsStayHeldWhileTheRestIsSent()
    {
        const QString folder = path(u"south-deliveries"_s);
        QVERIFY(QDir().mkpath(folder));
        Profile p = Profile::create(u"South District"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_export;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = folder;
        p.needsFirstRunApproval = false;
        QVERIFY(m_host->profiles().save(p));
        const QString id = p.id.toString(QUuid::WithoutBraces);
        const auto zips = [&folder] {
            return QDir(folder).entryList({u"*.zip"_s}, QDir::Files, QDir::Name);
        };
        m_host->coordinator()->trigger(id, RunTrigger::Manual, {});
        QCOMPARE(waitForRun().status, RunStatus::Success);
        const QString first = QDir(folder).filePath(zips().first());
        // Leaving one school out removes the other's people and classes.
        p.conversion.filters.schools = {
            QString::fromUtf8(readAsmTable(first, AsmTable::Locations).at(1).at(0))};
        QVERIFY(m_host->profiles().save(p));
        m_host->coordinator()->trigger(id, RunTrigger::Manual, {});
        const RunResult held = waitForRun();
        QCOMPARE(held.status, RunStatus::Held);
        const AsmTables heldTables = readPackage(held.reviewPackage);
        m_tracker->reload();

        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        m_window->reviewPackage(id, ReviewPackage::Slot::Review);
        QCOMPARE(opened.size(), 1);
        auto *dialog = qobject_cast<PreviewDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 30000);
        QPushButton *keep = dialog->keepRemovalsButton();
        QVERIFY(keep->isVisible() && keep->isEnabled());
        QVERIFY2(duplicateMnemonics(dialog).isEmpty(),
                 qPrintable(duplicateMnemonics(dialog).join(u"; ")));

        // The confirmation is a real message box: answered once it shows.
        QString question;
        QTimer answer;
        connect(&answer, &QTimer::timeout, dialog, [dialog, &answer, &question] {
            auto *box = dialog->findChild<QMessageBox *>();
            if (!box || !box->isVisible())
                return;
            answer.stop();
            question = box->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == u"Send"_s)
                    b->click();
            }
        });
        answer.start(50);
        QSignalSpy finished(m_host->coordinator(), &RunCoordinator::runFinished);
        keep->click();
        QVERIFY2(question.contains(u"keep its removals for later"_s), qPrintable(question));
        QVERIFY(finished.wait(120000));
        const RunResult sent = finished.first().first().value<RunResult>();
        QVERIFY2(sent.status == RunStatus::Success, qPrintable(sent.message));
        QVERIFY2(sent.message.contains(u"stay held for review"_s), qPrintable(sent.message));

        QCOMPARE(zips().size(), 2);
        const QString delivered = QDir(folder).filePath(zips().last());
        const auto expected = withRemovalsKept(heldTables, readPackage(first));
        for (AsmTable t : kAsmTables)
            QCOMPARE(rowContents(readAsmTable(delivered, t)), expected[size_t(t)]);
        const auto waiting = ReviewPackage::describe(m_host->heldFolder(), id);
        QVERIFY(waiting);
        QCOMPARE(waiting->runId, held.runId);
        m_tracker->reload();
        QVERIFY(m_tracker->profiles().at(m_tracker->indexOf(id)).reviewWaiting);
    }

    // What a new user does: New profile → Try with a sample district → Finish (dry run on) →
    // the preview opens by itself → Upload → the zip is delivered, all from the main window.
    void sampleDistrictFromTheWizardToADeliveredZip()
    {
        QSignalSpy added(m_window.get(), &MainWindow::profileAdded);
        QSignalSpy opened(m_window.get(), &MainWindow::reviewOpened);
        m_window->actions().newProfile->trigger();
        auto *wizard = m_window->findChild<SetupWizard *>();
        QVERIFY(wizard);
        wizard->findChild<QRadioButton *>(u"flowSample"_s)->setChecked(true);
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(WizardPageId::Finish), 60000);
        wizard->button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 20000);
        const QString sample = added.first().first().toString();
        QCOMPARE(m_window->selectedProfile(), sample);
        // The first dry run's preview opens on its own.
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 60000);
        auto *dialog = qobject_cast<PreviewDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        const QString folder = QDir(m_host->paths().dataFolder).filePath(u"sample-deliveries"_s);
        QVERIFY(QDir(folder).entryList({u"*.zip"_s}, QDir::Files).isEmpty());
        Q_EMIT dialog->approveRequested();
        const RunResult delivered = waitForRun();
        QCOMPARE(delivered.status, RunStatus::Success);
        QCOMPARE(QDir(folder).entryList({u"*.zip"_s}, QDir::Files).size(), 1);
        dialog->close();
        QTRY_COMPARE(m_tracker->profiles().at(m_tracker->indexOf(sample)).stateText(),
                     u"Delivered"_s);
    }

    // One desktop app per user: a second launch hands over to the first and exits at once.
    void secondLaunchHandsOverToTheFirst()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = path(u"home"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        env.insert(u"USER"_s, u"rb-single-instance-test"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(appBinary(), {});
        QVERIFY(first.waitForStarted());
        // Up once its data folder holds the lock of the process running profiles.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(home + u"/.local/share/RosterBridge/runs.lock"_s),
                                 20000);
        QElapsedTimer timer;
        timer.start();
        const ProcessResult second = run(appBinary(), {}, env, 20000);
        QCOMPARE(second.exitCode, 0);
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }

    void withoutATrayTheWindowSaysWhy()
    {
        // Offscreen, like a desktop without a tray host.
        QVERIFY(!m_tray->isAvailable());
        m_window->setCloseToTray(m_tray->isAvailable());
        QVERIFY(m_window->trayNote().contains(u"closing it quits"_s));
        m_window->setCloseToTray(true);
        QVERIFY(m_window->trayNote().isEmpty());
    }

    void startAtLoginWritesTheAutostartEntry()
    {
        const QString entry = path(u"autostart/rosterbridge.desktop"_s);
        StartAtLogin login(entry);
        QVERIFY(!login.isEnabled());
        QVERIFY_OK(login.setEnabled(true, u"/opt/RosterBridge/rosterbridge"_s));
        QVERIFY(login.isEnabled());
        const QByteArray text = readFile(entry);
        QVERIFY(text.contains("Exec=\"/opt/RosterBridge/rosterbridge\" --minimized"));
        QVERIFY(text.startsWith("[Desktop Entry]"));
        QVERIFY_OK(login.setEnabled(false, {}));
        QVERIFY(!login.isEnabled());
    }

    void iconsPaintEveryState()
    {
        for (AppState s : {AppState::Idle, AppState::Running, AppState::Held, AppState::Failed,
                           AppState::Paused}) {
            const QIcon icon = AppStateText::icon(s);
            for (int size : {16, 22, 32, 64}) {
                const QImage image = icon.pixmap(size, size).toImage();
                QCOMPARE(image.width(), size);
                QVERIFY(image.pixelColor(size / 2, size / 8).alpha() > 0 ||
                        image.pixelColor(size / 4, size / 2).alpha() > 0);
            }
        }
        QVERIFY(AppStateText::icon(AppState::Failed).pixmap(32).toImage() !=
                AppStateText::icon(AppState::Held).pixmap(32).toImage());
    }
};

QTEST_MAIN(TestUiMain)
#include "tst_ui_main.moc"
