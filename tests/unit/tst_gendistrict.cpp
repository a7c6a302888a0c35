#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run generate(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(RB_GENDISTRICT_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A plain RFC 4180 reader, independent of the code under test.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
                ++i;
            row.append(QString::fromUtf8(field));
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// One CSV file: header plus rows, fields looked up by column name.
struct Table
{
    QStringList header;
    QList<QStringList> rows;

    static Table load(const QString &path)
    {
        Table table;
        table.rows = parseCsv(readAll(path));
        if (!table.rows.isEmpty())
            table.header = table.rows.takeFirst();
        return table;
    }
    QString at(const QStringList &row, const QString &column) const
    {
        const qsizetype index = header.indexOf(column);
        return index >= 0 && index < row.size() ? row.at(index) : u"<missing %1>"_s.arg(column);
    }
    QHash<QString, QStringList> byId() const
    {
        QHash<QString, QStringList> map;
        for (const QStringList &row : rows)
            map.insert(row.value(0), row);
        return map;
    }
    int count(const std::function<bool(const QStringList &)> &predicate) const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), predicate));
    }
};

struct ZipEntry
{
    QString name;
    int method = -1;
    quint32 crc = 0;
};

// Reads the zip's central directory by hand (no zip library in the tests).
QList<ZipEntry> zipEntries(const QByteArray &zip)
{
    QList<ZipEntry> entries;
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size())
        return entries;
    const auto u16 = [&](qsizetype at) {
        return qFromLittleEndian<quint16>(zip.constData() + at);
    };
    const auto u32 = [&](qsizetype at) {
        return qFromLittleEndian<quint32>(zip.constData() + at);
    };
    const int count = u16(end + 10);
    qsizetype at = u32(end + 16);
    for (int i = 0; i < count && at + 46 <= zip.size() && u32(at) == 0x02014b50; ++i) {
        const int nameLength = u16(at + 28);
        entries.append(
            {QString::fromUtf8(zip.mid(at + 46, nameLength)), u16(at + 10), u32(at + 16)});
        at += 46 + nameLength + u16(at + 30) + u16(at + 32);
    }
    return entries;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

const QString kRunDate = u"2026-09-15"_s;

QStringList baseArgs(const QString &scale, const QString &version, const QString &seed = u"1"_s)
{
    return {u"--scale"_s, scale, u"--version"_s,  version,
            u"--seed"_s,  seed,  u"--run-date"_s, kRunDate};
}

} // namespace

