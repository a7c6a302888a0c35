#include "ProfileSettingsDialog.h"

#include "oneroster/rest/VendorPreset.h"
#include "pipeline/RunSecretsReader.h"

#include "profile/AccountSettingsWidget.h"
#include "profile/CsvSourceWidget.h"
#include "profile/DestinationWidget.h"
#include "profile/DistrictSummary.h"
#include "profile/FilterChooser.h"
#include "profile/FilterSettingsWidget.h"
#include "profile/NotificationSettingsWidget.h"
#include "profile/ProfileSaver.h"
#include "profile/RestTestPanel.h"
#include "profile/SafetySettingsWidget.h"
#include "profile/ScheduleSettingsWidget.h"
#include "profile/SisConnectionWidget.h"
#include "profile/SisCredentialsWidget.h"
#include "profile/SisRefreshWidget.h"
#include "profile/SisTokenWidget.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <optional>

namespace rb {

namespace {
// Long pages scroll rather than push the dialog off a small screen.
QWidget *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}
} // namespace

ProfileSettingsDialog::ProfileSettingsDialog(const Profile &profile, SecretStore *secrets,
                                             const QString &profilesFolder, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_secrets(secrets)
    , m_tabs(new QTabWidget(this))
    , m_name(new QLineEdit(profile.name, this))
    , m_keepBodies(new QCheckBox(tr("Save request and response data in the history"), this))
    , m_retention(new QSpinBox(this))
    , m_destination(new DestinationWidget(this))
    , m_filterChooser(new FilterChooser(this))
    , m_filters(m_filterChooser->settings())
    , m_schedule(new ScheduleSettingsWidget(this))
    , m_accounts(new AccountSettingsWidget(this))
    , m_safety(new SafetySettingsWidget(this))
    , m_notifications(new NotificationSettingsWidget(this))
    , m_saver(new ProfileSaver(secrets, profilesFolder, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings of %1").arg(profile.name));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Profile name"));
    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Name:"), m_name);
    m_retention->setRange(1, 3650);
    m_retention->setSuffix(tr(" days"));
    m_retention->setValue(profile.retentionDays);
    m_retention->setAccessibleName(tr("Keep the run history for"));
    form->addRow(tr("&Keep run history for:"), m_retention);
    m_keepBodies->setChecked(profile.saveExchangeData);
    form->addRow(QString(), m_keepBodies);
    auto *note = new QLabel(tr("Password fields are empty on purpose: leave them empty to keep "
                               "what the keychain holds, or type a new one to replace it."),
                            general);
    note->setWordWrap(true);
    form->addRow(note);
    m_tabs->addTab(general, tr("General"));

    if (profile.source.kind == SourceKind::Rest) {
        // Three tabs, as the wizard has pages for them: each letter then leads to one field.
        m_sis = new SisConnectionWidget(this);
        m_credentials = new SisCredentialsWidget(this);
        m_credentials->setAdvancedShown(true);
        auto *signIn = new QWidget(this);
        auto *signInLayout = new QVBoxLayout(signIn);
        m_token = new SisTokenWidget(signIn);
        m_refresh = new SisRefreshWidget(signIn);
        signInLayout->addWidget(m_token);
        signInLayout->addWidget(m_refresh);
        signInLayout->addStretch();
        m_sis->load(profile);
        m_credentials->load(profile);
        m_token->load(profile);
        m_refresh->load(profile);
        // The other widgets save after m_sis, so they must show the new vendor's preset or
        // they would write the old vendor's scopes and cookie setting back over it.
        connect(m_sis, &SisConnectionWidget::presetChanged, this, [this](const QString &id) {
            Profile p = edited();
            if (const std::optional<VendorPreset> preset = VendorPreset::find(id))
                preset->applyDefaults(&p.source.rest);
            // The token URL it derived, over the one the token widget still holds.
            m_sis->save(&p);
            m_credentials->load(p);
            m_token->load(p);
            m_refresh->load(p);
        });
        // The wizard's test, with what the fields say now.
        auto *sisTab = new QWidget(this);
        auto *sisLayout = new QVBoxLayout(sisTab);
        m_sisTest = new RestTestPanel(sisTab);
        sisLayout->addWidget(m_sis);
        sisLayout->addWidget(m_sisTest);
        sisLayout->addStretch();
        connect(m_sisTest, &RestTestPanel::testRequested, this, &ProfileSettingsDialog::testSis);
        m_filterChooser->offerFetch(tr("&List the schools and roles from the SIS"));
        connect(m_filterChooser, &FilterChooser::fetchRequested, this,
                &ProfileSettingsDialog::listFromSis);
        m_tabs->addTab(scrolled(sisTab, this), tr("SIS"));
        m_tabs->addTab(scrolled(signIn, this), tr("Sign-in"));
        m_tabs->addTab(scrolled(m_credentials, this), tr("Advanced"));
    } else {
        m_csv = new CsvSourceWidget(this);
        m_csv->load(profile);
        connect(m_csv, &CsvSourceWidget::checkRequested, this, &ProfileSettingsDialog::testSource);
        // Checking the export lists its schools and roles, so the filters show them by name,
        // with counts, and a new role can be given its rule here.
        connect(m_csv, &CsvSourceWidget::checkFinished, this, [this](bool ok) {
            if (ok)
                m_filterChooser->readExport(m_csv->checkedPath(), m_csv->summary());
        });
        m_tabs->addTab(scrolled(m_csv, this), tr("SIS export"));
    }
    m_destination->load(profile);
    connect(m_destination, &DestinationWidget::testRequested, this,
            &ProfileSettingsDialog::testDestination);
    m_tabs->addTab(scrolled(m_destination, this), tr("Delivery"));
    // The names of the chosen schools are not in the profile; their ids stand in for them
    // until the district's data is read.
    QList<SchoolInfo> schools;
    for (const QString &id : profile.conversion.filters.schools)
        schools.append(SchoolInfo{id, id});
    m_filters->setSchools(schools);
    m_filters->load(profile);
    m_tabs->addTab(scrolled(m_filterChooser, this), tr("Filters"));
    m_accounts->load(profile);
    m_tabs->addTab(scrolled(m_accounts, this), tr("Accounts"));
    m_schedule->load(profile);
    m_tabs->addTab(scrolled(m_schedule, this), tr("Schedule"));
    m_safety->load(profile);
    m_tabs->addTab(scrolled(m_safety, this), tr("Safety"));
    m_notifications->load(profile);
    m_notifications->setStoredSecrets(secrets, profile.id);
    // Each password field kept in the keychain says so.
    const QStringList stored = secrets ? secrets->knownSecrets(profile.id) : QStringList();
    if (m_sis)
        m_sis->showStoredSecrets(stored);
    if (m_csv)
        m_csv->showStoredSecrets(stored);
    m_destination->showStoredSecrets(stored);
    m_notifications->showStoredSecrets(stored);
    m_tabs->addTab(scrolled(m_notifications, this), tr("Notifications"));
    // An export on this computer is read at once, so that the schools show by name, with
    // counts; one on an SFTP server waits for Check (it needs the password).
    if (m_csv && !m_csv->isSftp() && m_csv->isComplete())
        testSource();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileSettingsDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saver, &ProfileSaver::finished, this, [this, buttons](bool ok, const QString &error) {
        buttons->setEnabled(true);
        if (!ok) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        Q_EMIT saved(m_original.id.toString(QUuid::WithoutBraces));
        accept();
    });
    resize(760, 620);
}

