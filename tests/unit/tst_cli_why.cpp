#include "ResultCheck.h"
#include "TestSupport.h"

#include "store/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `rosterbridge why`: every answer names the rule and the source row, or where the record was
// sent, on a district whose second export a school filter, an exclusion rule and a student who
// left the SIS change.
class TestCliWhy : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    Profile m_profile;

    static QByteArray both(const ProcessResult &r) { return QByteArray(r.out + r.err); }
    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString exportDir() const { return path(u"export"_s); }

    ProcessResult app(const QStringList &args)
    {
        return run(appBinary(), args + QStringList{u"--profiles-dir"_s, path(u"config/profiles"_s),
                                                   u"--config-dir"_s, path(u"config"_s),
                                                   u"--data-dir"_s, path(u"data"_s)});
    }
    ProcessResult why(const QString &id, const QStringList &more = {})
    {
        return app(QStringList{u"why"_s, id, u"--profile"_s, u"Why District"_s} + more);
    }

    // Drops every line of the export's file that mentions the id.
    bool removeLines(const QString &file, const QByteArray &id)
    {
        QFile f(QDir(exportDir()).filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        QByteArrayList kept;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.contains(id))
                kept << line;
        }
        f.close();
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(kept.join('\n')) > 0;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s,
                                         u"--folder"_s, exportDir()})
                     .exitCode,
                 0);
        QVERIFY(QDir().mkpath(path(u"deliveries"_s)));
        m_profile = Profile::create(u"Why District"_s);
        m_profile.source.kind = SourceKind::Csv;
        m_profile.source.path = exportDir();
        m_profile.conversion.filters.runDate = QDate(2026, 9, 1);
        m_profile.conversion.filters.activeTermsOnly = true;
        m_profile.destination.kind = DestinationKind::Folder;
        m_profile.destination.folder = path(u"deliveries"_s);
        m_profile.needsFirstRunApproval = false;
        QVERIFY_OK(ProfileStore(path(u"config/profiles"_s)).save(m_profile));
    }

    void answersBeforeAnyRun()
    {
        const ProcessResult r = why(u"stu-000021"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(both(r).contains("no runs yet"), both(r).constData());
        QCOMPARE(app({u"why"_s, u"stu-000021"_s}).exitCode, 2);
        QCOMPARE(app({u"why"_s, u"--profile"_s, u"Why District"_s}).exitCode, 2);
    }

    void firstDelivery()
    {
        ProcessResult r = app({u"run"_s, u"--profile"_s, u"Why District"_s});
        QVERIFY2(r.exitCode == 0, both(r).constData());

        r = why(u"stu-000021"_s);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("stu-000021 is sent in run 1: students.csv line"),
                 r.out.constData());

        // Its only term ended in December 2025: "active terms only" leaves it out.
        r = why(u"cls-00004"_s);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("cls-00004 is not sent in run 1: none of its terms is current"),
                 r.out.constData());
        QVERIFY2(r.out.contains("Rule: Term ended"), r.out.constData());
        QVERIFY2(r.out.contains("Source: classes.csv line 5: status=active"), r.out.constData());
        QVERIFY2(r.out.contains("trm-2026-1"), r.out.constData());

        r = why(u"nobody-here"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("nobody-here is nowhere in run 1's data"), r.out.constData());
    }

    void secondExportExplainsEveryRemoval()
    {
        Profile p = m_profile;
        p.conversion.filters.schools = {u"sch-0001"_s};
        p.conversion.filters.exclusions.people = {u"stu-000001"_s};
        QVERIFY_OK(ProfileStore(path(u"config/profiles"_s)).save(p));
        for (const QString &file : {u"users.csv"_s, u"roles.csv"_s, u"enrollments.csv"_s})
            QVERIFY(removeLines(file, "stu-000003"));

        // A whole school goes: the safety check holds the package for review.
        ProcessResult r = app({u"run"_s, u"--profile"_s, u"Why District"_s});
        QVERIFY2(r.exitCode == 3, both(r).constData());

        r = why(u"stu-000021"_s);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("stu-000021 is not sent in run 2: none of their schools"),
                 r.out.constData());
        QVERIFY2(r.out.contains("Rule: No school sent"), r.out.constData());
        QVERIFY2(r.out.contains("Source: users.csv line"), r.out.constData());

        r = why(u"cls-00007"_s);
        QVERIFY2(r.out.contains("its school, Martin Luther King, Jr. Secondary School (sch-0002), "
                                "is not among the profile's schools"),
                 r.out.constData());
        QVERIFY2(r.out.contains("Rule: School filter"), r.out.constData());

        r = why(u"sch-0002"_s);
        QVERIFY2(r.out.contains("Rule: School filter"), r.out.constData());

        r = why(u"stu-000001"_s);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("Rule: Exclusion rule"), r.out.constData());
        QVERIFY2(r.out.contains("people \"stu-000001\""), r.out.constData());

        r = why(u"stu-000003"_s);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("The delivery before it had it in students.csv line"),
                 r.out.constData());
        QVERIFY2(r.out.contains("Rule: Left the export"), r.out.constData());

        // A roster row of the last delivery goes with its class.
        r = why(u"enr-0000117"_s);
        QVERIFY2(r.exitCode == 0, both(r).constData());
        QVERIFY2(r.out.contains("Rule: Class not sent"), r.out.constData());

        r = why(u"stu-000021"_s, {u"--run"_s, u"1"_s});
        QVERIFY2(r.out.contains("stu-000021 is sent in run 1"), r.out.constData());
        r = why(u"stu-000021"_s, {u"--run"_s, u"99"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Run 99 is not a run of Why District"), r.err.constData());
        QCOMPARE(why(u"stu-000021"_s, {u"--run"_s, u"x"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliWhy)
#include "tst_cli_why.moc"
