#include "DevServerProcess.h"
#include "MnemonicCheck.h"
#include "ScreenshotSetup.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include "oneroster/rest/VendorPreset.h"
#include "profile/FilterChooser.h"
#include "profile/RestTestPanel.h"
#include "settings/ProfileSettingsDialog.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"
#include "wizard/FiltersPage.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardSideBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The OneRoster API flow against rb-devserver: a known vendor's page whose connection test
// fails on a wrong secret with the token endpoint's reason and passes with the right one, the
// district's schools fetched through the API, the secret landing in the real keychain (the
// test command runs the suite with an unlocked gnome-keyring) and never in the profile; and
// the "Other" SIS through its Credentials, Token and Refresh Token pages.
class TestUiWizardRest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DevServerProcess m_sis;
    const QString m_secret = u"wizard-secret-77f3"_s;
    // The screenshots show the client ID: one like those the SIS's admin console makes.
    const QString m_clientId = screenshotMode() ? u"cedarvalley-rosterbridge-5d81c2"_s : u"rb"_s;
    std::unique_ptr<SecretStore> m_secrets;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString base() const { return m_sis.baseUrl().toString(); }

    WizardEnvironment environment(const QString &name) const
    {
        WizardEnvironment env;
        env.profilesFolder = path(name + u"/profiles"_s);
        env.dataFolder = path(name + u"/data"_s);
        env.secrets = m_secrets.get();
        return env;
    }

    static void choosePreset(SetupWizard &w, const QString &id)
    {
        auto *preset = child<QComboBox>(w, u"sisPreset"_s);
        preset->setCurrentIndex(preset->findData(id));
    }

