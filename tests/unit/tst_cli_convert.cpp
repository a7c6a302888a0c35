#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::test;

// The headless commands on generated districts, as a scheduled task would run them.
class TestCliConvert : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    const QString m_runDate = QStringLiteral("2026-09-01");

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QString generate(const QString &scale, const QString &version)
    {
        const QString zip = path(scale + u'-' + version + QStringLiteral(".zip"));
        if (QFileInfo::exists(zip))
            return zip;
        const auto r = run(generatorBinary(),
                           {QStringLiteral("--scale"), scale, QStringLiteral("--version"), version,
                            QStringLiteral("--seed"), QStringLiteral("7"),
                            QStringLiteral("--run-date"), m_runDate, QStringLiteral("-o"), zip});
        if (r.exitCode != 0)
            qFatal("generator failed: %s", r.err.constData());
        return zip;
    }

    ProcessResult convert(const QStringList &args)
    {
        return run(appBinary(), QStringList{QStringLiteral("convert")} + args);
    }

private slots:
    void convertsEveryGeneratedDistrict_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("version");
        for (const char *scale : {"tiny", "small"})
            for (const char *version : {"1.1", "1.2"})
                QTest::addRow("%s %s", scale, version)
                    << QString::fromLatin1(scale) << QString::fromLatin1(version);
    }
    void convertsEveryGeneratedDistrict()
    {
        QFETCH(QString, scale);
        QFETCH(QString, version);
        const QString input = generate(scale, version);
        const QString out = path(scale + version + QStringLiteral("-asm.zip"));
        const QString report = path(scale + version + QStringLiteral("-report.json"));
        const auto r = convert({input, QStringLiteral("-o"), out, QStringLiteral("--run-date"),
                                m_runDate, QStringLiteral("--report"), report});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Wrote"));
        const auto v = run(appBinary(), {QStringLiteral("validate"), out});
        QVERIFY2(v.exitCode == 0, v.out.constData());
        QVERIFY(v.out.contains("Valid:"));

        const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("written"));
        const QJsonObject rows = json.value(QStringLiteral("rows")).toObject();
        QVERIFY(rows.value(QStringLiteral("students.csv")).toInteger() > 0);
        QVERIFY(rows.value(QStringLiteral("rosters.csv")).toInteger() > 0);
        // The generator puts a class with 17 teachers in every district: ASM takes 15.
        const QString all = QString::fromUtf8(r.err);
        QVERIFY2(all.contains(u"teachers; Apple School Manager takes at most 15"),
                 r.err.constData());
        const auto classes = readAsmTable(out, rb::AsmTable::Classes);
        QVERIFY(classes.at(0).contains("instructor_id_15"));
        QVERIFY(!classes.at(0).contains("instructor_id_16"));
    }

    void sameDistrictInBothVersionsGivesTheSameZip()
    {
        const QString a = path(QStringLiteral("same11.zip"));
        const QString b = path(QStringLiteral("same12.zip"));
        QCOMPARE(convert({generate(QStringLiteral("small"), QStringLiteral("1.1")),
                          QStringLiteral("-o"), a, QStringLiteral("--run-date"), m_runDate})
                     .exitCode,
                 0);
        QCOMPARE(convert({generate(QStringLiteral("small"), QStringLiteral("1.2")),
                          QStringLiteral("-o"), b, QStringLiteral("--run-date"), m_runDate})
                     .exitCode,
                 0);
        for (rb::AsmTable t : rb::kAsmTables)
            QCOMPARE(readAsmTable(a, t), readAsmTable(b, t));
    }

    void badInputWritesNothing()
    {
        const QString dir = path(QStringLiteral("broken"));
        QDir().mkpath(dir);
        copyFolder(oneRosterFixture(QStringLiteral("v11-basic")), dir);
        QByteArray users = readFile(dir + QStringLiteral("/users.csv"));
        writeFile(dir + QStringLiteral("/users.csv"), users.replace("givenName", "given_name"));
        const QString out = path(QStringLiteral("broken.zip"));
        const auto r = convert({dir, QStringLiteral("-o"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("error: users.csv:1: givenName: required column is missing"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void usageErrors()
    {
        QCOMPARE(convert({}).exitCode, 2);
        QCOMPARE(convert({QStringLiteral("in.zip")}).exitCode, 2);
        QCOMPARE(convert({QStringLiteral("in.zip"), QStringLiteral("-o"), QStringLiteral("x.zip"),
                          QStringLiteral("--run-date"), QStringLiteral("tomorrow")})
                     .exitCode,
                 2);
        QCOMPARE(run(appBinary(), {QStringLiteral("validate")}).exitCode, 2);
        const QString filters = path(QStringLiteral("bad-filters.json"));
        writeFile(filters, "{\"activeTermsOnly\": \"yes\"}");
        const auto r =
            convert({oneRosterFixture(QStringLiteral("v11-basic")), QStringLiteral("-o"),
                     path(QStringLiteral("f.zip")), QStringLiteral("--filters"), filters});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bad-filters.json: activeTermsOnly: must be true or false"),
                 r.err.constData());
    }

    void safetyHoldsLargeRemovals()
    {
        const QString input = generate(QStringLiteral("small"), QStringLiteral("1.1"));
        const QString first = path(QStringLiteral("first.zip"));
        QCOMPARE(
            convert({input, QStringLiteral("-o"), first, QStringLiteral("--run-date"), m_runDate})
                .exitCode,
            0);
        // The same export with one school filtered out removes far more than 5 % of students.
        const auto locations = readAsmTable(first, rb::AsmTable::Locations);
        QStringList keep;
        for (qsizetype i = 2; i < locations.size(); ++i)
            keep.append(QString::fromUtf8(locations.at(i).at(0)));
        const QString filters = path(QStringLiteral("fewer-schools.json"));
        writeFile(filters, QJsonDocument(QJsonObject{{QStringLiteral("schools"),
                                                      QJsonArray::fromStringList(keep)}})
                               .toJson());
        const QString second = path(QStringLiteral("second.zip"));
        const QString report = path(QStringLiteral("held.json"));
        auto r = convert({input, QStringLiteral("-o"), second, QStringLiteral("--run-date"),
                          m_runDate, QStringLiteral("--filters"), filters,
                          QStringLiteral("--previous"), first, QStringLiteral("--report"), report});
        QCOMPARE(r.exitCode, 3);
        QVERIFY(!QFileInfo::exists(second));
        QVERIFY2(r.out.contains("Held for review"), r.out.constData());
        const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("held"));
        QCOMPARE(json.value(QStringLiteral("safety"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("hold"));
        // The findings carry the safety check's own codes.
        QStringList codes;
        for (const QJsonValue &f : json.value(QStringLiteral("findings")).toArray())
            codes.append(f.toObject().value(QStringLiteral("code")).toString());
        QVERIFY2(codes.contains(QStringLiteral("safety.removals")), qPrintable(codes.join(u' ')));
        QVERIFY2(!codes.join(u' ').contains(QStringLiteral("safety.safety")),
                 qPrintable(codes.join(u' ')));

        r = convert({input, QStringLiteral("-o"), second, QStringLiteral("--run-date"), m_runDate,
                     QStringLiteral("--filters"), filters, QStringLiteral("--previous"), first,
                     QStringLiteral("--approve")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFileInfo::exists(second));

        // Unchanged data against the last delivery passes without approval.
        r = convert({input, QStringLiteral("-o"), path(QStringLiteral("third.zip")),
                     QStringLiteral("--run-date"), m_runDate, QStringLiteral("--previous"), first});
        QCOMPARE(r.exitCode, 0);
    }

    // Delivering with nothing to compare against waits for --approve, like a profile's first
    // delivery; writing the zip alone never holds.
    void deliveringWithoutPreviousHolds()
    {
        const QString input = generate(QStringLiteral("tiny"), QStringLiteral("1.1"));
        const QString out = path(QStringLiteral("delivered.zip"));
        const QString folder = path(QStringLiteral("dropbox"));
        QVERIFY(QDir().mkpath(folder));
        auto r = convert({input, QStringLiteral("-o"), out, QStringLiteral("--run-date"), m_runDate,
                          QStringLiteral("--deliver-folder"), folder});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("first delivery"), r.out.constData());
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QDir(folder).isEmpty());

        r = convert({input, QStringLiteral("-o"), out, QStringLiteral("--run-date"), m_runDate,
                     QStringLiteral("--deliver-folder"), folder, QStringLiteral("--approve")});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);

        // With the last delivery to compare with, unchanged data is delivered on its own.
        r = convert({input, QStringLiteral("-o"), path(QStringLiteral("again.zip")),
                     QStringLiteral("--run-date"), m_runDate, QStringLiteral("--deliver-folder"),
                     folder, QStringLiteral("--previous"), out});
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QCOMPARE(convert({input, QStringLiteral("-o"), path(QStringLiteral("plain.zip")),
                          QStringLiteral("--run-date"), m_runDate})
                     .exitCode,
                 0);
    }

    void validateReportsBrokenPackages()
    {
        const QString dir = path(QStringLiteral("asm-broken"));
        QDir().mkpath(dir);
        const QString good = path(QStringLiteral("tiny-good.zip"));
        QCOMPARE(convert({generate(QStringLiteral("tiny"), QStringLiteral("1.2")),
                          QStringLiteral("-o"), good, QStringLiteral("--run-date"), m_runDate})
                     .exitCode,
                 0);
        QCOMPARE(
            run(QStringLiteral("unzip"), {QStringLiteral("-q"), good, QStringLiteral("-d"), dir})
                .exitCode,
            0);
        QByteArray rosters = readFile(dir + QStringLiteral("/rosters.csv"));
        const qsizetype secondLine = rosters.indexOf('\n') + 1;
        const qsizetype comma = rosters.indexOf(',', secondLine);
        rosters.insert(comma + 1, "nope-");
        writeFile(dir + QStringLiteral("/rosters.csv"), rosters);
        const auto r = run(appBinary(), {QStringLiteral("validate"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("error: rosters.csv:2: class_id:"), r.out.constData());
        QVERIFY(r.out.contains("Not valid"));
    }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "tst_cli_convert.moc"
