#pragma once

// A OneRoster server over the test district for REST client tests (CannedHttpServer), and a
// helper that runs a RestSource against it.

#include "CannedHttpServer.h"
#include "RestTestDistrict.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/rest/RestSource.h"
#include "roster/RosterStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

namespace rb::test {

using namespace Qt::StringLiterals;

inline const QString kSecret = u"s3cret-Value!"_s;

// A OneRoster server over the test district, with switches for the faults real servers have.
struct District
{
    CannedHttpServer http;
    OneRosterVersion version = OneRosterVersion::V1_1;
    bool sendTotal = true;
    bool useLink = false;
    int maxPage = 0; // the server's own cap on limit; 0 = none
    bool ignoreOffset = false;
    int students = 5;
    int tokens = 0;
    QByteArray tokenBody; // overrides the token response
    int tokenStatus = 200;
    QList<std::pair<QByteArray, QByteArray>> tokenHeaders;
    // Next links point here instead of to this server (an absolute URL's scheme and host).
    QByteArray linkBase;
    // Every Nth API request revokes the current token (and is refused with 401); 0 = never.
    int revokeEvery = 0;
    // Every Nth API request answers 429 with Retry-After: 0; 0 = never.
    int busyEvery = 0;
    int apiRequests = 0;
    int revokedUpTo = 0;
    // Returns a response to send instead of the normal one.
    std::function<std::optional<CannedResponse>(const CannedRequest &)> fault;
    // Changes a page before it is sent: (collection, offset, records, total).
    std::function<void(const QString &, int, QJsonArray *, qint64 *)> tamper;

    District()
    {
        http.setHandler([this](const CannedRequest &r) { return answer(r); });
    }

    QString root() const { return http.baseUrl() + RestSourceSettings::versionPath(version); }

    CannedResponse answer(const CannedRequest &r)
    {
        if (fault) {
            if (auto f = fault(r))
                return *f;
        }
        if (r.path() == "/token") {
            ++tokens;
            CannedResponse t = CannedResponse::json(
                tokenBody.isEmpty()
                    ? QByteArray("{\"access_token\":\"tok-" + QByteArray::number(tokens) +
                                 "\",\"token_type\":\"bearer\",\"expires_in\":3600}")
                    : tokenBody,
                tokenStatus);
            t.headers += tokenHeaders;
            return t;
        }
        const QByteArray prefix = root().mid(http.baseUrl().size()).toUtf8();
        if (!r.path().startsWith(QByteArray(prefix + '/')))
            return CannedResponse::json("{}", 404);
        ++apiRequests;
        if (busyEvery > 0 && apiRequests % busyEvery == 0) {
            CannedResponse busy = CannedResponse::json("{}", 429);
            busy.addHeader("Retry-After", "0");
            return busy;
        }
        if (revokeEvery > 0 && apiRequests % revokeEvery == 0)
            revokedUpTo = tokens;
        if (r.headers.value("authorization") != "Bearer tok-" + QByteArray::number(tokens) ||
            tokens <= revokedUpTo)
            return CannedResponse::json("{\"imsx_codeMajor\":\"failure\"}", 401);
        const QString name = QString::fromUtf8(r.path().mid(prefix.size() + 1));
        for (const RestCollection c : restCollections()) {
            const RestCollectionInfo &info = restCollectionInfo(c);
            if (info.name != name)
                continue;
            const QJsonArray all = districtRecords(c, version, students);
            const int offset = ignoreOffset ? 0 : r.offset();
            int limit = r.limit() > 0 ? r.limit() : 100;
            if (maxPage > 0)
                limit = qMin(limit, maxPage);
            QJsonArray page;
            for (int i = offset; i < qMin(int(all.size()), offset + limit); ++i)
                page.append(all.at(i));
            qint64 total = all.size();
            if (tamper)
                tamper(name, offset, &page, &total);
            CannedResponse out =
                CannedResponse::json(QJsonDocument(QJsonObject{{info.envelopeKeys.last(), page}})
                                         .toJson(QJsonDocument::Compact));
            if (sendTotal)
                out.addHeader("X-Total-Count", QByteArray::number(total));
            if (useLink && offset + limit < all.size())
                out.addHeader("Link", "<" + linkBase + prefix + '/' + name.toUtf8() +
                                          "?limit=" + QByteArray::number(limit) + "&offset=" +
                                          QByteArray::number(offset + limit) + ">; rel=\"next\"");
            return out;
        }
        return CannedResponse::json("{}", 404);
    }

    RestSourceSettings settings() const
    {
        RestSourceSettings s;
        s.baseUrl = http.baseUrl();
        s.version = version;
        s.tokenUrl = http.baseUrl() + u"/token"_s;
        s.clientId = u"client id"_s;
        s.pageSize = 2;
        s.requestTimeoutMs = 3000;
        s.retryBaseDelayMs = 1;
        s.retryMaxDelayMs = 5;
        return s;
    }

    int requestsFor(const QByteArray &name, int offset) const
    {
        int n = 0;
        for (const CannedRequest &r : http.requests)
            n += r.path().endsWith(QByteArray('/' + name)) && r.offset() == offset;
        return n;
    }
};

struct Run
{
    bool ok = false;
    int finishedCount = 0;
    QStringList findings;
    QByteArray history;
};

inline Run run(const RestSourceSettings &settings, const QString &folder,
               const std::function<void(RestSource &)> &afterStart = {})
{
    RestSource source;
    QSignalSpy spy(&source, &RestSource::finished);
    source.start(settings, RestSecrets{kSecret}, folder);
    if (afterStart)
        afterStart(source);
    Run r;
    if (!spy.wait(20000))
        return r;
    QTest::qWait(20); // a second finished() would show up here
    r.finishedCount = int(spy.size());
    r.ok = spy.first().first().toBool();
    r.findings = source.findings().lines();
    for (const RestExchange &e : source.exchanges())
        r.history += QJsonDocument(e.toJson()).toJson();
    return r;
}

inline qint64 loadUsers(const QString &folder, QStringList *problems)
{
    Findings findings;
    auto source = OneRosterSource::open(folder, &findings);
    if (!source)
        return -1;
    RosterStore store;
    OneRosterCsvLoader loader(*source, &store, &findings);
    loader.loadEntities(true);
    loader.streamEnrollments([](const EnrollmentRow &) {});
    *problems = findings.lines();
    return qint64(store.users.size());
}

} // namespace rb::test
