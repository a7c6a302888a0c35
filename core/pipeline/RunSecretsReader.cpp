#include "RunSecretsReader.h"

#include "store/SecretStore.h"

#include <QTimer>

namespace rb {

RunSecretsReader::RunSecretsReader(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &SecretStore::finished, this, &RunSecretsReader::onResult);
}

void RunSecretsReader::read(const QUuid &profileId, const QString &profileName,
                            const QStringList &names)
{
    m_profileId = profileId;
    m_profileName = profileName;
    m_names = names;
    m_secrets = {};
    QTimer::singleShot(0, this, &RunSecretsReader::next);
}

void RunSecretsReader::next()
{
    if (m_names.isEmpty()) {
        done(true, {});
        return;
    }
    m_request = m_store->read(m_profileId, m_names.first());
}

bool RunSecretsReader::mayBeEmpty(const QString &name)
{
    return name == SecretName::AsmKeyPassphrase || name == SecretName::SisSftpKeyPassphrase;
}

void RunSecretsReader::onResult(const SecretResult &result)
{
    if (m_request == 0 || result.requestId != m_request)
        return;
    m_request = 0;
    const QString name = m_names.takeFirst();
    const bool passphrase = mayBeEmpty(name);
    if (result.ok()) {
        m_secrets.values.insert(name, result.value);
    } else if (result.status == SecretStatus::NotFound && passphrase) {
        m_secrets.values.insert(name, QString());
    } else if (result.status == SecretStatus::NotFound) {
        const QString variable = SecretStore::environmentVariableFor(name);
        done(false,
             tr("The secret \"%1\" of the profile \"%2\" is not stored. Enter it in the "
                "profile's settings, or with: rosterbridge profile secret \"%2\" %1%3")
                 .arg(name, m_profileName,
                      variable.isEmpty() ? QString()
                                         : tr(" (or set %1 for unattended runs)").arg(variable)));
        return;
    } else {
        done(false, tr("The secret \"%1\" could not be read from the keychain: %2")
                        .arg(name, result.errorText));
        return;
    }
    next();
}

void RunSecretsReader::done(bool ok, const QString &error)
{
    const RunSecrets secrets = ok ? m_secrets : RunSecrets{};
    m_secrets = {};
    Q_EMIT finished(ok, secrets, error);
}

} // namespace rb
