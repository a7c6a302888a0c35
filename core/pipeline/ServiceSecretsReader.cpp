#include "ServiceSecretsReader.h"

#include "RunSecretsReader.h"
#include "service/ServiceCredentials.h"
#include "store/ProfileStore.h"

namespace rb {

ServiceSecretsReader::ServiceSecretsReader(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void ServiceSecretsReader::read(const ProfileStore &profiles)
{
    m_left = profiles.loadAll().profiles;
    m_secrets.clear();
    // Queued, so that finished() never comes from inside read().
    QMetaObject::invokeMethod(this, &ServiceSecretsReader::next, Qt::QueuedConnection);
}

void ServiceSecretsReader::next()
{
    if (m_left.isEmpty()) {
        Q_EMIT finished(true, m_secrets, {});
        return;
    }
    // One profile after another: the keychain answers one job at a time anyway.
    const Profile p = m_left.takeFirst();
    auto *reader = new RunSecretsReader(m_store, this);
    connect(reader, &RunSecretsReader::finished, this,
            [this, reader, id = p.id](bool ok, const RunSecrets &values, const QString &error) {
                reader->deleteLater();
                if (!ok) {
                    m_left.clear();
                    Q_EMIT finished(false, {}, error);
                    return;
                }
                for (auto it = values.values.begin(); it != values.values.end(); ++it) {
                    if (!it.value().isEmpty())
                        m_secrets.insert(ServiceCredentials::credentialName(id, it.key()),
                                         it.value());
                }
                next();
            });
    reader->read(p.id, p.name, p.requiredSecrets());
}

} // namespace rb
