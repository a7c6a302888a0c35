#include "SftpSettings.h"

#include "common/JsonSettingsReader.h"

#include <QJsonValue>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

const QStringList kSecretKeys = {u"password"_s, u"passphrase"_s, u"keyPassphrase"_s, u"secret"_s};

} // namespace

QJsonObject SftpSettings::toJson() const
{
    QJsonObject o;
    o.insert(u"host"_s, host);
    o.insert(u"port"_s, port);
    o.insert(u"username"_s, username);
    o.insert(u"authType"_s, authType == SftpAuthType::PublicKey ? u"publicKey"_s : u"password"_s);
    if (!privateKeyFile.isEmpty())
        o.insert(u"privateKeyFile"_s, privateKeyFile);
    o.insert(u"hostKeyFingerprint"_s, hostKeyFingerprint);
    o.insert(u"trustOnFirstUse"_s, trustOnFirstUse);
    o.insert(u"remoteFolder"_s, remoteFolder);
    o.insert(u"connectTimeoutMs"_s, connectTimeoutMs);
    o.insert(u"ioTimeoutMs"_s, ioTimeoutMs);
    return o;
}

SftpSettings SftpSettings::fromJson(const QJsonObject &json, Findings *findings,
                                    const QString &file)
{
    SftpSettings s;
    const JsonSettingsReader r(json, findings, file);
    static const QStringList known = {u"host"_s,
                                      u"port"_s,
                                      u"username"_s,
                                      u"authType"_s,
                                      u"privateKeyFile"_s,
                                      u"hostKeyFingerprint"_s,
                                      u"trustOnFirstUse"_s,
                                      u"remoteFolder"_s,
                                      u"connectTimeoutMs"_s,
                                      u"ioTimeoutMs"_s};
    r.checkKeys(known, kSecretKeys);

    r.readString(u"host"_s, &s.host);
    r.readInt(u"port"_s, 1, 65535, &s.port);
    r.readString(u"username"_s, &s.username);
    QString text;
    r.readString(u"authType"_s, &text);
    if (text == u"publicKey")
        s.authType = SftpAuthType::PublicKey;
    else if (text == u"password" || text.isEmpty())
        s.authType = SftpAuthType::Password;
    else
        r.bad(u"authType"_s, tr("\"%1\" is not an authentication type; use password or "
                                "publicKey")
                                 .arg(text));
    r.readString(u"privateKeyFile"_s, &s.privateKeyFile);
    r.readString(u"hostKeyFingerprint"_s, &s.hostKeyFingerprint);
    if (!s.hostKeyFingerprint.isEmpty() && !s.hostKeyFingerprint.startsWith(u"SHA256:")) {
        r.bad(u"hostKeyFingerprint"_s,
              tr("must be a SHA256 fingerprint as ssh-keygen -lf prints it (SHA256:...)"));
        s.hostKeyFingerprint.clear();
    }
    r.readBool(u"trustOnFirstUse"_s, &s.trustOnFirstUse);
    r.readString(u"remoteFolder"_s, &s.remoteFolder);
    r.readInt(u"connectTimeoutMs"_s, 100, 600000, &s.connectTimeoutMs);
    r.readInt(u"ioTimeoutMs"_s, 100, 3600000, &s.ioTimeoutMs);
    return s;
}

bool SftpSettings::validate(Findings *findings, const QString &file) const
{
    const qint64 before = findings->errorCount();
    if (host.isEmpty())
        findings->error(file, 0, u"host"_s, tr("the server name is missing"), u"settings.value"_s);
    if (username.isEmpty())
        findings->error(file, 0, u"username"_s, tr("the user name is missing"),
                        u"settings.value"_s);
    if (authType == SftpAuthType::PublicKey && privateKeyFile.isEmpty())
        findings->error(file, 0, u"privateKeyFile"_s,
                        tr("public-key login needs a private key file"), u"settings.value"_s);
    if (port < 1 || port > 65535)
        findings->error(file, 0, u"port"_s, tr("must be a whole number from 1 to 65535"),
                        u"settings.value"_s);
    return findings->errorCount() == before;
}

QString SftpSettings::displayHost() const
{
    return port == 22 ? host : QString(host % u':' % QString::number(port));
}

} // namespace rb
