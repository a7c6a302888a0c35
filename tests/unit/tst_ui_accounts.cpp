#include "TestSupport.h"
#include "UiScreenshot.h"

#include "profile/AccountSettingsWidget.h"
#include "settings/ProfileSettingsDialog.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The account settings widget the wizard's Accounts page and the settings dialog share: it
// shows and saves the mapping options, refuses a rule that does not read, and keeps the
// pseudonym key out of the profile.
class TestUiAccounts : public QObject
{
    Q_OBJECT

    template<typename T>
    static T *child(QWidget &parent, const QString &name)
    {
        T *w = parent.findChild<T *>(name);
        if (!w)
            qFatal("no child %s", qPrintable(name));
        return w;
    }

private slots:
    void loadsAndSaves()
    {
        Profile p = Profile::create(u"District"_s);
        MappingOptions &m = p.conversion.mapping;
        m.accountFormat = AccountFormat::SisUsername;
        QString error;
        m.students.emailAddress =
            *PersonFieldRule::parse(u"{username}@students.example.org"_s, &error);
        m.staff.sisUsername = *PersonFieldRule::parse(QString(), &error);

        AccountSettingsWidget widget;
        widget.resize(720, 640);
        widget.load(p);
        widget.show();
        saveScreenshot(&widget, u"account-settings"_s);
        QCOMPARE(child<QComboBox>(widget, u"accountFormat"_s)->currentData().toInt(),
                 int(AccountFormat::SisUsername));
        QCOMPARE(child<QComboBox>(widget, u"students_email_address"_s)->currentText(),
                 u"{username}@students.example.org"_s);
        QCOMPARE(child<QComboBox>(widget, u"staff_sis_username"_s)->currentText(), QString());
        QCOMPARE(child<QComboBox>(widget, u"students_person_number"_s)->currentText(),
                 u"identifier"_s);
        QVERIFY(widget.isComplete());

        Profile out = Profile::create(u"Other"_s);
        widget.save(&out);
        QCOMPARE(out.conversion.mapping, m);

        child<QComboBox>(widget, u"staff_person_number"_s)->setCurrentText(u"userIds.SIS"_s);
        widget.save(&out);
        QCOMPARE(out.conversion.mapping.staff.personNumber.text(), u"userIds.SIS"_s);
    }

    void badRuleIsShown()
    {
        AccountSettingsWidget widget;
        widget.show();
        auto *rule = child<QComboBox>(widget, u"students_email_address"_s);
        rule->setCurrentText(u"{nickname}@x.org"_s);
        QVERIFY(!widget.isComplete());
        auto *error = child<QLabel>(widget, u"accountRuleError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"nickname"_s), qPrintable(error->text()));
        rule->setCurrentText(u"{username}@x.org"_s);
        QVERIFY(widget.isComplete());
        QVERIFY(!error->isVisible());
    }

    void pseudonymKey()
    {
        AccountSettingsWidget widget;
        widget.resize(720, 640);
        widget.show();
        QVERIFY(widget.pseudonymKey().isEmpty());
        // Turning it on brings a key with it, so no run fails for want of one.
        child<QCheckBox>(widget, u"pseudonymizeStudentNames"_s)->setChecked(true);
        const QString key = widget.pseudonymKey();
        QVERIFY(key.size() >= 40);
        QVERIFY(widget.isComplete());
        saveScreenshot(&widget, u"account-settings-pseudonyms"_s);
        child<QPushButton>(widget, u"generatePseudonymKey"_s)->click();
        QVERIFY(widget.pseudonymKey() != key);
        child<QLineEdit>(widget, u"pseudonymKey"_s)->clear();
        QVERIFY(!widget.isComplete());

        Profile p = Profile::create(u"District"_s);
        widget.setPseudonymKey(u"typed-key"_s);
        widget.save(&p);
        QVERIFY(p.conversion.mapping.pseudonymizeStudentNames);
        QVERIFY(p.conversion.mapping.pseudonymKey.isEmpty());
        QVERIFY(p.requiredSecrets().contains(SecretName::PseudonymKey));

        // A profile that has a key in the keychain: an empty field keeps it.
        AccountSettingsWidget stored;
        stored.load(p);
        QVERIFY(stored.pseudonymKey().isEmpty());
        QVERIFY(stored.isComplete());
    }

    void settingsDialogHasAnAccountsTab()
    {
        QTemporaryDir dir;
        SecretStore secrets(dir.path());
        Profile p = Profile::create(u"District"_s);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = dir.filePath(u"out"_s);
        p.conversion.mapping.accountFormat = AccountFormat::Email;
        ProfileSettingsDialog dialog(p, &secrets, dir.filePath(u"profiles"_s));
        QTabWidget *tabs = dialog.tabs();
        int accounts = -1;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i) == u"Accounts"_s)
                accounts = i;
        }
        QVERIFY(accounts >= 0);
        tabs->setCurrentIndex(accounts);
        dialog.show();
        saveScreenshot(&dialog, u"profile-settings-accounts"_s);
        // Opening changes nothing.
        QCOMPARE(dialog.edited().toJson(), p.toJson());
        auto *format = child<QComboBox>(dialog, u"accountFormat"_s);
        format->setCurrentIndex(format->findData(int(AccountFormat::PersonNumber)));
        QCOMPARE(dialog.edited().conversion.mapping.accountFormat, AccountFormat::PersonNumber);
    }
};

QTEST_MAIN(TestUiAccounts)
#include "tst_ui_accounts.moc"
