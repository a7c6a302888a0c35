#pragma once

#include "store/Profile.h"
#include "store/SecretStore.h"

namespace rb::test {

// A REST profile that needs sisClientSecret; its server is never reached.
Profile restProfileNeedingSecret(const QString &name);

// Reads a secret through the keychain in this process, as the app would, and waits for it.
SecretResult readSecretNow(const QString &configDir, const QUuid &id, const QString &name);

} // namespace rb::test
