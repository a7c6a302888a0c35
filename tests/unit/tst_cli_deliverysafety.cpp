#include "ResultCheck.h"
#include "TestSupport.h"

#include "store/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The removal check is never lost and an approval delivers only what was reviewed, tried with
// `rosterbridge run` as an admin would: a history moved away or another data folder, two
// processes on one profile, a held package replaced before it was approved.
class TestCliDeliverySafety : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_export;
    QString m_otherExport; // another district: a delivery with other content

    static QByteArray both(const ProcessResult &r) { return QByteArray(r.out + r.err); }

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString profilesDir() const { return path(u"config/profiles"_s); }
    QString deliveries() const { return path(u"deliveries"_s); }
    int delivered() const { return int(QDir(deliveries()).entryList(QDir::Files).size()); }

    ProcessResult app(const QStringList &args, const QString &dataDir)
    {
        return run(appBinary(),
                   args + QStringList{u"--profiles-dir"_s, profilesDir(), u"--config-dir"_s,
                                      path(u"config"_s), u"--data-dir"_s, dataDir});
    }

    // A profile that has been approved once, as after its first delivery.
    Profile saveProfile(const QString &name)
    {
        Profile p = Profile::create(name);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_export;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = deliveries();
        p.needsFirstRunApproval = false;
        QString error;
        if (!ProfileStore(profilesDir()).save(p))
            qWarning() << error;
        return p;
    }

    QJsonObject heldMeta(const QString &dataDir, const Profile &p) const
    {
        QFile f(
            QDir(dataDir).filePath(u"held/"_s + p.id.toString(QUuid::WithoutBraces) + u".json"_s));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        m_export = path(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(),
                     {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, m_export})
                     .exitCode,
                 0);
        m_otherExport = path(u"tiny-other.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--seed"_s, u"8"_s,
                                         u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, m_otherExport})
                     .exitCode,
                 0);
        QVERIFY(QDir().mkpath(deliveries()));
    }

    void init() { QVERIFY(QDir(deliveries()).removeRecursively() && QDir().mkpath(deliveries())); }

    // The last delivery is remembered beside the profile, not in it, and another data folder
    // (or a history moved away) holds instead of delivering without a removal check.
    void anotherDataFolderHolds()
    {
        const Profile p = saveProfile(u"Moved History"_s);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        ProcessResult r = app({u"run"_s, u"--profile"_s, id}, path(u"data-a"_s));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(delivered(), 1);
        QFile state(QDir(profilesDir()).filePath(id + u".state"_s));
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QJsonObject last =
            QJsonDocument::fromJson(state.readAll()).object().value(u"lastDelivery"_s).toObject();
        QCOMPARE(last.value(u"sha256"_s).toString().size(), 64);
        r = app({u"profile"_s, u"export"_s, id, u"-o"_s, path(u"exported.json"_s)},
                path(u"data-a"_s));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile exported(path(u"exported.json"_s));
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(!exported.readAll().contains(last.value(u"sha256"_s).toString().toLatin1()));

        // The export changes; this folder has never delivered.
        Profile changed = p;
        changed.source.path = m_otherExport;
        QVERIFY_OK(ProfileStore(profilesDir()).save(changed));
        r = app({u"run"_s, u"--profile"_s, id}, path(u"data-b"_s));
        QVERIFY2(r.exitCode == 3, both(r).constData());
        QVERIFY2(both(r).contains("has delivered before"), both(r).constData());
        QCOMPARE(delivered(), 1);

        // Approved there, the other folder's history is no longer the last delivery.
        r = app({u"run"_s, u"--profile"_s, id, u"--approve-held"_s}, path(u"data-b"_s));
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QCOMPARE(delivered(), 2);
        r = app({u"run"_s, u"--profile"_s, id}, path(u"data-a"_s));
        QVERIFY2(r.exitCode == 3, both(r).constData());
        QVERIFY2(both(r).contains("is not the profile's last delivery"), both(r).constData());
        QCOMPARE(delivered(), 2);
        // Where the history is the last delivery's, the run passes on its own again.
        r = app({u"run"_s, u"--profile"_s, id}, path(u"data-b"_s));
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QCOMPARE(delivered(), 3);
    }

    // A second process on the same profile is refused even with another data folder, and
    // so is throwing away its held package.
    void oneProcessPerProfile()
    {
        const Profile p = saveProfile(u"Locked"_s);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        ProcessResult r = app({u"run"_s, u"--profile"_s, id, u"--dry-run"_s}, path(u"data-c"_s));
        QVERIFY2(r.exitCode == 4, both(r).constData());
        QVERIFY(!heldMeta(path(u"data-c"_s), p).isEmpty());

        QLockFile other(QDir(profilesDir()).filePath(id + u".lock"_s));
        QVERIFY(other.tryLock(0));
        r = app({u"run"_s, u"--profile"_s, id}, path(u"data-d"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(both(r).contains("Another RosterBridge process"), both(r).constData());
        r = app({u"run"_s, u"--profile"_s, id, u"--discard-held"_s}, path(u"data-c"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Another RosterBridge process"), r.err.constData());
        QVERIFY(!heldMeta(path(u"data-c"_s), p).isEmpty());
        QCOMPARE(delivered(), 0);

        other.unlock();
        r = app({u"run"_s, u"--profile"_s, id, u"--discard-held"_s}, path(u"data-c"_s));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(heldMeta(path(u"data-c"_s), p).isEmpty());
    }

    // --approve-held says which package it delivers, and refuses a package other than the
    // one named by --sha256 (what the review window showed).
    void approvesExactlyWhatWasReviewed()
    {
        Profile p = saveProfile(u"Reviewed"_s);
        p.needsFirstRunApproval = true;
        QVERIFY(ProfileStore(profilesDir()).save(p));
        const QString id = p.id.toString(QUuid::WithoutBraces);
        const QString data = path(u"data-e"_s);
        ProcessResult r = app({u"run"_s, u"--profile"_s, id}, data);
        QVERIFY2(r.exitCode == 3, both(r).constData());
        const QJsonObject meta = heldMeta(data, p);
        const QString sha = meta.value(u"sha256"_s).toString();
        QCOMPARE(sha.size(), 64);

        const QString other = QString(64, u'0');
        r = app({u"run"_s, u"--profile"_s, id, u"--approve-held"_s, u"--sha256"_s, other}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(both(r).contains("not the one that was reviewed"), both(r).constData());
        QCOMPARE(delivered(), 0);

        r = app({u"run"_s, u"--profile"_s, id, u"--approve-held"_s, u"--sha256"_s, sha}, data);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains(u"run %1"_s.arg(meta.value(u"runId"_s).toInteger()).toUtf8()) &&
                     r.out.contains(sha.toLatin1()),
                 r.out.constData());
        QCOMPARE(delivered(), 1);
    }

    // A package that breaks Apple's rules: exit 1, the kept package named, and nothing that
    // --approve-held could deliver.
    void blockedRunNamesItsPackage()
    {
        const QString folder = path(u"space-in-class-id"_s);
        QVERIFY(writeExportBreakingAppleRules(folder));
        Profile p = saveProfile(u"Blocked"_s);
        p.source.path = folder;
        QVERIFY(ProfileStore(profilesDir()).save(p));
        const QString id = p.id.toString(QUuid::WithoutBraces);
        const QString data = path(u"data-blocked"_s);
        ProcessResult r = app({u"run"_s, u"--profile"_s, id}, data);
        QCOMPARE(r.exitCode, 1);
        const QString kept = QDir(data).filePath(u"held/"_s + id + u".blocked.zip"_s);
        QVERIFY2(both(r).contains("Blocked by Apple's rules: 20 problems") &&
                     both(r).contains(QDir::toNativeSeparators(kept).toUtf8()),
                 both(r).constData());
        QVERIFY(QFileInfo::exists(kept));
        QCOMPARE(delivered(), 0);
        r = app({u"run"_s, u"--profile"_s, id, u"--approve-held"_s}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(both(r).contains("no package waiting for review"), both(r).constData());
        QCOMPARE(delivered(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliDeliverySafety)
#include "tst_cli_deliverysafety.moc"
