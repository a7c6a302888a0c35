#include "AsmTables.h"
#include "MnemonicCheck.h"
#include "ResultCheck.h"
#include "TestSupport.h"
#include "UiScreenshot.h"

#include "pipeline/DecisionLookup.h"
#include "preview/ChangesModel.h"
#include "preview/ChangesPage.h"
#include "preview/FindingsModel.h"
#include "preview/FindingsPage.h"
#include "preview/LazyCsvModel.h"
#include "preview/PackageChanges.h"
#include "preview/PackageValidation.h"
#include "preview/PreviewDialog.h"
#include "preview/TablePage.h"
#include "preview/WhyBox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <array>

using namespace rb;
using namespace rb::test;

namespace {

using Rows = AsmRows;
using Tables = AsmTables;

// Answers the dialog's questions the way a test says, without modal dialogs.
class ScriptedDialog : public PreviewDialog
{
public:
    using PreviewDialog::PreviewDialog;

    bool answer = false;
    int asked = 0;
    QString question;
    QString savePath;
    QStringList errors;

protected:
    bool confirm(const QString &, const QString &text, const QString &) override
    {
        ++asked;
        question = text;
        return answer;
    }
    QString askSavePath() override { return savePath; }
    void showError(const QString &, const QString &text) override { errors.append(text); }
};

} // namespace

// The preview dialog as the admin uses it, offscreen.
class TestUiPreviewDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    const QString m_runDate = QStringLiteral("2026-09-01");
    QString m_current;
    QString m_previous;
    QString m_broken;
    Tables m_tables;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    PreviewInput input(const QString &package, const QString &previous = {}) const
    {
        PreviewInput in;
        in.packagePath = package;
        in.previousPackagePath = previous;
        in.title = QStringLiteral("North District — held for review");
        // As the review of a held run shows it (and no temporary folder in the screenshots).
        in.runId = 42;
        QFile zip(package);
        if (zip.open(QIODevice::ReadOnly)) {
            in.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(zip.readAll(), QCryptographicHash::Sha256).toHex());
        }
        in.reasons = {QStringLiteral("students.csv: 1 of 40 rows would be removed (2.5 %), more "
                                     "than the 1 % allowed.")};
        return in;
    }

    static bool waitReady(PreviewDialog *dialog)
    {
        return QTest::qWaitFor([dialog] { return dialog->isReady(); }, 120000);
    }

