#pragma once

#include "store/Profile.h"

#include <QDialog>
#include <QTemporaryDir>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace rb {

class AccountSettingsWidget;
class CsvSourceWidget;
class DestinationWidget;
class FilterChooser;
class FilterSettingsWidget;
class RestTestPanel;
class NotificationSettingsWidget;
class ProfileSaver;
class SafetySettingsWidget;
class ScheduleSettingsWidget;
class SecretStore;
struct SftpSecrets;
struct SftpSettings;
class SisConnectionWidget;
class SisCredentialsWidget;
class SisRefreshWidget;
class SisTokenWidget;

// Edits a saved profile with the same widgets as the setup wizard, one tab per concern.
// Password fields start empty and mean "unchanged"; a value typed in replaces the one in the
// keychain. Saving writes the secrets first, then the profile (ProfileSaver), and reports back
// without blocking.
class ProfileSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileSettingsDialog(const Profile &profile, SecretStore *secrets,
                          const QString &profilesFolder, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The profile as the fields now say.
    Profile edited() const;
    // Starts saving; saved() or the error label follows.
    void saveAndClose();

Q_SIGNALS:
    void saved(const QString &profileId);

private:
    // The tests of the SFTP tabs use what is typed, or else what the keychain holds.
    void withSecrets(const SftpSettings &settings, const SftpSecrets &typed,
                     QLatin1String passwordName, QLatin1String passphraseName,
                     const std::function<void(const SftpSecrets &)> &start);
    // The SIS client secret as typed, or else as the keychain holds it.
    void withClientSecret(const std::function<void(const QString &)> &start);
    void testSource();
    void testSis();
    void listFromSis();
    void testDestination();

    Profile m_original;
    SecretStore *m_secrets;
    QTemporaryDir m_workFolder;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QCheckBox *m_keepBodies;
    QSpinBox *m_retention;
    SisConnectionWidget *m_sis = nullptr;
    SisCredentialsWidget *m_credentials = nullptr;
    SisTokenWidget *m_token = nullptr;
    SisRefreshWidget *m_refresh = nullptr;
    RestTestPanel *m_sisTest = nullptr;
    CsvSourceWidget *m_csv = nullptr;
    DestinationWidget *m_destination;
    FilterChooser *m_filterChooser;
    FilterSettingsWidget *m_filters;
    ScheduleSettingsWidget *m_schedule;
    AccountSettingsWidget *m_accounts;
    SafetySettingsWidget *m_safety;
    NotificationSettingsWidget *m_notifications;
    ProfileSaver *m_saver;
    QLabel *m_error;
};

} // namespace rb