private slots:
    void initTestCase()
    {
        const QString district = path(u"district.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"-o"_s, district}).exitCode, 0);
        if (screenshotMode())
            m_sis.setHostName(sisHost());
        QVERIFY2(m_sis.start({u"--data"_s, district, u"--auth"_s, u"oauth2"_s, u"--client-id"_s,
                              m_clientId, u"--client-secret"_s, m_secret}),
                 qPrintable(m_sis.errorOutput()));
        m_secrets = std::make_unique<SecretStore>(path(u"config"_s));
        qunsetenv("ROSTERBRIDGE_SIS_SECRET");
    }

    void knownVendorTestsAndStoresTheSecret()
    {
        const WizardEnvironment env = environment(u"vendor"_s);
        SetupWizard w(env);
        w.show();
        child<QRadioButton>(w, u"flowRest"_s)->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Sis));
        choosePreset(w, u"aeries"_s);
        // Aeries' hints say where the values are, and its token URL follows the API URL.
        QVERIFY(child<QLabel>(w, u"sisHint"_s)->text().contains(u"API Security"_s));
        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(u"https://cedarvalley.aeries.net/aeries"_s);
        snap(w, u"sis-aeries"_s);

        choosePreset(w, u"eschooldata"_s);
        QVERIFY(!nextEnabled(w));
        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(base());
        child<QLineEdit>(w, u"sisTokenUrl"_s)->setText(base() + u"/oauth/token"_s);
        auto *version = child<QComboBox>(w, u"sisVersion"_s);
        version->setCurrentIndex(version->findData(int(OneRosterVersion::V1_2)));
        child<QLineEdit>(w, u"sisClientId"_s)->setText(m_clientId);
        child<QLineEdit>(w, u"sisClientSecret"_s)->setText(u"not-the-secret"_s);
        QVERIFY(nextEnabled(w));

        // A wrong secret: the token layer fails, with the reason; the page stays.
        w.next();
        QVERIFY(!nextEnabled(w));
        auto *summary = child<QLabel>(w, u"sisTestSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), 30000);
        QCOMPARE(w.currentId(), int(WizardPageId::Sis));
        QVERIFY2(summary->text().startsWith(u"Token endpoint failed"_s),
                 qPrintable(summary->text()));
        snap(w, u"sis-failed"_s);

        child<QLineEdit>(w, u"sisClientSecret"_s)->setText(m_secret);
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Asm), 30000);
        QVERIFY2(summary->text().startsWith(u"Connected"_s), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"org"_s), qPrintable(summary->text()));

        child<QRadioButton>(w, u"destinationFolder"_s)->setChecked(true);
        child<QLineEdit>(w, u"destinationFolderPath"_s)->setText(path(u"vendor/out"_s));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Filters));
        // The roster is fetched through the API to list the schools.
        auto *page = qobject_cast<FiltersPage *>(w.currentPage());
        QVERIFY(!nextEnabled(w));
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(w, u"schoolList"_s)->count() >= 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(page->countsText().contains(u"students:"_s), 60000);
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Accounts));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Schedule));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Notifications));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Finish));
        QCOMPARE(child<QLineEdit>(w, u"profileName"_s)->text(), u"eSchoolData"_s);

        QSignalSpy created(&w, &SetupWizard::profileCreated);
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
        const QUuid id = created.first().at(0).toUuid();

        Findings findings;
        const std::optional<Profile> p = ProfileStore(env.profilesFolder).load(id, &findings);
        QVERIFY(p);
        QCOMPARE(p->source.kind, SourceKind::Rest);
        QCOMPARE(p->source.rest.vendor, u"eschooldata"_s);
        QCOMPARE(p->source.rest.clientId, m_clientId);
        QCOMPARE(p->source.rest.tokenUrl, base() + u"/oauth/token"_s);
        QVERIFY(
            !readFile(ProfileStore(env.profilesFolder).filePath(id)).contains(m_secret.toUtf8()));

        QSignalSpy read(m_secrets.get(), &SecretStore::finished);
        m_secrets->read(id, SecretName::SisClientSecret);
        QVERIFY(read.wait(20000));
        const auto result = read.first().first().value<SecretResult>();
        QVERIFY2(result.ok(), qPrintable(result.errorText));
        QCOMPARE(result.value, m_secret);
    }

    void otherSisPages()
    {
        SetupWizard w(environment(u"other"_s));
        w.show();
        w.next();
        choosePreset(w, u"other"_s);
        // "Other" has pages of its own: the side bar lists them.
        QCOMPARE(w.stepNames().mid(0, 6),
                 QStringList({u"Start"_s, u"SIS"_s, u"Sign-in"_s, u"Token"_s, u"Requests"_s,
                              u"Apple School Manager"_s}));
        child<QLineEdit>(w, u"sisBaseUrl"_s)->clear();
        QCOMPARE(w.sideBar()->missing()->text(), u"Enter the OneRoster API URL."_s);
        // "Other" asks for its token URL on its own page, and tests after it.
        QVERIFY(!child<QLineEdit>(w, u"sisTokenUrl"_s)->isVisibleTo(&w));
        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(base());
        child<QLineEdit>(w, u"sisClientId"_s)->setText(m_clientId);
        child<QLineEdit>(w, u"sisClientSecret"_s)->setText(m_secret);
        auto *version = child<QComboBox>(w, u"sisVersion"_s);
        version->setCurrentIndex(version->findData(int(OneRosterVersion::V1_1)));
        snap(w, u"sis-other"_s);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::SisCredentials));

        child<QLineEdit>(w, u"sisName"_s)->setText(u"Cedar SIS"_s);
        auto *auth = child<QComboBox>(w, u"sisAuthType"_s);
        QCOMPARE(auth->currentData().toInt(), int(RestAuthType::OAuth2));
        auto *clientAuth = child<QComboBox>(w, u"sisClientAuth"_s);
        clientAuth->setCurrentIndex(clientAuth->findData(int(ClientAuthMethod::Body)));
        // Paging, timeouts and retries are folded away until asked for.
        auto *advanced = child<QWidget>(w, u"sisAdvanced"_s);
        QVERIFY(!advanced->isVisible());
        snap(w, u"sis-credentials"_s);
        child<QToolButton>(w, u"sisShowAdvanced"_s)->click();
        QVERIFY(advanced->isVisible());
        snap(w, u"sis-credentials-advanced"_s);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::SisToken));

        QVERIFY(!nextEnabled(w));
        // The token URL's own consent: the connection page only asked about the API's.
        auto *allowHttp = child<QAbstractButton>(w, u"tokenAllowHttp"_s);
        QVERIFY(!allowHttp->isVisibleTo(&w));
        child<QLineEdit>(w, u"tokenUrl"_s)->setText(u"http://sis.example.org/oauth/token"_s);
        QVERIFY(allowHttp->isVisibleTo(&w));
        QVERIFY(!nextEnabled(w));
        allowHttp->setChecked(true);
        QVERIFY(nextEnabled(w));
        snap(w, u"sis-token-http"_s);
        allowHttp->setChecked(false);
        child<QLineEdit>(w, u"tokenUrl"_s)->setText(base() + u"/oauth/token"_s);
        QVERIFY(!allowHttp->isVisibleTo(&w));
        // The screenshots show what a district would type; the tests also a line to ignore.
        const RestFields tokenHeaders = screenshotMode() ? RestFields{{u"X-District"_s, u"42"_s}}
                                                         : RestFields{{u"X-Token-Test"_s, u"1"_s}};
        child<QPlainTextEdit>(w, u"tokenHeaders"_s)
            ->setPlainText(tokenHeaders.constFirst().first + u": "_s +
                           tokenHeaders.constFirst().second);
        child<QLineEdit>(w, u"tokenScopes"_s)->setText(u"roster-core.readonly"_s);
        QVERIFY(nextEnabled(w));
        snap(w, u"sis-token"_s);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::SisRefresh));

        child<QPlainTextEdit>(w, u"requestHeaders"_s)
            ->setPlainText(screenshotMode() ? u"X-District: 42"_s
                                            : u"X-District: 42\n\nbad line"_s);
        child<QLineEdit>(w, u"refreshGrantType"_s)->setText(u"refresh_token"_s);
        child<QPlainTextEdit>(w, u"refreshForm"_s)
            ->setPlainText(u"refresh_token={refresh_token}"_s);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::SisRefresh));
        QVERIFY(!nextEnabled(w));
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Asm), 30000);
        w.back();
        snap(w, u"sis-refresh"_s);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Asm));
        snap(w, u"asm"_s);

        const RestSourceSettings &s = w.draft().profile.source.rest;
        QCOMPARE(s.vendor, u"other"_s);
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QCOMPARE(s.clientAuth, ClientAuthMethod::Body);
        QCOMPARE(s.tokenUrl, base() + u"/oauth/token"_s);
        QCOMPARE(s.scopes, QStringList{u"roster-core.readonly"_s});
        QCOMPARE(s.tokenHeaders, tokenHeaders);
        QCOMPARE(s.requestHeaders, (RestFields{{u"X-District"_s, u"42"_s}}));
        QCOMPARE(s.refreshForm, (RestFields{{u"refresh_token"_s, u"{refresh_token}"_s}}));
        QCOMPARE(w.draft().sisName, u"Cedar SIS"_s);
        QVERIFY(!s.allowUnencryptedHttp);
    }

    // "Other" with an https API and an http token URL: the consent is the token page's.
    // A preset whose vendor documents no token URL: Find tries the usual paths on the API's
    // host and fills in the one that answered, saying so.
    void findLooksForTheTokenUrl()
    {
        SetupWizard w(environment(u"find"_s));
        w.show();
        child<QRadioButton>(w, u"flowRest"_s)->setChecked(true);
        w.next();
        choosePreset(w, u"eschooldata"_s);
        auto *tokenUrl = child<QLineEdit>(w, u"sisTokenUrl"_s);
        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(base());
        tokenUrl->clear();
        child<QLineEdit>(w, u"sisClientId"_s)->setText(m_clientId);
        child<QLineEdit>(w, u"sisClientSecret"_s)->setText(m_secret);
        QVERIFY(!nextEnabled(w));
        QCOMPARE(w.sideBar()->missing()->text(),
                 u"Enter the token URL, or click Find to look for it."_s);
        auto *find = child<QPushButton>(w, u"sisFindToken"_s);
        QVERIFY(find->isVisible());
        find->click();
        QTRY_COMPARE_WITH_TIMEOUT(tokenUrl->text(), base() + u"/oauth/token"_s, 30000);
        QTRY_VERIFY(find->isEnabled());
        const auto notes = w.findChildren<QLabel *>();
        const bool said = std::any_of(notes.begin(), notes.end(), [](const QLabel *l) {
            return l->isVisible() && l->text().contains(u"answered and issued a token"_s);
        });
        QVERIFY(said);
        QVERIFY(nextEnabled(w));
        snap(w, u"sis-token-found"_s);
    }

    void settingsDialogAsksAboutOthersTokenUrl()
    {
        Profile p;
        p.name = u"District"_s;
        p.source.kind = SourceKind::Rest;
        p.source.rest.vendor = u"other"_s;
        p.source.rest.baseUrl = u"https://sis.example.org/ims/oneroster/v1p1"_s;
        p.source.rest.tokenUrl = u"http://sis.example.org/oauth/token"_s;
        p.source.rest.clientId = u"rb"_s;
        p.source.rest.allowUnencryptedHttp = true;
        ProfileSettingsDialog dialog(p, m_secrets.get(), path(u"dialog-other-http/profiles"_s));
        QVERIFY(!child<QAbstractButton>(dialog, u"sisAllowHttp"_s)->isChecked());
        auto *allow = child<QAbstractButton>(dialog, u"tokenAllowHttp"_s);
        QVERIFY(allow->isChecked());
        QVERIFY(dialog.edited().source.rest.allowUnencryptedHttp);
        allow->setChecked(false);
        QVERIFY(!dialog.edited().source.rest.allowUnencryptedHttp);
    }

    // An http:// URL to another computer needs the box under the warning ticked; loopback
    // (a server on this computer) and https:// do not show it.
    void unencryptedUrlNeedsConsent()
    {
        SetupWizard w(environment(u"http"_s));
        w.show();
        child<QRadioButton>(w, u"flowRest"_s)->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Sis));
        choosePreset(w, u"eschooldata"_s);
        auto *warning = child<QLabel>(w, u"sisHttpWarning"_s);
        auto *allow = child<QAbstractButton>(w, u"sisAllowHttp"_s);
        child<QLineEdit>(w, u"sisClientId"_s)->setText(m_clientId);
        child<QLineEdit>(w, u"sisClientSecret"_s)->setText(m_secret);

        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(u"https://sis.example.org"_s);
        child<QLineEdit>(w, u"sisTokenUrl"_s)->setText(u"https://sis.example.org/oauth/token"_s);
        QVERIFY(!warning->isVisibleTo(&w));
        QVERIFY(!allow->isVisibleTo(&w));
        QVERIFY(nextEnabled(w));

        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(u"http://sis.example.org"_s);
        // The preset derives its token URL from the API URL; this district's is beside it.
        child<QLineEdit>(w, u"sisTokenUrl"_s)->setText(u"http://sis.example.org/oauth/token"_s);
        QVERIFY(warning->isVisibleTo(&w));
        QVERIFY(allow->isVisibleTo(&w));
        QVERIFY(warning->text().contains(u"unencrypted"_s));
        QVERIFY(!allow->isChecked());
        QVERIFY(!nextEnabled(w));
        QVERIFY2(w.sideBar()->missing()->text().startsWith(u"The address is not encrypted"_s),
                 qPrintable(w.sideBar()->missing()->text()));
        snap(w, u"sis-unencrypted"_s);

        allow->setChecked(true);
        QVERIFY(nextEnabled(w));
        QVERIFY(!w.sideBar()->missing()->isVisible());
        snap(w, u"sis-unencrypted-allowed"_s);
        allow->setChecked(false);
        // An http token URL alone needs it too.
        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(u"https://sis.example.org"_s);
        child<QLineEdit>(w, u"sisTokenUrl"_s)->setText(u"http://sis.example.org/oauth/token"_s);
        QVERIFY(allow->isVisibleTo(&w));
        QVERIFY(!nextEnabled(w));

        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(base());
        child<QLineEdit>(w, u"sisTokenUrl"_s)->setText(base() + u"/oauth/token"_s);
        QVERIFY(!allow->isVisibleTo(&w));
        QVERIFY(nextEnabled(w));
    }

    void settingsDialogKeepsTheUnencryptedConsent()
    {
        Profile p;
        p.name = u"District"_s;
        p.source.kind = SourceKind::Rest;
        p.source.rest.vendor = u"eschooldata"_s;
        p.source.rest.baseUrl = u"http://sis.example.org"_s;
        p.source.rest.tokenUrl = u"http://sis.example.org/oauth/token"_s;
        p.source.rest.clientId = u"rb"_s;
        p.source.rest.allowUnencryptedHttp = true;
        ProfileSettingsDialog dialog(p, m_secrets.get(), path(u"dialog-http/profiles"_s));
        auto *allow = child<QAbstractButton>(dialog, u"sisAllowHttp"_s);
        QVERIFY(allow->isChecked());
        QVERIFY(dialog.edited().source.rest.allowUnencryptedHttp);
        allow->setChecked(false);
        QVERIFY(!dialog.edited().source.rest.allowUnencryptedHttp);
    }

    // The settings dialog saves the credentials and token widgets after the connection widget;
    // switching the vendor there must bring the new preset's values into them.
    // The settings do what the wizard does: test the SIS with the secret the keychain holds,
    // and list the schools by name, with their counts, from the API.
    void settingsTestAndListFromTheSis()
    {
        Profile p = Profile::create(u"Settings SIS"_s);
        p.source.kind = SourceKind::Rest;
        p.source.rest.vendor = u"other"_s;
        p.source.rest.baseUrl = base();
        p.source.rest.tokenUrl = base() + u"/oauth/token"_s;
        p.source.rest.clientId = m_clientId;
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = path(u"dialog-test/deliveries"_s);
        QSignalSpy written(m_secrets.get(), &SecretStore::finished);
        m_secrets->write(p.id, SecretName::SisClientSecret, m_secret);
        QVERIFY(written.wait(20000));
        QVERIFY(written.first().first().value<SecretResult>().ok());

        ProfileSettingsDialog dialog(p, m_secrets.get(), path(u"dialog-test/profiles"_s));
        dialog.show();
        auto *panel = dialog.findChild<RestTestPanel *>();
        QVERIFY(panel);
        QSignalSpy tested(panel, &RestTestPanel::finished);
        child<QPushButton>(dialog, u"sisTestButton"_s)->click();
        QVERIFY(tested.wait(60000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(panel->summary()));

        auto *schools = child<QListWidget>(dialog, u"schoolList"_s);
        QCOMPARE(schools->count(), 0);
        child<QPushButton>(dialog, u"listFromSis"_s)->click();
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
        // Listing changes no choice.
        QCOMPARE(dialog.edited().toJson(), p.toJson());
    }

    // PowerSchool, Infinite Campus and Synergy are on the SIS page, in their own words for the
    // credentials, with their token URL rules and, in italics, what the public sources leave
    // unconfirmed.
    void newPresetsShowWhatIsUncertain()
    {
        const WizardEnvironment env = environment(u"presets"_s);
        SetupWizard w(env);
        w.show();
        child<QRadioButton>(w, u"flowRest"_s)->setChecked(true);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Sis));
        auto *preset = child<QComboBox>(w, u"sisPreset"_s);
        auto *hint = child<QLabel>(w, u"sisHint"_s);
        auto *version = child<QComboBox>(w, u"sisVersion"_s);
        auto *baseUrl = child<QLineEdit>(w, u"sisBaseUrl"_s);
        auto *tokenUrl = child<QLineEdit>(w, u"sisTokenUrl"_s);
        for (const QString &id : {u"powerschool"_s, u"infinitecampus"_s, u"synergy"_s}) {
            const VendorPreset p = *VendorPreset::find(id);
            const int index = preset->findData(id);
            QVERIFY2(index >= 0, qPrintable(id));
            QCOMPARE(preset->itemText(index), p.displayName);
            preset->setCurrentIndex(index);
            QVERIFY2(hint->isVisible(), qPrintable(id));
            QVERIFY2(hint->text().contains(p.whereToFind.toHtmlEscaped()), qPrintable(id));
            QVERIFY2(hint->text().contains(u"<i>"_s + p.uncertain.toHtmlEscaped() + u"</i>"_s),
                     qPrintable(hint->text()));
            QCOMPARE(version->currentData().toInt(), int(p.defaultVersion));
            QCOMPARE(child<QLineEdit>(w, u"sisClientId"_s)->accessibleName(), u"Client ID"_s);
            QCOMPARE(child<QLineEdit>(w, u"sisClientSecret"_s)->accessibleName(),
                     u"Client Secret"_s);
            QVERIFY2(tokenUrl->isVisible(), qPrintable(id));
            const QStringList duplicates = duplicateMnemonics(&w);
            QVERIFY2(duplicates.isEmpty(), qPrintable(duplicates.join(u"; "_s)));
        }

        // The token URL follows the API URL where the vendor's rule allows.
        preset->setCurrentIndex(preset->findData(u"infinitecampus"_s));
        QVERIFY(hint->text().contains(u"Information to Share"_s));
        baseUrl->setText(u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple"_s);
        QCOMPARE(tokenUrl->text(),
                 u"https://mn.infinitecampus.org/campus/oauth2/token?appName=maple"_s);
        preset->setCurrentIndex(preset->findData(u"powerschool"_s));
        baseUrl->setText(u"https://district.powerschool.com"_s);
        QCOMPARE(tokenUrl->text(), u"https://district.powerschool.com/oauth/access_token"_s);
        // Synergy's must be entered (or found).
        preset->setCurrentIndex(preset->findData(u"synergy"_s));
        QVERIFY(tokenUrl->text().isEmpty());
        child<QLineEdit>(w, u"sisClientId"_s)->setText(u"rb"_s);
        QVERIFY(!nextEnabled(w));
        tokenUrl->setText(u"https://synergy.example.org/oauth/token"_s);
        QVERIFY(nextEnabled(w));
    }

    void settingsDialogListsTheNewPresets()
    {
        Profile p;
        p.name = u"District"_s;
        p.source.kind = SourceKind::Rest;
        p.source.rest.baseUrl = u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple"_s;
        p.source.rest.vendor = u"infinitecampus"_s;
        p.source.rest.clientId = u"rb"_s;
        ProfileSettingsDialog dialog(p, m_secrets.get(), path(u"dialog-presets/profiles"_s));
        auto *preset = child<QComboBox>(dialog, u"sisPreset"_s);
        QCOMPARE(preset->currentData().toString(), u"infinitecampus"_s);
        for (const QString &id : {u"powerschool"_s, u"synergy"_s})
            QVERIFY2(preset->findData(id) >= 0, qPrintable(id));
        const VendorPreset ic = *VendorPreset::find(u"infinitecampus"_s);
        QVERIFY(child<QLabel>(dialog, u"sisHint"_s)
                    ->text()
                    .contains(u"<i>"_s + ic.uncertain.toHtmlEscaped() + u"</i>"_s));
        QCOMPARE(child<QLineEdit>(dialog, u"sisTokenUrl"_s)->text(),
                 u"https://mn.infinitecampus.org/campus/oauth2/token?appName=maple"_s);

        // Switching to PowerSchool brings its page size and client authentication along.
        preset->setCurrentIndex(preset->findData(u"powerschool"_s));
        const RestSourceSettings s = dialog.edited().source.rest;
        QCOMPARE(s.vendor, u"powerschool"_s);
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QCOMPARE(s.pageSize, 1000);
        QCOMPARE(s.clientAuth, ClientAuthMethod::Basic);
    }

    void settingsDialogTakesTheNewVendorsPreset()
    {
        Profile p;
        p.name = u"District"_s;
        p.source.kind = SourceKind::Rest;
        p.source.rest.baseUrl = base();
        p.source.rest.tokenUrl = base() + u"/oauth/token"_s;
        p.source.rest.clientId = u"rb"_s;
        p.source.rest.pageSize = 250;
        ProfileSettingsDialog dialog(p, m_secrets.get(), path(u"dialog/profiles"_s));
        auto *preset = child<QComboBox>(dialog, u"sisPreset"_s);
        preset->setCurrentIndex(preset->findData(u"aeries"_s));

        const VendorPreset aeries = *VendorPreset::find(u"aeries"_s);
        const RestSourceSettings s = dialog.edited().source.rest;
        QCOMPARE(s.vendor, u"aeries"_s);
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QCOMPARE(s.scopes, aeries.defaultScopes);
        QVERIFY(s.replayCookies);
        QCOMPARE(s.tokenUrl, aeries.tokenUrlFor(base()));
        // What the preset has no value for stays as the admin set it.
        QCOMPARE(s.pageSize, 250);
        QCOMPARE(s.clientId, u"rb"_s);
    }
};

QTEST_MAIN(TestUiWizardRest)
#include "tst_ui_wizard_rest.moc"
