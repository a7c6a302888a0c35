#pragma once

#include "RunRequest.h"

#include <QObject>
#include <QStringList>
#include <QUuid>

namespace rb {

class SecretStore;
struct SecretResult;

// Reads the secrets a run needs from the keychain, one after another, on the GUI thread.
// finished() follows read() exactly once, never from inside it. A key passphrase that is not
// stored counts as empty (the key may have none); any other missing secret stops the run with
// a message that says how to supply it.
class RunSecretsReader : public QObject
{
    Q_OBJECT
public:
    explicit RunSecretsReader(SecretStore *store, QObject *parent = nullptr);

    void read(const QUuid &profileId, const QString &profileName, const QStringList &names);
    // A key passphrase: not stored (or not set) means the key has none.
    static bool mayBeEmpty(const QString &name);

Q_SIGNALS:
    void finished(bool ok, const rb::RunSecrets &secrets, const QString &error);

private:
    void next();
    void onResult(const rb::SecretResult &result);
    void done(bool ok, const QString &error);

    SecretStore *m_store;
    QUuid m_profileId;
    QString m_profileName;
    QStringList m_names;
    RunSecrets m_secrets;
    quint64 m_request = 0;
};

} // namespace rb
