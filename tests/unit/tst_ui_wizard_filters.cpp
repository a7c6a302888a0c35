#include "MnemonicCheck.h"
#include "ScreenshotSetup.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include "profile/DistrictSummary.h"
#include "profile/FilterChooser.h"
#include "settings/ProfileSettingsDialog.h"
#include "store/ProfileStore.h"
#include "wizard/FiltersPage.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

// Enough CSV for the fixture: quoted fields in, quoted fields out.
QStringList splitCsv(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
            field += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            out << field;
            field.clear();
        } else {
            field += c;
        }
    }
    out << field;
    return out;
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

// The header and first data row of a CSV file.
std::pair<QStringList, QStringList> headerAndFirstRow(const QString &file)
{
    QString text = QString::fromUtf8(readFile(file));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    return {splitCsv(lines.value(0).trimmed()), splitCsv(lines.value(1).trimmed())};
}

// Appends a row: the template row with the given columns replaced.
void appendRow(const QString &file, const QHash<QString, QString> &values)
{
    const auto [header, first] = headerAndFirstRow(file);
    QStringList row;
    for (qsizetype i = 0; i < header.size(); ++i)
        row << csvField(values.contains(header[i]) ? values.value(header[i]) : first.value(i));
    QFile out(file);
    QVERIFY(out.open(QIODevice::Append));
    out.write((row.join(u',') + u'\n').toUtf8());
}

QString firstValue(const QString &file, const QString &column)
{
    const auto [header, first] = headerAndFirstRow(file);
    return first.value(header.indexOf(column));
}

qint64 countIn(const QString &text, const QString &label)
{
    const QRegularExpression re(label + u": (\\d+)"_s);
    return re.match(text).captured(1).toLongLong();
}

} // namespace

// The roles and exclusions of the filters page and the settings dialog, driven offscreen on a
// generated district with a role of its own (ext:coach) and lunch and study hall sections: the
// unknown role stops Next with a message until it is chosen, the counts follow the choices,
// and the rules are saved as chosen and survive the settings dialog unchanged.
class TestUiWizardFilters : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_export;
    QString m_person; // the first user of the export

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    WizardEnvironment environment(const QString &name) const
    {
        WizardEnvironment env;
        env.profilesFolder = path(name + u"/profiles"_s);
        env.dataFolder = path(name + u"/data"_s);
        return env;
    }

    void walkToFilters(SetupWizard &w, const QString &deliveries)
    {
        child<QRadioButton>(w, u"flowCsv"_s)->setChecked(true);
        w.next();
        child<QLineEdit>(w, u"csvPath"_s)->setText(m_export);
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Asm), 60000);
        child<QRadioButton>(w, u"destinationFolder"_s)->setChecked(true);
        child<QLineEdit>(w, u"destinationFolderPath"_s)->setText(deliveries);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Filters));
    }

