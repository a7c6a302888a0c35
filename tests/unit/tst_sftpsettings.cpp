// SFTP settings as JSON: round trip, bad values named by key, secrets refused.
#include "delivery/SftpSettings.h"
#include "delivery/TransferResult.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rb {

class TestSftpSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const SftpSettings s;
        QCOMPARE(s.port, 22);
        QVERIFY(!s.trustOnFirstUse);
        QVERIFY(s.remoteFolder.isEmpty());
        QVERIFY(s.hostKeyFingerprint.isEmpty());
    }

    void roundTrip()
    {
        SftpSettings s;
        s.host = u"upload.appleschoolcontent.com"_s;
        s.username = u"abc@sftp.apple.com"_s;
        s.authType = SftpAuthType::PublicKey;
        s.privateKeyFile = u"/keys/id_ed25519"_s;
        s.hostKeyFingerprint = u"SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"_s;
        s.trustOnFirstUse = true;
        s.remoteFolder = u"dropbox"_s;
        s.connectTimeoutMs = 2000;
        s.ioTimeoutMs = 3000;
        Findings findings;
        const SftpSettings back = SftpSettings::fromJson(s.toJson(), &findings);
        QCOMPARE(findings.totalCount(), 0);
        QCOMPARE(back.toJson(), s.toJson());
        QVERIFY(back.validate(&findings));
    }

    void badValuesNameTheirKey()
    {
        const QJsonObject json{{u"host"_s, 5},
                               {u"port"_s, 70000},
                               {u"authType"_s, u"kerberos"_s},
                               {u"hostKeyFingerprint"_s, u"MD5:62:e8"_s},
                               {u"trustOnFirstUse"_s, u"yes"_s},
                               {u"ioTimeoutMs"_s, 1.5},
                               {u"colour"_s, u"red"_s},
                               {u"password"_s, u"secret"_s}};
        Findings findings;
        const SftpSettings s = SftpSettings::fromJson(json, &findings);
        QStringList errors;
        QStringList warnings;
        for (const Finding &f : findings.kept())
            (f.severity == Severity::Error ? errors : warnings) << f.field;
        errors.sort();
        warnings.sort();
        QCOMPARE(errors, (QStringList{u"authType"_s, u"host"_s, u"hostKeyFingerprint"_s,
                                      u"ioTimeoutMs"_s, u"port"_s, u"trustOnFirstUse"_s}));
        QCOMPARE(warnings, (QStringList{u"colour"_s, u"password"_s}));
        QVERIFY(!s.toJson().contains(u"password"_s));
        QCOMPARE(s.port, 22);
    }

    void validateNamesMissingValues()
    {
        SftpSettings s;
        s.authType = SftpAuthType::PublicKey;
        Findings findings;
        QVERIFY(!s.validate(&findings));
        QStringList fields;
        for (const Finding &f : findings.kept())
            fields << f.field;
        QCOMPARE(fields, (QStringList{u"host"_s, u"username"_s, u"privateKeyFile"_s}));
    }

    void resultJson()
    {
        TransferResult r;
        r.error = TransferError::HostKeyChanged;
        r.message = u"changed"_s;
        r.operations.append(SftpOperation{u"handshake"_s, u"x"_s, true, 12, 0});
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(u"error"_s).toString(), u"hostKeyChanged"_s);
        QCOMPARE(o.value(u"operations"_s).toArray().size(), 1);
    }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestSftpSettings)
#include "tst_sftpsettings.moc"
