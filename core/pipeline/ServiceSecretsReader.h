#pragma once

#include "store/Profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace rb {

class ProfileStore;
class SecretStore;

// Reads every secret every profile needs from the keychain, on the GUI thread, while the user
// is there, for the unattended service to be given sealed. finished() follows read() exactly
// once, never from inside it: credential name (ServiceCredentials) to value, or why not.
class ServiceSecretsReader : public QObject
{
    Q_OBJECT
public:
    explicit ServiceSecretsReader(SecretStore *store, QObject *parent = nullptr);

    void read(const ProfileStore &profiles);

Q_SIGNALS:
    void finished(bool ok, const QHash<QString, QString> &secrets, const QString &error);

private:
    void next();

    SecretStore *m_store;
    QList<Profile> m_left;
    QHash<QString, QString> m_secrets;
};

} // namespace rb
