#include "ScreenshotSetup.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include "pipeline/RunEngine.h"
#include "profile/DistrictSummary.h"
#include "profile/ScheduleSettingsWidget.h"
#include "store/HistoryDatabase.h"
#include "store/ProfileStore.h"
#include "wizard/FiltersPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSideBar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The setup wizard driven through its widgets, offscreen: the sample district from the first
// page to a saved profile that runs (dry run, then the approved delivery), the CSV flow with a
// generated export listing its schools and counting the choice, the time zone search, Next
// disabled while a check runs, Cancel asking first, and a keychain that is missing.
class TestUiWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_export;
    QString m_deliveries;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    WizardEnvironment environment(const QString &name) const
    {
        WizardEnvironment env;
        env.profilesFolder = path(name + u"/profiles"_s);
        env.dataFolder = path(name + u"/data"_s);
        return env;
    }

    static std::optional<Profile> saved(const WizardEnvironment &env, const QUuid &id)
    {
        Findings findings;
        return ProfileStore(env.profilesFolder).load(id, &findings);
    }

    // Csv page with the generated export, the Asm page writing into a folder: on the filters.
    void walkToFilters(SetupWizard &w, const QString &deliveries)
    {
        child<QRadioButton>(w, u"flowCsv"_s)->setChecked(true);
        // The steps follow the choice, and the side bar says what Next waits for.
        QCOMPARE(w.stepNames(), QStringList({u"Start"_s, u"CSV files"_s, u"Apple School Manager"_s,
                                             u"What to send"_s, u"Accounts"_s, u"Schedule"_s,
                                             u"Notifications"_s, u"Ready"_s}));
        QVERIFY(w.sideBar()->steps()->item(0)->text().contains(u"Start"_s));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Csv));
        QVERIFY(w.sideBar()->steps()->item(0)->text().startsWith(u"✓"_s));
        QVERIFY(w.sideBar()->steps()->item(1)->text().startsWith(u"▸"_s));
        QVERIFY(!nextEnabled(w));
        QCOMPARE(w.sideBar()->missing()->text(), u"Choose the export's zip file or folder."_s);
        QVERIFY(w.sideBar()->missing()->isVisible());
        child<QLineEdit>(w, u"csvPath"_s)->setText(m_export);
        QVERIFY(!w.sideBar()->missing()->isVisible());
        snap(w, u"csv"_s);
        w.next();
        // The export is read on a worker thread; Next waits for it.
        QCOMPARE(w.currentId(), int(WizardPageId::Csv));
        QVERIFY(!nextEnabled(w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Asm), 60000);
        QVERIFY2(child<QLabel>(w, u"csvStatus"_s)->text().contains(u"OneRoster 1.2"_s),
                 qPrintable(child<QLabel>(w, u"csvStatus"_s)->text()));
        child<QRadioButton>(w, u"destinationFolder"_s)->setChecked(true);
        QCOMPARE(w.sideBar()->missing()->text(), u"Choose the folder to write the zip to."_s);
        child<QLineEdit>(w, u"destinationFolderPath"_s)->setText(deliveries);
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Filters));
    }

