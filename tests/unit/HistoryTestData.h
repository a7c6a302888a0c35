#pragma once

// Shared by the history database's tests: secrets to look for, exchanges that carry them, and
// a plain SQLite connection to look at a file behind the class's back.

#include "store/HistoryDatabase.h"

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

} // namespace rb::test