Profile ProfileSettingsDialog::edited() const
{
    Profile p = m_original;
    p.name = m_name->text().trimmed().isEmpty() ? m_original.name : m_name->text().trimmed();
    p.saveExchangeData = m_keepBodies->isChecked();
    p.retentionDays = m_retention->value();
    if (m_sis) {
        m_sis->save(&p);
        m_credentials->save(&p);
        m_token->save(&p);
        m_refresh->save(&p);
    }
    if (m_csv)
        m_csv->save(&p);
    m_destination->save(&p);
    m_filters->save(&p);
    m_accounts->save(&p);
    m_schedule->save(&p);
    m_safety->save(&p);
    m_notifications->save(&p);
    return p;
}

void ProfileSettingsDialog::withSecrets(const SftpSettings &settings, const SftpSecrets &typed,
                                        QLatin1String passwordName, QLatin1String passphraseName,
                                        const std::function<void(const SftpSecrets &)> &start)
{
    const bool password = settings.authType == SftpAuthType::Password;
    if (!(password ? typed.password : typed.keyPassphrase).isEmpty()) {
        start(typed);
        return;
    }
    m_error->hide();
    auto *reader = new RunSecretsReader(m_secrets, this);
    connect(reader, &RunSecretsReader::finished, this,
            [this, reader, typed, password, passwordName, passphraseName,
             start](bool ok, const RunSecrets &stored, const QString &error) {
                reader->deleteLater();
                if (!ok) {
                    m_error->setText(error);
                    m_error->show();
                    return;
                }
                SftpSecrets secrets = typed;
                if (password)
                    secrets.password = stored.value(passwordName);
                else
                    secrets.keyPassphrase = stored.value(passphraseName);
                start(secrets);
            });
    reader->read(m_original.id, m_original.name,
                 {QString(password ? passwordName : passphraseName)});
}

