#pragma once

#include "store/Profile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace rb {

// An SFTP login: host, port, user, password or key file with its passphrase, and (for a SIS
// export) the remote file or folder. The same widget edits Apple School Manager's upload
// account (profile.destination.sftp) and a SIS's export server (profile.source.sftp). The
// password and passphrase are kept apart and never saved in the profile. The pinned host key
// is not edited here: it changes only through a confirmed connection test.
class SftpSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    enum class Role { AsmDelivery, SisExport };

    explicit SftpSettingsWidget(Role role, QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    // The settings as entered, with the host key pinned last (cleared when the host changes).
    SftpSettings settings() const;
    SftpSecrets secrets() const;
    void setSecrets(const SftpSecrets &secrets);
    QString remotePath() const;
    void setPinnedFingerprint(const QString &fingerprint);
    // names: the profile's secrets in the keychain; their fields say they are kept.
    void showStoredSecrets(const QStringList &names);
    QString pinnedFingerprint() const { return m_pinned; }
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }

Q_SIGNALS:
    void changed();
    // Host or port changed: a host key checked before belongs to another server.
    void serverChanged();

private:
    void updateAuthRows();
    const SftpSettings &part(const Profile &profile) const;

    Role m_role;
    QFormLayout *m_form;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QComboBox *m_authType;
    QLineEdit *m_password;
    QWidget *m_keyRow;
    QLineEdit *m_keyFile;
    QLineEdit *m_passphrase;
    QLineEdit *m_remotePath;
    QString m_pinned;
    // Settings this widget does not show (timeouts, remote folder) survive a load/save.
    SftpSettings m_loaded;
};

} // namespace rb