private slots:
    void initTestCase()
    {
        m_current = path(QStringLiteral("current.zip"));
        const QString problem = convertTinyDistrict(m_tmp.path(), m_runDate, m_current);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_tables = readPackage(m_current);

        Tables previous = m_tables;
        Rows &students = previous[size_t(AsmTable::Students)];
        students[4][columnOf(students, "first_name")] = "Previousname";
        QByteArrayList gone = students.at(5);
        gone[0] = "PREVONLY1";
        students.append(gone);
        students.remove(2, 2);
        m_previous = path(QStringLiteral("previous.zip"));
        writePackage(previous, m_previous);

        // Row 5 of rosters.csv (line 7) names a student nobody knows.
        Tables broken = m_tables;
        Rows &rosters = broken[size_t(AsmTable::Rosters)];
        rosters[6][columnOf(rosters, "student_id")] = "NOPE-1";
        m_broken = path(QStringLiteral("broken.zip"));
        writePackage(broken, m_broken);
    }

    void showsEveryFileWithItsRowCount()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        QVERIFY(waitReady(&dialog));
        for (AsmTable t : kAsmTables) {
            TablePage *page = dialog.tablePage(t);
            QVERIFY(page->isLoaded());
            QAbstractItemModelTester tester(page->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            const qsizetype rows = m_tables[size_t(t)].size() - 1;
            QCOMPARE(qsizetype(page->model()->rowCount()), rows);
            QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(page)),
                     QStringLiteral("%1 (%2)").arg(asmFileName(t), QLocale().toString(rows)));
            QCOMPARE(dialog.validation()->rows[size_t(t)], qint64(rows));
        }
        QVERIFY(dialog.uploadButton()->isEnabled());
    }

    void enterInSearchSelectsTheRowAndNeverUploads()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        dialog.answer = true;
        QSignalSpy approved(&dialog, &PreviewDialog::approveRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitReady(&dialog));
        TablePage *page = dialog.tablePage(AsmTable::Students);
        dialog.tabs()->setCurrentWidget(page);
        const QByteArray id = m_tables[size_t(AsmTable::Students)].at(9).first();

        QSignalSpy finished(page, &TablePage::searchFinished);
        page->searchField()->setFocus();
        QTest::keyClicks(page->searchField(), QString::fromUtf8(id).toLower());
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).value<qsizetype>(), 8);
        QCOMPARE(page->currentRow(), 8);
        QVERIFY2(page->searchStatus()->text().contains(u"10"),
                 qPrintable(page->searchStatus()->text()));
        QVERIFY(page->view()->selectionModel()->isRowSelected(8, {}));

        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("nobody-has-this"));
        QTest::keyClick(page->searchField(), Qt::Key_Return);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().at(0).value<qsizetype>(), -1);
        QVERIFY(page->searchStatus()->text().contains(u"not found"));
        QCOMPARE(page->currentRow(), 8);

        QCOMPARE(dialog.asked, 0);
        QCOMPARE(approved.count(), 0);
        QVERIFY(dialog.isVisible());
    }

    void blockedPackageOpensOnItsFindings()
    {
        PreviewInput in = input(m_broken);
        in.blocked = true;
        in.title = QStringLiteral("North District — blocked by Apple's rules");
        ScriptedDialog dialog(in);
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.findingsPage());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitReady(&dialog));
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.findingsPage());
        QVERIFY(dialog.uploadButton()->isVisible());
        QVERIFY(!dialog.uploadButton()->isEnabled());
        QVERIFY(dialog.discardButton()->isEnabled());
        QVERIFY(dialog.findingsPage()->summary()->text().contains(u"would reject"));
        QCOMPARE(test::duplicateMnemonics(&dialog), QStringList());
    }

    void findingSelectsItsRow()
    {
        ScriptedDialog dialog(input(m_broken));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitReady(&dialog));
        FindingsModel *model = dialog.findingsPage()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->finding(0).severity, Severity::Error);
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->finding(i).file == QStringLiteral("rosters.csv") &&
                model->finding(i).line == 7)
                row = i;
        }
        QVERIFY2(row >= 0, "no finding at rosters.csv:7");
        // Apple would reject it: Upload stays off and says why, even on a package held for
        // review.
        QVERIFY(!dialog.uploadButton()->isEnabled());
        QVERIFY(dialog.uploadButton()->toolTip().contains(u"breaks Apple's rules"));
        dialog.uploadButton()->click();
        QCOMPARE(dialog.asked, 0);

        // Every finding goes to a spreadsheet, quoted as RFC 4180 wants.
        QVERIFY(dialog.findingsPage()->exportButton()->isEnabled());
        const QString csvPath = path(QStringLiteral("findings.csv"));
        QVERIFY(dialog.findingsPage()->exportTo(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.first().startsWith("\xEF\xBB\xBFSeverity,File,Line,Field,Message,Code"));
        QCOMPARE(lines.size() - 2, model->rowCount()); // the header, the empty end
        QVERIFY(lines.at(1).startsWith("error,"));
        bool located = false;
        for (const QByteArray &line : lines)
            located = located || line.startsWith("error,rosters.csv,7,");
        QVERIFY2(located, "the finding at rosters.csv:7 is not in the CSV");

        // By keyboard, as the admin would: select the finding and press Enter.
        dialog.tabs()->setCurrentWidget(dialog.findingsPage());
        QTableView *view = dialog.findingsPage()->view();
        view->setFocus();
        view->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        TablePage *rosters = dialog.tablePage(AsmTable::Rosters);
        QCOMPARE(dialog.tabs()->currentWidget(), rosters);
        QCOMPARE(rosters->currentRow(), 5);
        QCOMPARE(rosters->model()->index(5, 2).data().toString(), QStringLiteral("NOPE-1"));
        QCOMPARE(dialog.asked, 0);
    }

    void changesTabListsEveryDifference()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        QVERIFY(waitReady(&dialog));
        ChangesPage *changes = dialog.changesPage();
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(changes)),
                 QStringLiteral("Changes (4)"));
        QVERIFY2(
            changes->summary()->text().contains(u"students.csv: 2 added, 1 removed, 1 changed"),
            qPrintable(changes->summary()->text()));
        QCOMPARE(changes->fileFilter()->currentText(), QStringLiteral("students.csv (4)"));
        ChangesModel *model = changes->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 4);
        changes->kindFilter()->setCurrentIndex(
            changes->kindFilter()->findData(int(ChangeKind::Removed)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ChangesModel::FirstValueColumn).data().toString(),
                 QStringLiteral("PREVONLY1"));
        changes->kindFilter()->setCurrentIndex(
            changes->kindFilter()->findData(int(ChangeKind::Added)));
        QCOMPARE(model->rowCount(), 2);

        // An added row leads to its place in students.csv (the second added one is data row 2).
        changes->view()->setCurrentIndex(model->index(1, 0));
        Q_EMIT changes->view()->activated(model->index(1, 0));
        QCOMPARE(dialog.tabs()->currentWidget(), dialog.tablePage(AsmTable::Students));
        QCOMPARE(dialog.tablePage(AsmTable::Students)->currentRow(), 2);

        QCOMPARE(dialog.changes()->peopleCreated, 2);
        QCOMPARE(dialog.changes()->peopleDeactivated, 1);
    }

    // Every removal says which rule removed it, grouped by school and grade, and the box
    // answers for any id.
    void removalsNameTheirCause()
    {
        Tables previous = m_tables;
        Rows &students = previous[size_t(AsmTable::Students)];
        QByteArrayList left = students.at(5);
        left[0] = "PREVONLY1";
        QByteArrayList filtered = students.at(5);
        filtered[0] = "PREVFILTERED";
        students.append(left);
        students.append(filtered);
        Rows &rosters = previous[size_t(AsmTable::Rosters)];
        QByteArrayList roster = rosters.at(1);
        roster[columnOf(rosters, "roster_id")] = "RST-GONE";
        roster[columnOf(rosters, "class_id")] = "CLS-GONE";
        rosters.append(roster);
        const QString before = path(QStringLiteral("before-causes.zip"));
        writePackage(previous, before);

        const Result<DecisionLookup> trail = DecisionLookup::fromCsv(
            "subject,id,cause,file,line,detail,source,class,user\n"
            "person,PREVFILTERED,no-school,users.csv,12,Oak School,status=active,,\n"
            "class,CLS-GONE,school-filter,classes.csv,3,Oak School (sch-9),status=active,,\n");
        QVERIFY_OK(trail);
        PreviewInput in = input(m_current, before);
        in.decisions = std::make_shared<const DecisionLookup>(*trail);
        ScriptedDialog dialog(in);
        QVERIFY(waitReady(&dialog));
        ChangesPage *changes = dialog.changesPage();
        ChangesModel *model = changes->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->headerData(ChangesModel::CauseColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Cause"));
        changes->showTable(AsmTable::Students);
        changes->kindFilter()->setCurrentIndex(
            changes->kindFilter()->findData(int(ChangeKind::Removed)));
        QCOMPARE(model->rowCount(), 2);
        QStringList causes;
        for (int r = 0; r < model->rowCount(); ++r)
            causes << model->index(r, ChangesModel::FirstValueColumn).data().toString() + u'=' +
                          model->index(r, ChangesModel::CauseColumn).data().toString();
        causes.sort();
        QCOMPARE(causes, QStringList({QStringLiteral("PREVFILTERED=No school sent"),
                                      QStringLiteral("PREVONLY1=Left the export")}));
        QVERIFY(model->index(0, ChangesModel::CauseColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .endsWith(u'.'));

        changes->showTable(AsmTable::Rosters);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ChangesModel::CauseColumn).data().toString(),
                 QStringLiteral("Class not sent"));
        QVERIFY(model->index(0, ChangesModel::CauseColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Its class CLS-GONE is not sent"));

        QTreeWidget *groups = changes->removalGroups();
        QVERIFY(groups->isVisibleTo(&dialog));
        QCOMPARE(groups->topLevelItemCount(), 1);
        QTreeWidgetItem *group = groups->topLevelItem(0);
        QCOMPARE(group->text(2), QStringLiteral("2"));
        QCOMPARE(group->text(3), QStringLiteral("Left the export: 1, No school sent: 1"));
        Q_EMIT groups->itemActivated(group, 0);
        QCOMPARE(model->table(), AsmTable::Students);
        QCOMPARE(changes->view()->currentIndex().row(), 0);

        WhyBox *why = changes->whyBox();
        QSignalSpy answered(why, &WhyBox::answered);
        why->idField()->setText(QStringLiteral("PREVFILTERED"));
        QTest::keyClick(why->idField(), Qt::Key_Return);
        QVERIFY(answered.wait(20000));
        QVERIFY2(why->answer()->text().contains(u"PREVFILTERED is not sent in run 42: none of "
                                                u"their schools (Oak School)"),
                 qPrintable(why->answer()->text()));
        QVERIFY(why->answer()->text().contains(u"Source: users.csv line 12: status=active"));
        const QString sent = QString::fromUtf8(m_tables[size_t(AsmTable::Students)].at(1).at(0));
        why->ask(sent);
        QVERIFY(answered.wait(20000));
        QVERIFY2(why->answer()->text().startsWith(sent + u" is sent in run 42: students.csv line"),
                 qPrintable(why->answer()->text()));
        QCOMPARE(dialog.asked, 0);
    }

    void uploadAsksFirst()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        QSignalSpy approved(&dialog, &PreviewDialog::approveRequested);
        QSignalSpy discarded(&dialog, &PreviewDialog::discardRequested);
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY(dialog.uploadButton()->isEnabled());

        dialog.answer = false;
        dialog.uploadButton()->click();
        QCOMPARE(dialog.asked, 1);
        QVERIFY(dialog.question.contains(u"People to create: 2. People to deactivate: 1."));
        QCOMPARE(approved.count(), 0);
        QVERIFY(dialog.isVisible());

        dialog.answer = true;
        dialog.uploadButton()->click();
        QCOMPARE(dialog.asked, 2);
        QCOMPARE(approved.count(), 1);
        QCOMPARE(approved.first().first().toBool(), false);
        QCOMPARE(discarded.count(), 0);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    // Offered once the comparison finds removals, enabled as Upload is, and asked about first;
    // the approval it requests keeps the removals.
    void keepRemovalsAsksFirst()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        QSignalSpy approved(&dialog, &PreviewDialog::approveRequested);
        QPushButton *keep = dialog.keepRemovalsButton();
        QVERIFY(!keep->isVisibleTo(&dialog));
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY(keep->isVisible());
        QVERIFY(keep->isEnabled());
        QVERIFY(keep->toolTip().contains(u"nobody is deactivated"));
        QCOMPARE(test::duplicateMnemonics(&dialog), QStringList());

        dialog.answer = false;
        keep->click();
        QCOMPARE(dialog.asked, 1);
        QVERIFY2(dialog.question.contains(u"keep its removals for later") &&
                     dialog.question.contains(u"People to create: 2.") &&
                     dialog.question.contains(u"students.csv: 1 row"),
                 qPrintable(dialog.question));
        QCOMPARE(approved.count(), 0);
        QVERIFY(dialog.isVisible());

        dialog.answer = true;
        keep->click();
        QCOMPARE(approved.count(), 1);
        QCOMPARE(approved.first().first().toBool(), true);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // Nothing would be removed: a first delivery, or the same package again.
        for (const QString &previous : {QString(), m_current}) {
            ScriptedDialog none(input(m_current, previous));
            none.show();
            QVERIFY(waitReady(&none));
            QVERIFY(none.uploadButton()->isEnabled());
            QVERIFY(!none.keepRemovalsButton()->isVisible());
        }

        // Replaced while open: off, like Upload.
        ScriptedDialog replaced(input(m_current, m_previous));
        replaced.show();
        QVERIFY(waitReady(&replaced));
        replaced.packageReplaced(QStringLiteral("A newer package has replaced this one."));
        QVERIFY(!replaced.keepRemovalsButton()->isEnabled());
        replaced.answer = true;
        replaced.keepRemovalsButton()->click();
        QCOMPARE(replaced.asked, 0);
    }

    void discardAsksFirst()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        QSignalSpy approved(&dialog, &PreviewDialog::approveRequested);
        QSignalSpy discarded(&dialog, &PreviewDialog::discardRequested);
        dialog.show();
        // Discarding does not wait for the checks.
        dialog.discardButton()->click();
        QCOMPARE(dialog.asked, 1);
        QCOMPARE(discarded.count(), 0);
        QVERIFY(dialog.isVisible());
        dialog.answer = true;
        dialog.discardButton()->click();
        QCOMPARE(discarded.count(), 1);
        QCOMPARE(approved.count(), 0);
        QVERIFY(!dialog.isVisible());
    }

    void saveZipCopiesThePackage()
    {
        ScriptedDialog dialog(input(m_current));
        dialog.savePath = path(QStringLiteral("copy.zip"));
        writeFile(dialog.savePath, "an older file");
        dialog.saveButton()->click();
        QVERIFY(dialog.errors.isEmpty());
        QCOMPARE(readFile(dialog.savePath), readFile(m_current));
        dialog.savePath = path(QStringLiteral("no/such/folder/copy.zip"));
        dialog.saveButton()->click();
        QCOMPARE(dialog.errors.size(), 1);
        // Saving onto itself changes nothing.
        QVERIFY_OK(dialog.saveZipAs(m_current));
        QCOMPARE(readFile(m_current), readFile(path(QStringLiteral("copy.zip"))));
    }

    void firstDeliveryShowsEverythingNew()
    {
        ScriptedDialog dialog(input(m_current));
        QVERIFY(waitReady(&dialog));
        ChangesPage *changes = dialog.changesPage();
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(changes)),
                 QStringLiteral("Changes (all new)"));
        QVERIFY(changes->summary()->text().startsWith(u"First delivery"));
        QCOMPARE(changes->model()->rowCount(), 0);
        const qint64 people = m_tables[size_t(AsmTable::Students)].size() - 1 +
                              m_tables[size_t(AsmTable::Staff)].size() - 1;
        QCOMPARE(dialog.changes()->peopleCreated, people);
        QVERIFY(dialog.uploadConfirmationText().contains(u"first delivery"));
        QVERIFY(dialog.uploadButton()->isEnabled());
    }

    void readOnlyPackageOffersNoDecision()
    {
        PreviewInput in = input(m_current);
        in.canApprove = false;
        ScriptedDialog dialog(in);
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY(!dialog.uploadButton()->isVisible());
        QVERIFY(!dialog.discardButton()->isVisible());
        QVERIFY(dialog.saveButton()->isVisible());
    }

    void unreadablePackageCannotBeUploaded()
    {
        ScriptedDialog dialog(input(path(QStringLiteral("missing.zip")), m_previous));
        QVERIFY(waitReady(&dialog));
        QVERIFY(!dialog.uploadButton()->isEnabled());
        TablePage *students = dialog.tablePage(AsmTable::Students);
        QVERIFY(!students->isLoaded());
        QVERIFY(dialog.tabs()->tabText(dialog.tabs()->indexOf(students)).contains(u"unreadable"));
        QVERIFY(!dialog.changes()->complete());
    }

    void closingWhileLoadingIsSafe()
    {
        for (int i = 0; i < 3; ++i) {
            auto dialog = std::make_unique<ScriptedDialog>(input(m_current, m_previous));
            QTest::qWait(i * 20);
        }
    }

    void keyboardAndScreenReaders()
    {
        ScriptedDialog dialog(input(m_current, m_previous));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitReady(&dialog));
        const auto named = [](QWidget *w) {
            return !w->accessibleName().isEmpty();
        };
        for (QAbstractItemView *view : dialog.findChildren<QAbstractItemView *>()) {
            if (qobject_cast<QTableView *>(view))
                QVERIFY2(named(view), qPrintable(view->objectName()));
        }
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            QVERIFY2(named(button), qPrintable(button->text()));
            QVERIFY(!button->autoDefault());
            QVERIFY(button->text().contains(u'&') || button == dialog.closeButton());
        }
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(named(edit));
        QVERIFY(named(dialog.tabs()));

        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        TablePage *staff = dialog.tablePage(AsmTable::Staff);
        dialog.tabs()->setCurrentWidget(staff);
        QTest::keySequence(&dialog, QKeySequence::Find);
        QTRY_COMPARE(QApplication::focusWidget(), staff->searchField());
    }

    // With RB_SCREENSHOT_DIR set (tools/dev/screenshots.sh), what the admin sees is saved:
    // the changes, a file tab and the findings of a broken package.
    void screenshot_data()
    {
        QTest::addColumn<QString>("tab");
        QTest::newRow("changes") << QStringLiteral("changes");
        QTest::newRow("students") << QStringLiteral("students");
        QTest::newRow("findings") << QStringLiteral("findings");
    }

    void screenshot()
    {
        if (qEnvironmentVariableIsEmpty("RB_SCREENSHOT_DIR"))
            QSKIP("RB_SCREENSHOT_DIR is not set");
        QFETCH(QString, tab);
        const bool findings = tab == QStringLiteral("findings");
        PreviewInput in = input(findings ? m_broken : m_current, m_previous);
        // The run's trail: no filter left the removed student out.
        const Result<DecisionLookup> trail =
            DecisionLookup::fromCsv("subject,id,cause,file,line,detail,source,class,user\n");
        QVERIFY_OK(trail);
        in.decisions = std::make_shared<const DecisionLookup>(*trail);
        ScriptedDialog dialog(in);
        dialog.resize(1100, 760);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitReady(&dialog));
        if (tab == QStringLiteral("students")) {
            dialog.tabs()->setCurrentWidget(dialog.tablePage(AsmTable::Students));
            dialog.tablePage(AsmTable::Students)->selectRow(3);
        } else if (findings) {
            dialog.tabs()->setCurrentWidget(dialog.findingsPage());
        } else {
            dialog.changesPage()->kindFilter()->setCurrentIndex(0);
            WhyBox *why = dialog.changesPage()->whyBox();
            QSignalSpy answered(why, &WhyBox::answered);
            why->ask(QStringLiteral("PREVONLY1"));
            QVERIFY(answered.wait(20000));
        }
        QTest::qWait(200);
        QVERIFY(!saveScreenshot(&dialog, QStringLiteral("preview-") + tab).isEmpty());
    }
};

QTEST_MAIN(TestUiPreviewDialog)
#include "tst_ui_preview_dialog.moc"
