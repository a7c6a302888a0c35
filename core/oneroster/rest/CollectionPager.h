#pragma once

#include "IdHashSet.h"
#include "RestCollection.h"
#include "RestFetcher.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>

namespace rb {

// Reads one collection completely, or fails: limit/offset paging (or the server's
// Link rel="next" when it offers one), up to maxInFlight pages at once, delivered to the sink
// in order. It never delivers a shorter roster in silence: a repeated page, a short page before
// X-Total-Count, a record seen twice, a 200 without its envelope key or with invalid JSON, a
// total that changes, or fewer records than the total all end the run with an error naming the
// URL and status.
class CollectionPager : public QObject
{
    Q_OBJECT
public:
    // Receives each page's records, in order; returns false (with *error) to stop.
    using PageSink = std::function<Result<void>(const QJsonArray &records)>;

    // Pages read past what X-Total-Count and the page size call for, before the server's
    // paging is taken to be broken.
    static constexpr qint64 kExtraPages = 100;
    // Without X-Total-Count: more pages than a district's largest collection (enrollments of a
    // million people) needs at one record per page would still be a broken server.
    static constexpr qint64 kMaxPagesWithoutTotal = 50'000'000;

    CollectionPager(RestFetcher *fetcher, RestCollection collection, QObject *parent = nullptr);

    void setPageSink(PageSink sink) { m_sink = std::move(sink); }
    // Starts at offset 0; finished() follows exactly once.
    void start();
    // Ends with finished(false) unless already finished.
    void cancel();
    // For tests: a lower page cap for servers that send no total.
    void setMaxPagesWithoutTotal(qint64 pages) { m_maxPagesWithoutTotal = pages; }
    // True when the URL has the API root's scheme, host and port, the only place the
    // credentials may be sent to.
    static bool sameOrigin(const QUrl &url, const QUrl &root);

    RestCollection collection() const { return m_collection; }
    bool isFinished() const { return m_finished; }
    qint64 received() const { return m_received; }
    // X-Total-Count, or -1 when the server sends none.
    qint64 total() const { return m_total; }
    int pagesRead() const { return m_pagesRead; }
    // Early requests whose answers were not used (the stride, the total or the mode differed).
    int earlyIgnored() const { return m_earlyIgnored; }
    QString errorString() const { return m_error; }
    // The URL (redacted) and HTTP status of the request that failed, if one did.
    QString failedUrl() const { return m_failedUrl; }
    int failedStatus() const { return m_failedStatus; }
    // Things worth knowing that did not stop the run (a page size the server clamped).
    QStringList warnings() const { return m_warnings; }

    // The URL of rel="next" in a Link header, resolved against base; empty when none.
    static QUrl nextLink(const QByteArray &linkHeader, const QUrl &base);
    // The message for an HTTP answer that is not a success, with the server's own text.
    static QString describeFailure(const RestResponse &response, const QString &shownUrl,
                                   const QString &collectionName);

Q_SIGNALS:
    void progress(const QString &collection, qint64 records, qint64 total);
    void finished(bool ok);

private:
    enum class Mode { First, Offset, Link };
    struct Page
    {
        QUrl url;
        int status = 0;
        QJsonArray records;
        qint64 total = -1;
        QUrl next;
    };
    // A request sent before the first page is read; see the class comment.
    struct Early
    {
        QUrl url;
        bool adopted = false;
        std::optional<RestResponse> response;
    };
    QUrl pageUrl(qint64 offset) const;
    void issue(qint64 index, const QUrl &url);
    void issueEarly(qint64 index, const QUrl &url);
    void onEarlyResponse(qint64 index, const RestResponse &response);
    void dropEarly();
    void issueMore();
    void onResponse(qint64 index, const RestResponse &response);
    bool parse(const RestResponse &response, Page *page);
    bool process(qint64 index, const Page &page);
    void reachEnd();
    void fail(const QString &message, const QUrl &url = {}, int status = 0);
    bool withinPageCap(const QUrl &url, int status);
    void succeedIfDone();
    void end(bool ok);

    RestFetcher *m_fetcher;
    RestCollection m_collection;
    QString m_name;
    QUrl m_collectionUrl;
    int m_limit;
    int m_maxInFlight;
    PageSink m_sink;

    Mode m_mode = Mode::First;
    qint64 m_stride = 0;
    qint64 m_total = -1;
    qint64 m_received = 0;
    qint64 m_nextIssue = 0;
    qint64 m_nextProcess = 0;
    bool m_probing = false;
    bool m_endReached = false;
    bool m_finished = false;
    int m_pagesRead = 0;
    qint64 m_maxPagesWithoutTotal = kMaxPagesWithoutTotal;
    QSet<qint64> m_inFlight;
    std::map<qint64, Page> m_ready;
    IdHashSet m_seen;
    quint64 m_lastFingerprint = 0;
    QSet<QString> m_fetchedUrls;
    std::map<qint64, Early> m_early;
    int m_earlyIgnored = 0;

    QString m_error;
    QString m_failedUrl;
    int m_failedStatus = 0;
    QStringList m_warnings;
};

} // namespace rb