private slots:
    void initTestCase()
    {
        // The screenshots show these paths: an admin's, not the test's (ScreenshotSetup.h).
        m_export = shownPath(path(u"district.zip"_s), u"Documents/SIS exports/oneroster.zip"_s);
        m_deliveries = shownPath(path(u"csv/deliveries"_s), u"Documents/Apple School Manager"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"-o"_s, m_export}).exitCode, 0);
    }

    void sampleDistrictRuns()
    {
        WizardEnvironment env = environment(u"sample"_s);
        // The sample district goes into the app's data folder, which its summary shows.
        env.dataFolder = shownDataFolder(env.dataFolder);
        SetupWizard w(env);
        w.show();
        QCOMPARE(w.currentId(), int(WizardPageId::Welcome));
        snap(w, u"welcome"_s);
        child<QRadioButton>(w, u"flowSample"_s)->setChecked(true);
        w.next();
        // Generating runs on a worker thread: the page stays, Next is off until it is done.
        QCOMPARE(w.currentId(), int(WizardPageId::Welcome));
        QVERIFY(!nextEnabled(w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Finish), 60000);
        snap(w, u"finish-sample"_s);
        const QString summary = child<QLabel>(w, u"finishSummary"_s)->text();
        QVERIFY2(summary.contains(u"sample-deliveries"_s), qPrintable(summary));
        QCOMPARE(child<QLineEdit>(w, u"profileName"_s)->text(), u"Sample district"_s);
        QVERIFY(child<QCheckBox>(w, u"dryRunNow"_s)->isChecked());

        QSignalSpy created(&w, &SetupWizard::profileCreated);
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        QVERIFY(created.first().at(1).toBool());
        QCOMPARE(w.result(), int(QDialog::Accepted));
        const std::optional<Profile> p = saved(env, created.first().at(0).toUuid());
        QVERIFY(p);
        QCOMPARE(p->source.kind, SourceKind::Csv);
        QCOMPARE(p->destination.kind, DestinationKind::Folder);
        QVERIFY(!p->schedule);
        QVERIFY(p->needsFirstRunApproval);
        QVERIFY(p->requiredSecrets().isEmpty());
        // The sample's folders are in the data folder, for its owner only like the rest.
        for (const QString &folder : {p->source.path, p->destination.folder})
            QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());

        // The profile runs as saved: the dry run keeps its package, approving delivers it.
        HistoryDatabase history;
        QVERIFY(history.open(path(u"sample/history.sqlite"_s)));
        RunEngine engine(&history, path(u"sample/held"_s));
        auto runOnce = [&engine, &p](RunMode mode) {
            RunRequest request;
            request.profile = *p;
            request.mode = mode;
            QSignalSpy finished(&engine, &RunEngine::runFinished);
            engine.submit(request);
            if (!finished.wait(120000))
                return RunResult();
            return finished.first().first().value<RunResult>();
        };
        const RunResult dry = runOnce(RunMode::DryRun);
        QVERIFY2(dry.status == RunStatus::DryRun, qPrintable(dry.message));
        const QDir deliveries(p->destination.folder);
        QVERIFY(deliveries.entryList({u"*.zip"_s}, QDir::Files).isEmpty());
        const RunResult approved = runOnce(RunMode::ApproveHeld);
        QVERIFY2(approved.status == RunStatus::Success, qPrintable(approved.message));
        QCOMPARE(deliveries.entryList({u"*.zip"_s}, QDir::Files).size(), 1);
    }

    void csvFlowListsSchoolsAndCounts()
    {
        const WizardEnvironment env = environment(u"csv"_s);
        SetupWizard w(env);
        w.show();
        walkToFilters(w, m_deliveries);

        auto *page = qobject_cast<FiltersPage *>(w.currentPage());
        QVERIFY(page);
        auto *schools = child<QListWidget>(w, u"schoolList"_s);
        const DistrictSummary district = DistrictSummary::read(m_export);
        QVERIFY(district.ok);
        QVERIFY(district.schools.size() >= 2);
        QTRY_COMPARE_WITH_TIMEOUT(schools->count(), int(district.schools.size()), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(page->countsText().contains(u"students:"_s), 60000);
        QVERIFY2(page->statusText().contains(u"Schools: %1,"_s.arg(district.schools.size())),
                 qPrintable(page->statusText()));
        QTRY_VERIFY(!page->isCounting());
        snap(w, u"filters"_s);
        const QString everything = page->countsText();

        // One school only: fewer students than the whole district.
        child<QCheckBox>(w, u"allSchools"_s)->setChecked(false);
        QVERIFY(!nextEnabled(w));
        QCOMPARE(w.sideBar()->missing()->text(), u"Tick at least one school."_s);
        snap(w, u"filters-missing"_s);
        schools->item(0)->setCheckState(Qt::Checked);
        QVERIFY(nextEnabled(w));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isCounting() && page->countsText() != everything &&
                                     page->countsText().contains(u"schools: 1,"_s),
                                 60000);
        const QString firstSchool = schools->item(0)->data(Qt::UserRole).toString();
        child<QCheckBox>(w, u"activeStudentsOnly"_s)->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Accounts));
        auto *format = child<QComboBox>(w, u"accountFormat"_s);
        format->setCurrentIndex(format->findData(int(AccountFormat::PersonNumber)));
        auto *number = child<QComboBox>(w, u"students_person_number"_s);
        number->setCurrentText(u"{nickname}"_s);
        QVERIFY(!nextEnabled(w));
        QVERIFY2(w.sideBar()->missing()->text().startsWith(u"Correct the rule for a field: "_s),
                 qPrintable(w.sideBar()->missing()->text()));
        number->setCurrentText(u"userIds.SIS"_s);
        QVERIFY(nextEnabled(w));
        // The user guide's picture: a district's choices, as an admin would fill them in.
        child<QComboBox>(w, u"students_email_address"_s)
            ->setCurrentText(u"{username}@students.district.org"_s);
        const QSize size = w.size();
        w.resize(size.width(), 830); // tall enough to show the whole page without scrolling
        snap(w, u"accounts"_s);
        w.resize(size);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Schedule));
        snap(w, u"schedule"_s);
        auto *tabs = w.currentPage()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        snap(w, u"schedule-safety"_s);
        tabs->setCurrentIndex(0);

        auto *filter = child<QLineEdit>(w, u"timeZoneFilter"_s);
        filter->setText(u"America/Chicago"_s);
        child<QListWidget>(w, u"timeZoneList"_s)->setCurrentRow(0);
        child<QCheckBox>(w, u"scheduleWeekends"_s)->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Notifications));
        // Typing an address turns email on; the page waits for the server and sender.
        QVERIFY(!child<QCheckBox>(w, u"emailEnabled"_s)->isChecked());
        QTest::keyClicks(child<QLineEdit>(w, u"emailTo"_s), u"it@district.org"_s);
        QVERIFY(child<QCheckBox>(w, u"emailEnabled"_s)->isChecked());
        QVERIFY(!nextEnabled(w));
        child<QLineEdit>(w, u"smtpHost"_s)->setText(u"smtp.district.org"_s);
        child<QLineEdit>(w, u"emailFrom"_s)->setText(u"rosterbridge@district.org"_s);
        QVERIFY(nextEnabled(w));
        w.resize(size.width(), 700); // tall enough to show the whole page without scrolling
        snap(w, u"notifications"_s);
        w.resize(size);
        // Turned off by hand, it stays off.
        child<QCheckBox>(w, u"emailEnabled"_s)->click();
        QTest::keyClicks(child<QLineEdit>(w, u"emailTo"_s), u", x@district.org"_s);
        QVERIFY(!child<QCheckBox>(w, u"emailEnabled"_s)->isChecked());
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Finish));
        snap(w, u"finish"_s);
        child<QLineEdit>(w, u"profileName"_s)->setText(u"Central district"_s);
        child<QCheckBox>(w, u"saveExchanges"_s)->setChecked(true);
        child<QCheckBox>(w, u"dryRunNow"_s)->setChecked(false);
        QSignalSpy created(&w, &SetupWizard::profileCreated);
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        QVERIFY(!created.first().at(1).toBool());

        const std::optional<Profile> p = saved(env, created.first().at(0).toUuid());
        QVERIFY(p);
        QCOMPARE(p->name, u"Central district"_s);
        QCOMPARE(p->source.path, m_export);
        QCOMPARE(p->destination.folder, m_deliveries);
        QCOMPARE(p->conversion.filters.schools, QStringList{firstSchool});
        QVERIFY(p->conversion.filters.activeStudentsOnly);
        QCOMPARE(p->conversion.mapping.accountFormat, AccountFormat::PersonNumber);
        QCOMPARE(p->conversion.mapping.students.personNumber.text(), u"userIds.SIS"_s);
        QCOMPARE(p->conversion.mapping.staff.personNumber.text(), u"identifier"_s);
        QVERIFY(p->saveExchangeData);
        QVERIFY(p->schedule);
        QCOMPARE(p->schedule->timeZone, u"America/Chicago"_s);
        QCOMPARE(p->schedule->hour, 5);
        QVERIFY(p->schedule->runOnWeekends);
        QVERIFY(!p->notifications.email.enabled);
        QCOMPARE(p->notifications.email.to,
                 (QStringList{u"it@district.org"_s, u"x@district.org"_s}));
        QCOMPARE(p->notifications.email.smtpHost, u"smtp.district.org"_s);
        QCOMPARE(p->notifications.staleAfterDays, 3);
    }

    void timeZoneSearchNarrows()
    {
        ScheduleSettingsWidget widget;
        const int all = int(widget.shownTimeZones().size());
        QVERIFY(all > 100);
        widget.findChild<QLineEdit *>(u"timeZoneFilter"_s)->setText(u"US/"_s);
        const QStringList us = widget.shownTimeZones();
        QVERIFY(!us.isEmpty());
        QVERIFY(us.size() < all);
        for (const QString &id : us)
            QVERIFY2(id.startsWith(u"US/"_s), qPrintable(id));

        // A daily run in UTC: the chosen zone and its time here are said under the list.
        Profile daily = Profile::create(u"d"_s);
        ScheduleRule rule;
        rule.timeZone = u"UTC"_s;
        daily.schedule = rule;
        widget.load(daily);
        auto *chosen = widget.findChild<QLabel *>(u"timeZoneChosen"_s);
        QVERIFY(widget.isComplete());
        QVERIFY2(chosen->text().startsWith(u"Runs at 05:00 in UTC"_s), qPrintable(chosen->text()));
        // A search that hides the chosen zone asks for one before anything is saved...
        auto *filter = widget.findChild<QLineEdit *>(u"timeZoneFilter"_s);
        filter->setText(u"US/"_s);
        QVERIFY(!widget.isComplete());
        QVERIFY2(chosen->text().contains(u"hides UTC"_s), qPrintable(chosen->text()));
        // ...and a search that finds one zone has chosen it.
        filter->setText(u"US/Pac"_s);
        QCOMPARE(widget.shownTimeZones(), QStringList{u"US/Pacific"_s});
        QVERIFY(widget.isComplete());
        QCOMPARE(widget.timeZone(), u"US/Pacific"_s);
        QVERIFY2(chosen->text().contains(u"in US/Pacific, which is"_s), qPrintable(chosen->text()));
        widget.save(&daily);
        QCOMPARE(daily.schedule->timeZone, u"US/Pacific"_s);

        // "By hand only" saves no schedule.
        widget.findChild<QRadioButton *>(u"scheduleManual"_s)->setChecked(true);
        Profile p = Profile::create(u"x"_s);
        p.schedule = ScheduleRule();
        widget.save(&p);
        QVERIFY(!p.schedule);
    }

    void cancelAsksFirst()
    {
        SetupWizard w(environment(u"cancel"_s));
        QStringList questions;
        bool answer = false;
        w.setConfirm([&questions, &answer](QWidget *, const QString &question,
                                           std::function<void(bool)> reply) {
            questions << question;
            reply(answer);
        });
        w.show();
        w.reject();
        QCOMPARE(questions.size(), 1);
        QVERIFY(w.isVisible());
        answer = true;
        w.reject();
        QCOMPARE(questions.size(), 2);
        QVERIFY(!w.isVisible());
        QCOMPARE(w.result(), int(QDialog::Rejected));
    }

    void missingKeychainKeepsTheWizardOpen()
    {
        // A profile that needs a password, and no keychain to put it in.
        const WizardEnvironment env = environment(u"nokeychain"_s);
        SetupWizard w(env);
        w.show();
        walkToFilters(w, path(u"nokeychain/deliveries"_s));
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), 60000);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Accounts));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Schedule));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Notifications));
        auto *email = w.findChild<QCheckBox *>(u"emailEnabled"_s);
        QVERIFY(email);
        email->setChecked(true);
        QVERIFY(!nextEnabled(w));
        child<QLineEdit>(w, u"smtpHost"_s)->setText(u"smtp.example.org"_s);
        child<QLineEdit>(w, u"smtpUser"_s)->setText(u"it"_s);
        child<QLineEdit>(w, u"smtpPassword"_s)->setText(u"mail-secret"_s);
        child<QLineEdit>(w, u"emailFrom"_s)->setText(u"rb@example.org"_s);
        child<QLineEdit>(w, u"emailTo"_s)->setText(u"it@example.org"_s);
        QVERIFY(nextEnabled(w));
        w.next();
        QSignalSpy created(&w, &SetupWizard::profileCreated);
        w.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(w, u"finishStatus"_s)->text().contains(u"keychain"_s), 20000);
        QCOMPARE(w.currentId(), int(WizardPageId::Finish));
        QVERIFY(w.isVisible());
        QVERIFY(created.isEmpty());
        QVERIFY(QDir(env.profilesFolder).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestUiWizard)
#include "tst_ui_wizard.moc"