private slots:
    void initTestCase()
    {
        // A generated district, plus three coaches with a role of the district's own and
        // three sections nobody wants in Apple School Manager.
        m_export = path(u"district"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s,
                                         u"--folder"_s, m_export})
                     .exitCode,
                 0);
        const QString users = m_export + u"/users.csv"_s;
        const QString roles = m_export + u"/roles.csv"_s;
        const QString classes = m_export + u"/classes.csv"_s;
        m_person = firstValue(users, u"sourcedId"_s);
        const QString school = firstValue(classes, u"schoolSourcedId"_s);
        const QStringList coaches = {u"Dana Whitfield"_s, u"Marcus Oyelaran"_s, u"Ines Carvalho"_s};
        for (int i = 0; i < coaches.size(); ++i) {
            const QString id = u"coach-%1"_s.arg(i + 1);
            const QStringList name = coaches[i].split(u' ');
            appendRow(users, {{u"sourcedId"_s, id},
                              {u"username"_s, id},
                              {u"userIds"_s, QString()},
                              {u"givenName"_s, name[0]},
                              {u"familyName"_s, name[1]},
                              {u"middleName"_s, QString()},
                              {u"identifier"_s, u"C%1"_s.arg(900 + i)},
                              {u"email"_s, id + u"@example.org"_s},
                              {u"grades"_s, QString()},
                              {u"agentSourcedIds"_s, QString()},
                              {u"primaryOrgSourcedId"_s, school}});
            appendRow(roles, {{u"sourcedId"_s, u"role-"_s + id},
                              {u"userSourcedId"_s, id},
                              {u"roleType"_s, u"primary"_s},
                              {u"role"_s, u"ext:coach"_s},
                              {u"orgSourcedId"_s, school},
                              {u"beginDate"_s, QString()},
                              {u"endDate"_s, QString()}});
        }
        const QList<std::pair<QString, QString>> sections = {{u"Lunch A"_s, u"LUNCH-A"_s},
                                                             {u"Lunch B"_s, u"LUNCH-B"_s},
                                                             {u"Study Hall"_s, u"SH-1"_s}};
        for (const auto &[title, code] : sections)
            appendRow(classes, {{u"sourcedId"_s, u"cls-"_s + code.toLower()},
                                {u"title"_s, title},
                                {u"classCode"_s, code}});
        const DistrictSummary district = DistrictSummary::read(m_export);
        QVERIFY2(district.ok, qPrintable(district.error));
        QCOMPARE(district.roles.value(u"ext:coach"_s), 3);
    }

    void unknownRoleMustBeChosen()
    {
        const WizardEnvironment env = environment(u"roles"_s);
        SetupWizard w(env);
        w.resize(820, 640);
        w.show();
        walkToFilters(w, path(u"roles/deliveries"_s));
        auto *page = qobject_cast<FiltersPage *>(w.currentPage());
        QVERIFY(page);
        QComboBox *coach = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((coach = w.findChild<QComboBox *>(u"roleRule:ext:coach"_s)),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isCounting() && page->countsText().contains(u"staff:"_s),
                                 60000);

        // Next stays off, and the page says why in words, next to the role and below.
        QVERIFY(!nextEnabled(w));
        QVERIFY2(page->blockedText().contains(u"ext:coach"_s), qPrintable(page->blockedText()));
        auto *note = child<QLabel>(w, u"roleNote:ext:coach"_s);
        QVERIFY(note->isVisibleTo(page));
        QVERIFY(note->text().contains(u"Staff or Leave out"_s));
        auto *tabs = child<QTabWidget>(w, u"filterTabs"_s);
        QCOMPARE(tabs->currentIndex(), 1);
        QVERIFY(tabs->tabText(1).contains(u"1"_s));
        QVERIFY(page->countsText().contains(u"still to be chosen"_s));
        snap(w, u"filters-roles"_s);
        // Staff-type roles have their default; family roles are shown as never sent.
        auto *aide = w.findChild<QComboBox *>(u"roleRule:aide"_s);
        if (aide)
            QCOMPARE(aide->currentData().toInt(), int(RoleRule::Staff));
        if (auto *guardian = w.findChild<QLabel *>(u"roleFixed:guardian"_s))
            QCOMPARE(guardian->text(), u"Never sent"_s);
        QCOMPARE(child<QLabel>(w, u"roleFixed:student"_s)->text(), u"Students (always)"_s);
        const qint64 staffBefore = countIn(page->countsText(), u"staff"_s);

        coach->setCurrentIndex(coach->findData(int(RoleRule::Staff)));
        QVERIFY(nextEnabled(w));
        QVERIFY(page->blockedText().isEmpty());
        QVERIFY(!note->isVisibleTo(page));
        QCOMPARE(tabs->tabText(1), u"Roles"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isCounting() &&
                                     countIn(page->countsText(), u"staff"_s) == staffBefore + 3,
                                 60000);
        QVERIFY(!page->countsText().contains(u"still to be chosen"_s));

        // Exclusions: what each rule matches, and what they leave out, follow the typing.
        tabs->setCurrentIndex(2);
        const qint64 classesBefore = countIn(page->countsText(), u"classes"_s);
        child<QPlainTextEdit>(w, u"excludeClassTitles"_s)->setPlainText(u"lunch*"_s);
        child<QPlainTextEdit>(w, u"excludeClassCodes"_s)->setPlainText(u"SH-?"_s);
        child<QPlainTextEdit>(w, u"excludeGrades"_s)->setPlainText(u"PK"_s);
        child<QPlainTextEdit>(w, u"excludePeople"_s)->setPlainText(m_person + u", left-in-2019"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isCounting() &&
                                     countIn(page->countsText(), u"classes"_s) == classesBefore - 3,
                                 60000);
        QCOMPARE(child<QLabel>(w, u"excludeClassTitlesCount"_s)->text(),
                 u"Classes with these titles: 2"_s);
        QCOMPARE(child<QLabel>(w, u"excludeClassCodesCount"_s)->text(),
                 u"Classes with these codes: 1"_s);
        QCOMPARE(child<QLabel>(w, u"excludePeopleCount"_s)->text(),
                 u"Found in the data: 1. Not in the data: left-in-2019"_s);
        QVERIFY(child<QLabel>(w, u"excludeGradesCount"_s)->text().startsWith(u"People in"_s));
        QVERIFY(child<QLabel>(w, u"excludeCoursesCount"_s)->text().isEmpty());
        const QString total = child<QLabel>(w, u"exclusionTotal"_s)->text();
        QVERIFY2(total.contains(u"classes: 3,"_s), qPrintable(total));
        QVERIFY2(countIn(total, u"people"_s) >= 1, qPrintable(total));
        snap(w, u"filters-exclusions"_s);

        // On to the end: the profile holds the choices.
        w.next();
        while (w.currentId() != int(WizardPageId::Finish)) {
            const int before = w.currentId();
            QVERIFY(nextEnabled(w));
            w.next();
            QTRY_VERIFY_WITH_TIMEOUT(w.currentId() != before, 20000);
        }
        child<QLineEdit>(w, u"profileName"_s)->setText(u"Coaches district"_s);
        child<QCheckBox>(w, u"dryRunNow"_s)->setChecked(false);
        QSignalSpy created(&w, &SetupWizard::profileCreated);
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 20000);
        Findings findings;
        const std::optional<Profile> p =
            ProfileStore(env.profilesFolder).load(created.first().at(0).toUuid(), &findings);
        QVERIFY(p);
        const QJsonObject filters = p->conversion.filters.toJson();
        QCOMPARE(filters.value(u"roleRules"_s).toObject().value(u"ext:coach"_s).toString(),
                 u"staff"_s);
        QCOMPARE(filters.value(u"roleRules"_s).toObject().value(u"aide"_s).toString(), u"staff"_s);
        const ExclusionRules &ex = p->conversion.filters.exclusions;
        QCOMPARE(ex.classTitles, QStringList{u"lunch*"_s});
        QCOMPARE(ex.classCodes, QStringList{u"SH-?"_s});
        QCOMPARE(ex.grades, QStringList{u"PK"_s});
        QCOMPARE(ex.people, (QStringList{m_person, u"left-in-2019"_s}));
        QVERIFY(ex.courses.isEmpty());
        // The file on disk says it in the documented form.
        QDir profiles(env.profilesFolder);
        const QStringList files = profiles.entryList({u"*.json"_s}, QDir::Files);
        QCOMPARE(files.size(), 1);
        const QByteArray json = readFile(profiles.filePath(files.first()));
        QVERIFY2(json.contains(R"("ext:coach": "staff")"), json.constData());
    }

    void leavingOutARoleLowersTheCount()
    {
        SetupWizard w(environment(u"leave"_s));
        w.show();
        walkToFilters(w, path(u"leave/deliveries"_s));
        auto *page = qobject_cast<FiltersPage *>(w.currentPage());
        QComboBox *coach = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((coach = w.findChild<QComboBox *>(u"roleRule:ext:coach"_s)),
                                 60000);
        coach->setCurrentIndex(coach->findData(int(RoleRule::Exclude)));
        QVERIFY(nextEnabled(w));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isCounting() && page->countsText().contains(u"staff:"_s) &&
                                     !page->countsText().contains(u"still to be chosen"_s),
                                 60000);
        const qint64 without = countIn(page->countsText(), u"staff"_s);
        auto *aide = w.findChild<QComboBox *>(u"roleRule:aide"_s);
        const qint64 aides = DistrictSummary::read(m_export).roles.value(u"aide"_s);
        if (!aide || aides == 0)
            QSKIP("the generated district has no aides");
        aide->setCurrentIndex(aide->findData(int(RoleRule::Exclude)));
        QTRY_VERIFY_WITH_TIMEOUT(
            !page->isCounting() && countIn(page->countsText(), u"staff"_s) < without, 60000);
    }

    // On an export on this computer the settings list the schools by name, with their sizes,
    // and count what the filters keep, as the wizard does.
    void settingsListSchoolsByName()
    {
        Profile p = Profile::create(u"Named schools"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_export;
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = path(u"named/deliveries"_s);
        ProfileSettingsDialog dialog(p, nullptr, path(u"named/profiles"_s));
        dialog.show();
        auto *schools = child<QListWidget>(dialog, u"schoolList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(schools->count() >= 2, 60000);
        QVERIFY2(schools->item(0)->text().contains(u" — students: "_s),
                 qPrintable(schools->item(0)->text()));
        auto *chooser = dialog.findChild<FilterChooser *>();
        QTRY_VERIFY_WITH_TIMEOUT(chooser->countsText().contains(u"students:"_s), 60000);
        // Each tab's letters lead to one place.
        for (int i = 0; i < dialog.tabs()->count(); ++i) {
            dialog.tabs()->setCurrentIndex(i);
            QVERIFY2(duplicateMnemonics(&dialog).isEmpty(),
                     qPrintable(dialog.tabs()->tabText(i) + u": "_s +
                                duplicateMnemonics(&dialog).join(u"; "_s)));
        }
        const QString all = chooser->countsText();
        child<QCheckBox>(dialog, u"allSchools"_s)->setChecked(false);
        schools->item(0)->setCheckState(Qt::Checked);
        QTRY_VERIFY_WITH_TIMEOUT(
            chooser->countsText().contains(u"students:"_s) && chooser->countsText() != all, 60000);
        QCOMPARE(dialog.edited().conversion.filters.schools,
                 QStringList{schools->item(0)->data(Qt::UserRole).toString()});
    }

    void settingsDialogRoundTrips()
    {
        Profile original = Profile::create(u"Coaches"_s);
        original.source.kind = SourceKind::Csv;
        original.source.path = m_export;
        original.destination.kind = DestinationKind::Folder;
        original.destination.folder = path(u"dialog/deliveries"_s);
        FilterSettings &f = original.conversion.filters;
        f.roleRules.insert(u"ext:coach"_s, RoleRule::Staff);
        f.roleRules.insert(u"aide"_s, RoleRule::Exclude);
        f.exclusions.classTitles = {u"Lunch*"_s, u"Advisory, Grades 6-12"_s};
        f.exclusions.courses = {u"HR"_s};
        f.exclusions.people = {u"stu-9"_s};
        const QString folder = path(u"dialog/profiles"_s);
        QVERIFY(ProfileStore(folder).save(original));

        ProfileSettingsDialog dialog(original, nullptr, folder);
        dialog.show();
        // Opening changes nothing.
        QCOMPARE(dialog.edited().toJson(), original.toJson());
        // With no data read yet, every rule is listed, family roles as never sent.
        auto *coach = child<QComboBox>(dialog, u"roleRule:ext:coach"_s);
        QVERIFY(coach);
        QCOMPARE(coach->currentData().toInt(), int(RoleRule::Staff));
        QVERIFY(dialog.findChild<QComboBox *>(u"roleRule:principal"_s));
        QCOMPARE(child<QLabel>(dialog, u"roleFixed:parent"_s)->text(), u"Never sent"_s);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"excludeClassTitles"_s)->toPlainText(),
                 u"Lunch*\nAdvisory, Grades 6-12"_s);

        // Edits land where they belong and nowhere else.
        auto *aide = child<QComboBox>(dialog, u"roleRule:aide"_s);
        aide->setCurrentIndex(aide->findData(int(RoleRule::Staff)));
        child<QPlainTextEdit>(dialog, u"excludeGrades"_s)->setPlainText(u"PK, TK"_s);
        child<QLineEdit>(dialog, u"newRole"_s)->setText(u"ext:nurse"_s);
        child<QPushButton>(dialog, u"addRole"_s)->click();
        auto *nurse = child<QComboBox>(dialog, u"roleRule:ext:nurse"_s);
        QVERIFY(nurse);
        QCOMPARE(nurse->currentData().toInt(), -1);
        QVERIFY(!dialog.edited().conversion.filters.roleRules.contains(u"ext:nurse"_s));
        nurse->setCurrentIndex(nurse->findData(int(RoleRule::Exclude)));
        auto *tabs = dialog.tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == u"Filters"_s)
                tabs->setCurrentIndex(i);
        }
        child<QTabWidget>(dialog, u"filterTabs"_s)->setCurrentIndex(1);
        // The user guide's picture: tall enough to show every role and the Add row.
        if (screenshotMode())
            dialog.resize(dialog.width(), 700);
        QTest::qWait(50);
        saveScreenshot(&dialog, u"profile-settings-roles"_s);
        // A family role cannot be given a rule.
        child<QLineEdit>(dialog, u"newRole"_s)->setText(u"guardian"_s);
        child<QPushButton>(dialog, u"addRole"_s)->click();
        QVERIFY(child<QLabel>(dialog, u"addRoleNote"_s)->text().contains(u"needs no rule"_s));

        Profile expected = original;
        expected.conversion.filters.roleRules.insert(u"aide"_s, RoleRule::Staff);
        expected.conversion.filters.roleRules.insert(u"ext:nurse"_s, RoleRule::Exclude);
        expected.conversion.filters.exclusions.grades = {u"PK"_s, u"TK"_s};
        QCOMPARE(dialog.edited().toJson(), expected.toJson());

        QSignalSpy saved(&dialog, &ProfileSettingsDialog::saved);
        dialog.saveAndClose();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        Findings findings;
        const std::optional<Profile> reread = ProfileStore(folder).load(original.id, &findings);
        QVERIFY(reread);
        QCOMPARE(reread->conversion.filters.toJson(), expected.conversion.filters.toJson());
        QCOMPARE(reread->name, expected.name);

        // Reopened on the saved profile: the same choices, and again nothing changes.
        ProfileSettingsDialog again(*reread, nullptr, folder);
        QCOMPARE(again.edited().toJson(), reread->toJson());
        // Checking the export lists its roles: the rules it does not use step aside, and the
        // choices stay as they were.
        again.show();
        child<QPushButton>(again, u"csvCheckButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!again.findChild<QComboBox *>(u"roleRule:proctor"_s), 60000);
        QVERIFY(again.findChild<QComboBox *>(u"roleRule:ext:coach"_s));
        QVERIFY(again.findChild<QComboBox *>(u"roleRule:ext:nurse"_s) == nullptr);
        QVERIFY(!child<QCheckBox>(again, u"showAllRoles"_s)->isHidden());
        child<QCheckBox>(again, u"showAllRoles"_s)->setChecked(true);
        QVERIFY(again.findChild<QComboBox *>(u"roleRule:ext:nurse"_s));
        QCOMPARE(again.edited().toJson(), reread->toJson());
    }
};

QTEST_MAIN(TestUiWizardFilters)
#include "tst_ui_wizard_filters.moc"
