#pragma once

#include "RestCollection.h"
#include "RestExchange.h"
#include "RestSourceSettings.h"
#include "common/Findings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace rb {

class CollectionPager;
class RestCsvExport;
class RestFetcher;

// Reads a district's roster from its OneRoster REST server and writes it into a folder as a
// OneRoster CSV export of the same version (bulk, with manifest.csv), so that the CSV loader,
// filters, mapping and checks run on it unchanged. The six collections (orgs,
// academicSessions, courses, classes, users, enrollments) are read in that order, page by
// page, straight into the files; nothing holds the whole roster. On any failure the files
// written are removed and finished(false) reports it; a partial roster is never left behind.
class RestSource : public QObject
{
    Q_OBJECT
public:
    explicit RestSource(QObject *parent = nullptr);
    ~RestSource() override;

    // Starts a run; finished() follows exactly once, always asynchronously (also when the
    // settings are unusable). Ignored while a run is going on.
    void start(const RestSourceSettings &settings, RestSecrets secrets,
               const QString &outputFolder);
    // Stops the run: finished(false) follows, with a "cancelled" finding.
    void cancel();
    bool isRunning() const { return m_running; }

    // Everything found: settings problems, HTTP and paging failures (naming URL and status),
    // references without sourcedId, page sizes the server capped.
    const Findings &findings() const { return m_findings; }
    // The HTTP traffic of the run, redacted, bodies capped. A very long run keeps the first
    // kMaxExchangesKept exchanges and every failed one after that.
    const QList<RestExchange> &exchanges() const { return m_exchanges; }
    qint64 exchangesNotKept() const { return m_exchangesDropped; }
    static constexpr int kMaxExchangesKept = 2000;

    QString outputFolder() const { return m_folder; }
    OneRosterVersion version() const { return m_settings.version; }
    // Records read per collection in this run.
    qint64 recordCount(RestCollection collection) const { return m_counts.value(int(collection)); }
    // Retries the run needed (429, 5xx, timeouts).
    int retries() const;
    // Pages read in this run, and requests sent early whose answers were not used (see
    // CollectionPager).
    qint64 pagesRead() const { return m_pagesRead; }
    qint64 earlyRequestsIgnored() const { return m_earlyIgnored; }

Q_SIGNALS:
    // total is -1 when the server does not say.
    void progress(const QString &collection, qint64 records, qint64 total);
    void exchangeRecorded(const rb::RestExchange &exchange);
    void finished(bool ok);

private:
    void nextCollection();
    void onCollectionFinished(bool ok);
    void keep(const RestExchange &exchange);
    void finish(bool ok);

    RestSourceSettings m_settings;
    QString m_folder;
    Findings m_findings;
    QList<RestExchange> m_exchanges;
    qint64 m_exchangesDropped = 0;
    QHash<int, qint64> m_counts;
    qint64 m_pagesRead = 0;
    qint64 m_earlyIgnored = 0;
    QPointer<RestFetcher> m_fetcher;
    QPointer<CollectionPager> m_pager;
    std::unique_ptr<RestCsvExport> m_export;
    int m_index = 0;
    bool m_running = false;
    bool m_done = true;
};

} // namespace rb
