#pragma once

#include "store/SecretStore.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace rb {

class ProfileStore;

// `rosterbridge profile secret` and `profile remove`: the profile actions that reach the system
// keychain. The keychain answers asynchronously, so each runs the event loop until it has.
// A secret's value is only ever read from standard input and never printed.
class ProfileSecretsCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileSecretsCommand)
public:
    // args: "secret", the profile's name or id, the secret's name. Stores the value read from
    // standard input, or with remove deletes the secret.
    static int secret(const ProfileStore &store, const QString &configFolder,
                      const QStringList &args, bool remove);
    // args: "remove", the profile's name or id. Deletes the profile's file, then its secrets;
    // an unavailable keychain leaves the secrets (with a warning), not the profile.
    static int remove(const ProfileStore &store, const QString &configFolder,
                      const QStringList &args);

    // Runs the event loop until the store answers the request that start() makes. The answer
    // always comes from the event loop, never from inside start().
    static SecretResult awaitAnswer(SecretStore &store, const std::function<quint64()> &start);
};

} // namespace rb
