#include "ProfileSecretsCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;

const QStringList kSecretNames = {SecretName::SisClientSecret,      SecretName::SisSftpPassword,
                                  SecretName::SisSftpKeyPassphrase, SecretName::AsmPassword,
                                  SecretName::AsmKeyPassphrase,     SecretName::SmtpPassword,
                                  SecretName::PseudonymKey};

// The whole of standard input, less one line ending, so that `echo` and files both work.
QString readValue()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    if (data.endsWith('\n')) {
        data.chop(1);
        if (data.endsWith('\r'))
            data.chop(1);
    }
    const QString value = QString::fromUtf8(data);
    data.fill('\0');
    return value;
}

bool keychainUnavailable(SecretStatus status)
{
    return status == SecretStatus::NoKeychain || status == SecretStatus::Locked ||
           status == SecretStatus::TimedOut;
}

void reportFailure(const SecretResult &result, const QString &name)
{
    err() << result.errorText << Qt::endl;
    // Every secret name has a variable that stands in for the keychain in unattended runs.
    if (keychainUnavailable(result.status))
        err() << ProfileSecretsCommand::tr("Unattended runs can take this secret from the "
                                           "environment variable %1 instead.")
                     .arg(SecretStore::environmentVariableFor(name))
              << Qt::endl;
}

} // namespace

SecretResult ProfileSecretsCommand::awaitAnswer(SecretStore &store,
                                                const std::function<quint64()> &start)
{
    SecretResult result;
    quint64 id = 0;
    QObject context;
    QObject::connect(&store, &SecretStore::finished, &context, [&](const SecretResult &r) {
        if (r.requestId != id)
            return;
        result = r;
        QCoreApplication::quit();
    });
    id = start();
    QCoreApplication::exec();
    return result;
}

int ProfileSecretsCommand::secret(const ProfileStore &store, const QString &configFolder,
                                  const QStringList &args, bool remove)
{
    if (args.size() != 3) {
        err() << tr("secret needs a profile name or id and the secret's name, such as: "
                    "profile secret \"North District\" asmPassword < password.txt")
              << Qt::endl;
        return ExitUsage;
    }
    const QString key = args.at(1);
    const QString name = args.at(2);
    const std::optional<Profile> profile = store.loadAll().find(key);
    QUuid id = profile ? profile->id : QUuid();
    // A removed profile's leftover secrets can still be deleted by its id.
    if (!profile && remove)
        id = QUuid::fromString(key);
    if (id.isNull()) {
        err() << tr("No single profile is named or has the id \"%1\".").arg(key) << Qt::endl;
        return ExitFailed;
    }
    const QString label = profile ? profile->name : id.toString(QUuid::WithoutBraces);
    const QStringList valid = profile && !remove ? profile->requiredSecrets() : kSecretNames;
    if (!valid.contains(name)) {
        if (valid.isEmpty())
            err() << tr("\"%1\" needs no secret with its current settings.").arg(label) << Qt::endl;
        else
            err() << tr("\"%1\" is not a secret of \"%2\"; use one of: %3.")
                         .arg(name, label, valid.join(u", "_s))
                  << Qt::endl;
        return ExitUsage;
    }

    SecretStore secrets(AppPaths::secretsIndexFolder(configFolder));
    SecretResult result;
    if (remove) {
        result = awaitAnswer(secrets, [&] { return secrets.remove(id, name); });
    } else {
        QString value = readValue();
        if (value.isEmpty()) {
            err() << tr("The value of %1 is read from standard input, which was empty; nothing "
                        "was stored.")
                         .arg(name)
                  << Qt::endl;
            return ExitUsage;
        }
        result = awaitAnswer(secrets, [&] { return secrets.write(id, name, value); });
        value.fill(u'\0');
    }
    if (!result.ok()) {
        reportFailure(result, name);
        return ExitFailed;
    }
    out() << (remove ? tr("Removed %1 of \"%2\" from the system keychain.")
                     : tr("Stored %1 for \"%2\" in the system keychain."))
                 .arg(name, label)
          << Qt::endl;
    return ExitOk;
}

int ProfileSecretsCommand::remove(const ProfileStore &store, const QString &configFolder,
                                  const QStringList &args)
{
    if (args.size() != 2) {
        err() << tr("remove needs the profile's name or id.") << Qt::endl;
        return ExitUsage;
    }
    const std::optional<Profile> profile = store.loadAll().find(args.at(1));
    if (!profile) {
        err() << tr("No single profile is named or has the id \"%1\".").arg(args.at(1)) << Qt::endl;
        return ExitFailed;
    }
    const QString id = profile->id.toString(QUuid::WithoutBraces);
    // The file goes first: secrets without a profile are harmless, a profile without its
    // secrets would fail its next run.
    if (const Result<void> removed = store.remove(profile->id); !removed) {
        err() << removed.error() << Qt::endl;
        return ExitFailed;
    }
    SecretStore secrets(AppPaths::secretsIndexFolder(configFolder));
    const QStringList names = secrets.knownSecrets(profile->id);
    const SecretResult result =
        awaitAnswer(secrets, [&] { return secrets.removeProfileSecrets(profile->id); });
    if (!result.ok()) {
        out() << tr("Removed the profile \"%1\" (%2).").arg(profile->name, id) << Qt::endl;
        err() << tr("Warning: its secrets were left in the system keychain (%1). Remove them "
                    "later with: rosterbridge profile secret %2 NAME --remove")
                     .arg(secrets.knownSecrets(profile->id).join(u", "_s), id)
              << Qt::endl;
        err() << result.errorText << Qt::endl;
        return ExitOk;
    }
    out() << tr("Removed the profile \"%1\" (%2) and %n secret(s) from the system keychain.",
                nullptr, int(names.size()))
                 .arg(profile->name, id)
          << Qt::endl;
    return ExitOk;
}

} // namespace rb
