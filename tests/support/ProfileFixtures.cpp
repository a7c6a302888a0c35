#include "ProfileFixtures.h"

#include "store/AppPaths.h"

#include <QTest>

namespace rb::test {

Profile restProfileNeedingSecret(const QString &name)
{
    Profile p = Profile::create(name);
    p.source.kind = SourceKind::Rest;
    p.source.rest.baseUrl = QStringLiteral("https://sis.example.org");
    p.source.rest.clientId = QStringLiteral("rb");
    return p;
}

SecretResult readSecretNow(const QString &configDir, const QUuid &id, const QString &name)
{
    SecretStore store(AppPaths::secretsIndexFolder(configDir));
    SecretResult result;
    bool done = false;
    QObject::connect(&store, &SecretStore::finished, &store, [&](const SecretResult &r) {
        result = r;
        done = true;
    });
    store.read(id, name);
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.errorText = QStringLiteral("no answer from the keychain");
    return result;
}

} // namespace rb::test
