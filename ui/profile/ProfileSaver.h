#pragma once

#include "store/Profile.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

namespace rb {

class SecretStore;
struct SecretResult;

// Stores a new profile: first the secrets it needs in the keychain, then, once every write
// has succeeded, the profile file. A keychain failure leaves no profile behind, so the admin
// can fix the keychain and try again. finished() follows once per save(), never from inside it.
class ProfileSaver : public QObject
{
    Q_OBJECT
public:
    ProfileSaver(SecretStore *secrets, QString profilesFolder, QObject *parent = nullptr);

    // secrets: by rb::SecretName; only the profile's requiredSecrets() with a value are written.
    void save(const Profile &profile, const QHash<QString, QString> &secrets);
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void secretWritten(const SecretResult &result);
    void finish(bool ok, const QString &error);
    void saveProfile();

    SecretStore *m_secrets;
    QString m_profilesFolder;
    Profile m_profile;
    QSet<quint64> m_pending;
    QString m_error;
    bool m_saving = false;
};

} // namespace rb
