#pragma once

// Shared by the history database's tests: secrets to look for, exchanges that carry them, and
// a plain SQLite connection to look at a file behind the class's back.

#include "ResultCheck.h"
#include "delivery/SftpOperation.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>

namespace rb::test {

using namespace Qt::StringLiterals;

inline const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.history-access.token";
inline const QByteArray kClientSecret = "Cl1entS3cret/+=history";
inline const QByteArray kPassword = "Pa55word!history";
inline const QByteArray kRefresh = "refresh-7a6b5c4d3e";

// Reads a database with a plain connection of its own, outside the class under test.
class Inspector
{
public:
    explicit Inspector(const QString &path)
        : m_name(u"tst.inspect"_s)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot inspect the database");
    }
    ~Inspector() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The database and everything SQLite keeps next to it.
inline QByteArray allBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(QString(path + u"-wal")) +
           fileBytes(QString(path + u"-journal"));
}

inline RestExchange tokenExchange()
{
    RestExchange e;
    e.purpose = u"token"_s;
    e.method = "POST";
    e.url = QUrl::fromEncoded("https://sis.example.org/oauth/token?client_secret=" +
                              kClientSecret.toPercentEncoding() + "&scope=roster");
    e.requestHeaders = {{"Authorization", QByteArray("Bearer " + kToken)},
                        {"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = "grant_type=client_credentials&client_id=district&client_secret=" +
                    kClientSecret.toPercentEncoding() + "&password=" + kPassword;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"},
                         {"Set-Cookie", QByteArray("session=" + kRefresh + "; Path=/")}};
    e.responseBody = "{\"access_token\":\"" + kToken + "\",\"refresh_token\":\"" + kRefresh +
                     "\",\"token_type\":\"bearer\",\"note\":\"echo " + kClientSecret + "\"}";
    e.responseBytes = e.responseBody.size();
    e.durationMs = 42;
    return e;
}

inline RestExchange usersExchange(const QByteArray &body)
{
    RestExchange e;
    e.purpose = u"users page 1"_s;
    e.method = "GET";
    e.url = QUrl(u"https://sis.example.org/ims/oneroster/v1p1/users?limit=100&offset=0"_s);
    e.requestHeaders = {{"Authorization", QByteArray("Bearer " + kToken)},
                        {"Accept", "application/json"}};
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = body;
    e.responseBytes = body.size();
    e.durationMs = 120;
    return e;
}

inline RecordingPolicy everythingOn()
{
    RecordingPolicy policy;
    policy.saveBodies = true;
    policy.redactor.addSecret(kClientSecret);
    policy.redactor.addSecret(kToken);
    return policy;
}

inline StepRecord step(const QString &name, StepStatus status, const QString &message = QString())
{
    StepRecord s;
    s.name = name;
    s.status = status;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.durationMs = 5;
    s.message = message;
    return s;
}

// A step as the panel and the history command show it: it took 1.5 s and counted something.
inline StepRecord stepWith(const QString &name, StepStatus status, const QJsonObject &counts,
                           const QString &message)
{
    StepRecord s = step(name, status, message);
    s.durationMs = 1500;
    s.counts = counts;
    return s;
}

// A delivery step's SFTP traffic: the upload, and a rename the server refused.
inline QList<ExchangeRecord> sftpDelivery()
{
    ExchangeRecord rename = ExchangeRecord::fromSftp(
        SftpOperation{QStringLiteral("rename"), QStringLiteral("dropbox/asm.zip"), false, 3, 0});
    rename.error = QStringLiteral("permission denied");
    return {ExchangeRecord::fromSftp(SftpOperation{
                QStringLiteral("write"), QStringLiteral("dropbox/asm.zip"), true, 700, 1234}),
            rename};
}

// The runs the history tests list after a first delivery at base, an hour apart: north's
// manual run that failed, south's held CLI run, a deleted profile's run and south's dry run
// (the newest). An id is 0 where a write failed.
struct LaterRuns
{
    qint64 failed = 0;
    qint64 held = 0;
    qint64 orphan = 0;
    qint64 dryRun = 0;
};

inline LaterRuns writeLaterRuns(HistoryWriter &writer, const QString &north, const QString &south,
                                const QString &gone, const QDateTime &base, const QString &heldStep)
{
    constexpr int kHour = 60 * 60;
    LaterRuns r;
    r.failed = rowId(writer.beginRun(north, RunTrigger::Manual, base.addSecs(kHour)));
    if (!writer.finishRun(r.failed, RunStatus::Failed, {},
                          QStringLiteral("token rejected\nby the SIS")))
        r.failed = 0;
    r.held = rowId(writer.beginRun(south, RunTrigger::Cli, base.addSecs(2 * kHour)));
    if (!rowId(writer.addStep(r.held,
                              stepWith(heldStep, StepStatus::Held, {},
                                       QStringLiteral("would deactivate student stu-9001")))) ||
        !writer.finishRun(r.held, RunStatus::Held, {},
                          QStringLiteral("removals exceed thresholds")))
        r.held = 0;
    r.orphan = rowId(writer.beginRun(gone, RunTrigger::Schedule, base.addSecs(3 * kHour)));
    if (!writer.finishRun(r.orphan, RunStatus::Success, {}, QStringLiteral("delivered")))
        r.orphan = 0;
    r.dryRun = rowId(writer.beginRun(south, RunTrigger::Watch, base.addSecs(4 * kHour)));
    if (!writer.finishRun(r.dryRun, RunStatus::DryRun, {}, QStringLiteral("checked")))
        r.dryRun = 0;
    return r;
}

} // namespace rb::test