void ProfileSettingsDialog::testSource()
{
    // Not isComplete(): an empty password field means the stored one here.
    const QString folder = m_workFolder.path();
    if (!m_csv->isSftp()) {
        m_csv->startCheck(folder);
        return;
    }
    withSecrets(edited().source.sftp, m_csv->secrets(), SecretName::SisSftpPassword,
                SecretName::SisSftpKeyPassphrase,
                [this, folder](const SftpSecrets &secrets) { m_csv->startCheck(folder, secrets); });
}

void ProfileSettingsDialog::withClientSecret(const std::function<void(const QString &)> &start)
{
    const QString typed = m_sis ? m_sis->clientSecret() : QString();
    if (!typed.isEmpty()) {
        start(typed);
        return;
    }
    m_error->hide();
    auto *reader = new RunSecretsReader(m_secrets, this);
    connect(reader, &RunSecretsReader::finished, this,
            [this, reader, start](bool ok, const RunSecrets &stored, const QString &error) {
                reader->deleteLater();
                if (!ok) {
                    m_error->setText(error);
                    m_error->show();
                    return;
                }
                start(stored.value(SecretName::SisClientSecret));
            });
    reader->read(m_original.id, m_original.name, {QString(SecretName::SisClientSecret)});
}

void ProfileSettingsDialog::testSis()
{
    const RestSourceSettings settings = edited().source.rest;
    withClientSecret(
        [this, settings](const QString &secret) { m_sisTest->start(settings, secret); });
}

void ProfileSettingsDialog::listFromSis()
{
    const RestSourceSettings settings = edited().source.rest;
    const QString folder =
        QDir(m_workFolder.path()).filePath(QUuid::createUuid().toString(QUuid::Id128));
    QDir().mkpath(folder);
    withClientSecret([this, settings, folder](const QString &secret) {
        m_filterChooser->fetchFromApi(settings, secret, folder);
    });
}

void ProfileSettingsDialog::testDestination()
{
    if (!m_destination->isAsm())
        return;
    withSecrets(edited().destination.sftp, m_destination->secrets(), SecretName::AsmPassword,
                SecretName::AsmKeyPassphrase,
                [this](const SftpSecrets &secrets) { m_destination->startTest(secrets); });
}

void ProfileSettingsDialog::saveAndClose()
{
    // Never a zone the admin cannot see chosen.
    if (!m_schedule->isComplete()) {
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_schedule->parentWidget()->parentWidget()));
        m_error->setText(m_schedule->chosenText());
        m_error->show();
        return;
    }
    QHash<QString, QString> secrets;
    const auto put = [&secrets](QLatin1String name, const QString &value) {
        if (!value.isEmpty())
            secrets.insert(QString(name), value);
    };
    if (m_sis)
        put(SecretName::SisClientSecret, m_sis->clientSecret());
    if (m_csv) {
        put(SecretName::SisSftpPassword, m_csv->secrets().password);
        put(SecretName::SisSftpKeyPassphrase, m_csv->secrets().keyPassphrase);
    }
    put(SecretName::AsmPassword, m_destination->secrets().password);
    put(SecretName::AsmKeyPassphrase, m_destination->secrets().keyPassphrase);
    put(SecretName::SmtpPassword, m_notifications->smtpPassword());
    put(SecretName::PseudonymKey, m_accounts->pseudonymKey());
    m_error->hide();
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->setEnabled(false);
    m_saver->save(edited(), secrets);
}

} // namespace rb