class TestGenDistrict : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Folder output per version, generated once: tiny scale, seed 1, run date kRunDate.
    QString m_tiny11;
    QString m_tiny12;

    Table table(const QString &folder, const QString &file) const
    {
        return Table::load(QDir(folder).filePath(file));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(RB_GENDISTRICT_BINARY)), RB_GENDISTRICT_BINARY);
        m_tiny11 = m_dir.filePath(u"tiny11"_s);
        m_tiny12 = m_dir.filePath(u"tiny12"_s);
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.1"_s) << u"--folder"_s << m_tiny11).exitCode, 0);
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"--folder"_s << m_tiny12).exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("nothing") << QString();
        QTest::newRow("no scale") << u"-o x.zip"_s;
        QTest::newRow("bad scale") << u"--scale huge -o x.zip"_s;
        QTest::newRow("no output") << u"--scale tiny"_s;
        QTest::newRow("two outputs") << u"--scale tiny -o x.zip --folder d"_s;
        QTest::newRow("bad version") << u"--scale tiny --version 1.0 -o x.zip"_s;
        QTest::newRow("bad date") << u"--scale tiny --run-date 2026-13-01 -o x.zip"_s;
        QTest::newRow("bad seed") << u"--scale tiny --seed -3 -o x.zip"_s;
        QTest::newRow("unknown option") << u"--scale tiny --fast -o x.zip"_s;
        QTest::newRow("stray argument") << u"--scale tiny -o x.zip extra"_s;
    }
    void usageErrors()
    {
        QFETCH(QString, arguments);
        const QDir cwd = QDir::current();
        QDir::setCurrent(m_dir.path());
        const Run run = generate(arguments.split(u' ', Qt::SkipEmptyParts));
        QDir::setCurrent(cwd.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.zip"_s)));
    }

    void ioErrors()
    {
        const QString missing = m_dir.filePath(u"no/such/folder/out.zip"_s);
        Run run = generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"-o"_s << missing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.trimmed().isEmpty());

        const QString file = m_dir.filePath(u"plain-file"_s);
        QFile blocker(file);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        run = generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"--folder"_s << file + u"/sub"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.trimmed().isEmpty());
    }

    void deterministic_data()
    {
        QTest::addColumn<QString>("scale");
        QTest::addColumn<QString>("version");
        QTest::newRow("tiny 1.2") << u"tiny"_s << u"1.2"_s;
        QTest::newRow("tiny 1.1") << u"tiny"_s << u"1.1"_s;
        QTest::newRow("small 1.2") << u"small"_s << u"1.2"_s;
    }
    void deterministic()
    {
        QFETCH(QString, scale);
        QFETCH(QString, version);
        const QString base = m_dir.filePath(scale + version);
        QList<QByteArray> zips;
        for (const QString &seed : {u"5"_s, u"5"_s, u"6"_s}) {
            const QString path = base + u'-' + QString::number(zips.size()) + u".zip"_s;
            const Run run = generate(baseArgs(scale, version, seed) << u"-o"_s << path);
            QCOMPARE(run.exitCode, 0);
            zips.append(readAll(path));
            QVERIFY(zips.constLast().size() > 1000);
        }
        QVERIFY(zips.at(0) == zips.at(1));
        QVERIFY(zips.at(0) != zips.at(2));
    }

    // The default district is what every test and benchmark is measured on: its bytes change
    // only on purpose (update the digest then, and say why in the commit).
    void defaultDistrictIsUnchanged()
    {
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QString &file : QDir(m_tiny12).entryList({u"*.csv"_s}, QDir::Files, QDir::Name))
            all.addData(readAll(QDir(m_tiny12).filePath(file)));
        QCOMPARE(all.result().toHex(),
                 QByteArray("275705971c0b11997182e4b03f69ea49f21e976216b704dc1de05d8f465556c1"));
    }

    // --names world: people in many scripts (for demonstrations), the rest of the district
    // the same.
    void worldNamesUseManyScripts()
    {
        const QString world = m_dir.filePath(u"world"_s);
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.2"_s)
                          << u"--names"_s << u"world"_s << u"--folder"_s << world)
                     .exitCode,
                 0);
        const QString users = QString::fromUtf8(readAll(QDir(world).filePath(u"users.csv"_s)));
        int scripts = 0;
        for (QChar::Script script :
             {QChar::Script_Han, QChar::Script_Hangul, QChar::Script_Cyrillic, QChar::Script_Greek,
              QChar::Script_Latin}) {
            bool found = false;
            for (const QChar c : users)
                found = found || c.script() == script;
            scripts += found ? 1 : 0;
        }
        QCOMPARE(scripts, 5);
        QCOMPARE(readAll(QDir(world).filePath(u"classes.csv"_s)),
                 readAll(QDir(m_tiny12).filePath(u"classes.csv"_s)));
        QCOMPARE(readAll(QDir(world).filePath(u"enrollments.csv"_s)),
                 readAll(QDir(m_tiny12).filePath(u"enrollments.csv"_s)));
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.2"_s)
                          << u"--names"_s << u"klingon"_s << u"--folder"_s << world)
                     .exitCode,
                 2);
    }

    void zipMatchesFolder()
    {
        const QString zipPath = m_dir.filePath(u"tiny12.zip"_s);
        const Run run = generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"-o"_s << zipPath);
        QCOMPARE(run.exitCode, 0);
        const QList<ZipEntry> entries = zipEntries(readAll(zipPath));
        QStringList names;
        for (const ZipEntry &entry : entries) {
            names.append(entry.name);
            QCOMPARE(entry.method, 8); // deflate
            QVERIFY2(!entry.name.contains(u'/'), qPrintable(entry.name));
            // Same bytes as the folder output of the same run.
            QCOMPARE(entry.crc, crc32(readAll(QDir(m_tiny12).filePath(entry.name))));
        }
        names.sort();
        QCOMPARE(names, QStringList({u"academicSessions.csv"_s, u"classes.csv"_s, u"courses.csv"_s,
                                     u"enrollments.csv"_s, u"manifest.csv"_s, u"orgs.csv"_s,
                                     u"roles.csv"_s, u"users.csv"_s}));
        QCOMPARE(QDir(m_tiny12).entryList(QDir::Files, QDir::Name), names);
    }

    void summaryCountsRows()
    {
        const QString folder = m_dir.filePath(u"summary"_s);
        const Run run = generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"--folder"_s << folder);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n'), 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(summary.size(), 8);
        for (auto it = summary.begin(); it != summary.end(); ++it)
            QCOMPARE(it.value().toInteger(), table(folder, it.key()).rows.size());
    }

    void lineEndings()
    {
        const QByteArray lf = readAll(QDir(m_tiny12).filePath(u"users.csv"_s));
        QVERIFY(!lf.contains('\r'));
        const QString folder = m_dir.filePath(u"crlf"_s);
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"--folder"_s << folder << u"--crlf"_s)
                     .exitCode,
                 0);
        const QByteArray crlf = readAll(QDir(folder).filePath(u"users.csv"_s));
        QCOMPARE(crlf.count('\r'), crlf.count('\n'));
        QCOMPARE(QByteArray(crlf).replace("\r\n", "\n"), lf);
    }

    void headersAndManifest_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("1.1") << u"1.1"_s;
        QTest::newRow("1.2") << u"1.2"_s;
    }
    void headersAndManifest()
    {
        QFETCH(QString, version);
        const bool v12 = version == u"1.2";
        const QString folder = v12 ? m_tiny12 : m_tiny11;
        const auto header = [&](const QString &file) {
            return table(folder, file).header.join(u',');
        };
        QCOMPARE(header(u"orgs.csv"_s),
                 u"sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId"_s);
        QCOMPARE(header(u"academicSessions.csv"_s),
                 u"sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,"
                 "schoolYear"_s);
        QCOMPARE(header(u"courses.csv"_s),
                 u"sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
                 "orgSourcedId,subjects,subjectCodes"_s);
        QCOMPARE(
            header(u"classes.csv"_s),
            u"sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,"
            "classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods"_s);
        QCOMPARE(header(u"enrollments.csv"_s),
                 u"sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,"
                 "role,primary,beginDate,endDate"_s);
        if (v12) {
            QCOMPARE(header(u"users.csv"_s),
                     u"sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,"
                     "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
                     "password,userMasterIdentifier,resourceSourcedIds,preferredGivenName,"
                     "preferredMiddleName,preferredFamilyName,primaryOrgSourcedId,pronouns"_s);
            QCOMPARE(header(u"roles.csv"_s),
                     u"sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,"
                     "endDate,orgSourcedId,userProfileSourcedId"_s);
        } else {
            QCOMPARE(header(u"users.csv"_s),
                     u"sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,"
                     "userIds,givenName,familyName,middleName,identifier,email,sms,phone,"
                     "agentSourcedIds,grades,password"_s);
            QVERIFY(!QFile::exists(QDir(folder).filePath(u"roles.csv"_s)));
        }

        const Table manifest = table(folder, u"manifest.csv"_s);
        QCOMPARE(manifest.header, QStringList({u"propertyName"_s, u"value"_s}));
        QHash<QString, QString> values;
        for (const QStringList &row : manifest.rows)
            values.insert(row.value(0), row.value(1));
        QCOMPARE(values.value(u"manifest.version"_s), u"1.0"_s);
        QCOMPARE(values.value(u"oneroster.version"_s), version);
        QCOMPARE(values.value(u"source.systemName"_s), u"RosterBridge Generator"_s);
        QStringList bulk;
        int absent = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value() == u"bulk")
                bulk.append(it.key());
            absent += it.value() == u"absent";
        }
        bulk.sort();
        QStringList expected = {u"file.academicSessions"_s, u"file.classes"_s, u"file.courses"_s,
                                u"file.enrollments"_s,      u"file.orgs"_s,    u"file.users"_s};
        if (v12)
            expected.append(u"file.roles"_s);
        expected.sort();
        QCOMPARE(bulk, expected);
        QCOMPARE(absent, v12 ? 14 : 7);
        QCOMPARE(manifest.rows.size(), 3 + bulk.size() + absent);
    }

    void idsAndStatus()
    {
        static const QRegularExpression idPattern(u"^[A-Za-z0-9-]+$"_s);
        static const QRegularExpression stamp(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        for (const QString &file : QDir(m_tiny12).entryList({u"*.csv"_s}, QDir::Files)) {
            if (file == u"manifest.csv")
                continue;
            const Table t = table(m_tiny12, file);
            QSet<QString> seen;
            for (const QStringList &row : t.rows) {
                QCOMPARE(row.size(), t.header.size());
                QVERIFY2(idPattern.match(row.at(0)).hasMatch(), qPrintable(row.at(0)));
                QVERIFY2(!seen.contains(row.at(0)), qPrintable(row.at(0)));
                seen.insert(row.at(0));
                QVERIFY(t.at(row, u"status"_s) == u"active" ||
                        t.at(row, u"status"_s) == u"tobedeleted");
                QVERIFY(stamp.match(t.at(row, u"dateLastModified"_s)).hasMatch());
                QVERIFY(t.at(row, u"dateLastModified"_s) < kRunDate);
            }
        }
    }

    void orgsAndSessions()
    {
        const Table orgs = table(m_tiny12, u"orgs.csv"_s);
        QCOMPARE(
            orgs.count([&](const QStringList &r) { return orgs.at(r, u"type"_s) == u"district"; }),
            1);
        const QString district = orgs.rows.at(0).at(0);
        QCOMPARE(orgs.count([&](const QStringList &r) {
            return orgs.at(r, u"type"_s) == u"school" &&
                   orgs.at(r, u"parentSourcedId"_s) == district &&
                   orgs.at(r, u"status"_s) == u"active";
        }),
                 2);

        const Table sessions = table(m_tiny12, u"academicSessions.csv"_s);
        const auto contains = [&](const QStringList &r) {
            return sessions.at(r, u"startDate"_s) <= kRunDate &&
                   kRunDate <= sessions.at(r, u"endDate"_s);
        };
        int pastTerms = 0, currentSemesters = 0, otherSemesters = 0, pastYears = 0;
        const QHash<QString, QStringList> byId = sessions.byId();
        for (const QStringList &r : sessions.rows) {
            const QString type = sessions.at(r, u"type"_s);
            const QString parent = sessions.at(r, u"parentSourcedId"_s);
            QCOMPARE(sessions.at(r, u"schoolYear"_s),
                     type == u"schoolYear" ? sessions.at(r, u"endDate"_s).left(4)
                                           : sessions.at(byId.value(parent), u"schoolYear"_s));
            if (type == u"schoolYear")
                pastYears += sessions.at(r, u"endDate"_s) < kRunDate;
            else if (type == u"term")
                pastTerms += sessions.at(r, u"endDate"_s) < kRunDate;
            else if (type == u"semester")
                (contains(r) ? currentSemesters : otherSemesters) += contains(byId.value(parent));
        }
        QCOMPARE(pastYears, 1);
        QCOMPARE(pastTerms, 2);
        QCOMPARE(currentSemesters, 1);
        QCOMPARE(otherSemesters, 1);
    }

    void coursesAndClasses()
    {
        const Table courses = table(m_tiny12, u"courses.csv"_s);
        const int districtOwned = courses.count([&](const QStringList &r) {
            return courses.at(r, u"orgSourcedId"_s).startsWith(u"dst-"_s);
        });
        QVERIFY(districtOwned > 0 && districtOwned < courses.rows.size() / 2 + 1);
        for (const QStringList &r : courses.rows) {
            QVERIFY(!courses.at(r, u"schoolYearSourcedId"_s).isEmpty());
            QVERIFY(!courses.at(r, u"courseCode"_s).isEmpty());
            QVERIFY(!courses.at(r, u"grades"_s).isEmpty());
        }

        const Table classes = table(m_tiny12, u"classes.csv"_s);
        const QSet<QString> courseIds(courses.byId().keyBegin(), courses.byId().keyEnd());
        int homerooms = 0, twoTerms = 0, comma = 0, quote = 0;
        for (const QStringList &r : classes.rows) {
            QVERIFY(courseIds.contains(classes.at(r, u"courseSourcedId"_s)));
            homerooms += classes.at(r, u"classType"_s) == u"homeroom";
            twoTerms += classes.at(r, u"termSourcedIds"_s).contains(u',');
            comma += classes.at(r, u"title"_s).contains(u',');
            quote += classes.at(r, u"title"_s).contains(u'"');
        }
        QVERIFY(homerooms > 0 && homerooms < classes.rows.size() / 2);
        QVERIFY(twoTerms > 0);
        QVERIFY(classes.count([&](const QStringList &r) {
            return classes.at(r, u"title"_s) == u"\"Honors\" Biology - Period 3";
        }) > 0);
        QVERIFY(classes.count([&](const QStringList &r) {
            return classes.at(r, u"title"_s) == u"Algebra I, Period 1";
        }) > 0);
        QVERIFY(comma > 0 && quote > 0);
    }

    void users12()
    {
        const Table users = table(m_tiny12, u"users.csv"_s);
        QStringList names;
        for (const QStringList &r : users.rows)
            names << users.at(r, u"givenName"_s) << users.at(r, u"familyName"_s)
                  << users.at(r, u"middleName"_s);
        for (const QString &expected :
             {u"José"_s, u"Zoë"_s, u"Søren"_s, u"Ðorđe"_s, u"Łukasz"_s, u"Nguyễn"_s, u"李"_s,
              u"O'Brien"_s, u"Smith, Jr."_s, u"\"Jay\""_s})
            QVERIFY2(names.contains(expected), qPrintable(expected));
        const auto has = [&](const QString &column, const QString &value) {
            return users.count([&](const QStringList &r) { return users.at(r, column) == value; });
        };
        QVERIFY(has(u"enabledUser"_s, u"false"_s) > 0);
        QVERIFY(has(u"status"_s, u"tobedeleted"_s) > 0);
        QVERIFY(has(u"email"_s, QString()) > 0);
        QVERIFY(has(u"identifier"_s, QString()) > 0);
        static const QRegularExpression gradePattern(u"^(KG|0[1-9]|1[0-2])$"_s);
        QSet<QString> grades;
        for (const QStringList &r : users.rows) {
            if (!r.at(0).startsWith(u"stu-"_s))
                continue;
            QVERIFY(gradePattern.match(users.at(r, u"grades"_s)).hasMatch());
            grades.insert(users.at(r, u"grades"_s));
        }
        QVERIFY(grades.size() >= 6);

        const Table roles = table(m_tiny12, u"roles.csv"_s);
        const QHash<QString, QStringList> userById = users.byId();
        QHash<QString, int> primaries;
        QHash<QString, int> secondaries;
        QSet<QString> roleNames;
        for (const QStringList &r : roles.rows) {
            const QString user = roles.at(r, u"userSourcedId"_s);
            QVERIFY(userById.contains(user));
            roleNames.insert(roles.at(r, u"role"_s));
            if (roles.at(r, u"roleType"_s) == u"primary") {
                ++primaries[user];
                QCOMPARE(roles.at(r, u"orgSourcedId"_s),
                         users.at(userById.value(user), u"primaryOrgSourcedId"_s));
            } else {
                QCOMPARE(roles.at(r, u"roleType"_s), u"secondary"_s);
                ++secondaries[user];
            }
        }
        for (const QString &user : userById.keys())
            QCOMPARE(primaries.value(user), 1);
        QVERIFY(std::any_of(secondaries.keyBegin(), secondaries.keyEnd(),
                            [](const QString &u) { return u.startsWith(u"stu-"_s); }));
        QVERIFY(std::any_of(secondaries.keyBegin(), secondaries.keyEnd(),
                            [](const QString &u) { return u.startsWith(u"tch-"_s); }));
        for (const QString &role :
             {u"student"_s, u"teacher"_s, u"aide"_s, u"counselor"_s, u"principal"_s,
              u"siteAdministrator"_s, u"districtAdministrator"_s, u"guardian"_s, u"parent"_s})
            QVERIFY2(roleNames.contains(role), qPrintable(role));
    }

    void users11()
    {
        const Table users = table(m_tiny11, u"users.csv"_s);
        const QHash<QString, QStringList> byId = users.byId();
        QSet<QString> roleNames;
        int twoSchools = 0, guardians = 0;
        for (const QStringList &r : users.rows) {
            const QString role = users.at(r, u"role"_s);
            roleNames.insert(role);
            const QStringList orgs = users.at(r, u"orgSourcedIds"_s).split(u',');
            if (orgs.size() == 2) {
                ++twoSchools;
                QVERIFY(role == u"student" || role == u"teacher");
            }
            if (role == u"guardian" || role == u"parent") {
                ++guardians;
                const QStringList agents = users.at(r, u"agentSourcedIds"_s).split(u',');
                QVERIFY(!agents.isEmpty());
                for (const QString &agent : agents)
                    QCOMPARE(users.at(byId.value(agent), u"role"_s), u"student"_s);
            }
        }
        QVERIFY(twoSchools >= 2);
        QVERIFY(guardians > 0);
        QCOMPARE(roleNames, QSet<QString>({u"student"_s, u"teacher"_s, u"administrator"_s,
                                           u"aide"_s, u"guardian"_s, u"parent"_s}));
    }

    void enrollments()
    {
        const Table classes = table(m_tiny12, u"classes.csv"_s);
        const Table sessions = table(m_tiny12, u"academicSessions.csv"_s);
        const Table users = table(m_tiny12, u"users.csv"_s);
        const Table enrollments = table(m_tiny12, u"enrollments.csv"_s);
        QSet<QString> currentTerms;
        for (const QStringList &r : sessions.rows) {
            if (sessions.at(r, u"startDate"_s) <= kRunDate &&
                kRunDate <= sessions.at(r, u"endDate"_s))
                currentTerms.insert(r.at(0));
        }
        const QHash<QString, QStringList> classById = classes.byId();
        const auto isCurrent = [&](const QString &cls) {
            const QStringList terms =
                classes.at(classById.value(cls), u"termSourcedIds"_s).split(u',');
            return std::any_of(terms.cbegin(), terms.cend(),
                               [&](const QString &t) { return currentTerms.contains(t); });
        };
        const QHash<QString, QStringList> userById = users.byId();
        QHash<QString, int> teachers, primaries, currentOfStudent;
        int dropped = 0, dated = 0, past = 0;
        for (const QStringList &r : enrollments.rows) {
            const QString cls = enrollments.at(r, u"classSourcedId"_s);
            QVERIFY(classById.contains(cls));
            QVERIFY(userById.contains(enrollments.at(r, u"userSourcedId"_s)));
            QCOMPARE(enrollments.at(r, u"schoolSourcedId"_s),
                     classes.at(classById.value(cls), u"schoolSourcedId"_s));
            const bool active = enrollments.at(r, u"status"_s) == u"active";
            dropped += !active;
            dated += !enrollments.at(r, u"beginDate"_s).isEmpty();
            past += !isCurrent(cls);
            if (enrollments.at(r, u"role"_s) == u"teacher") {
                ++teachers[cls];
                primaries[cls] += enrollments.at(r, u"primary"_s) == u"true";
            } else if (active && isCurrent(cls)) {
                ++currentOfStudent[enrollments.at(r, u"userSourcedId"_s)];
            }
        }
        QVERIFY(dropped > 0);
        QVERIFY(dated > 0);
        QVERIFY(past > 0);
        QCOMPARE(teachers.size(), classes.rows.size());
        for (auto it = primaries.cbegin(); it != primaries.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QVERIFY(std::count_if(teachers.cbegin(), teachers.cend(),
                              [](int n) { return n >= 2 && n <= 4; }) >= 2);
        QVERIFY(std::count(teachers.cbegin(), teachers.cend(), 17) >= 1);
        for (const QStringList &r : users.rows) {
            if (r.at(0).startsWith(u"stu-"_s) && users.at(r, u"status"_s) == u"active")
                QVERIFY2(currentOfStudent.value(r.at(0)) >= 3, qPrintable(r.at(0)));
        }
    }

    void smallScale()
    {
        const QString folder = m_dir.filePath(u"small"_s);
        const Run run = generate(baseArgs(u"small"_s, u"1.1"_s) << u"--folder"_s << folder);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
        const auto near = [&](const QString &file, qint64 target) {
            const qint64 n = summary.value(file).toInteger();
            return n > target * 8 / 10 && n < target * 12 / 10;
        };
        QVERIFY(near(u"users.csv"_s, 6000));
        QVERIFY(near(u"classes.csv"_s, 600));
        QVERIFY(near(u"enrollments.csv"_s, 40000));
        const Table orgs = table(folder, u"orgs.csv"_s);
        QCOMPARE(orgs.rows.size(), 6);
        QCOMPARE(orgs.count([&](const QStringList &r) {
            return orgs.at(r, u"status"_s) == u"tobedeleted";
        }),
                 1);
    }

    void folderDropsStaleFiles()
    {
        const QString folder = m_dir.filePath(u"switch"_s);
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.2"_s) << u"--folder"_s << folder).exitCode, 0);
        QVERIFY(QFile::exists(QDir(folder).filePath(u"roles.csv"_s)));
        QCOMPARE(generate(baseArgs(u"tiny"_s, u"1.1"_s) << u"--folder"_s << folder).exitCode, 0);
        QVERIFY(!QFile::exists(QDir(folder).filePath(u"roles.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestGenDistrict)
#include "tst_gendistrict.moc"
