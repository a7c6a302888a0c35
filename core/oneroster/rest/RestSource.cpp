#include "RestSource.h"

#include "CollectionPager.h"
#include "RestCsvExport.h"
#include "RestFetcher.h"
#include "VendorPreset.h"

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcRestSource, "rosterbridge.oneroster.rest")

RestSource::RestSource(QObject *parent)
    : QObject(parent)
{
}

RestSource::~RestSource()
{
    if (m_fetcher)
        m_fetcher->cancel();
}

int RestSource::retries() const
{
    return m_fetcher ? m_fetcher->retries() : 0;
}

void RestSource::start(const RestSourceSettings &settings, RestSecrets secrets,
                       const QString &outputFolder)
{
    if (m_running) {
        qCWarning(lcRestSource) << "start() ignored: a run is going on";
        return;
    }
    m_running = true;
    m_done = false;
    m_settings = settings;
    m_folder = outputFolder;
    m_findings = Findings();
    m_exchanges.clear();
    m_exchangesDropped = 0;
    m_counts.clear();
    m_pagesRead = 0;
    m_earlyIgnored = 0;
    m_index = 0;
    if (m_fetcher)
        m_fetcher->deleteLater();

    const QString settingsFile = u"settings"_s;
    if (!m_settings.validate(&m_findings, settingsFile)) {
        finish(false);
        return;
    }
    if (m_settings.authType != RestAuthType::None && secrets.clientSecret.isEmpty()) {
        m_findings.error(settingsFile, 0, u"clientSecret"_s, tr("the client secret is missing"),
                         u"settings.invalid"_s);
        finish(false);
        return;
    }
    m_fetcher = new RestFetcher(m_settings, std::move(secrets), this);
    connect(m_fetcher, &RestFetcher::exchangeRecorded, this, &RestSource::keep);
    if (const Result<void> prepared = m_fetcher->prepare(); !prepared) {
        m_findings.error(settingsFile, 0, u"caCertificateFile"_s, prepared.error(),
                         u"settings.invalid"_s);
        finish(false);
        return;
    }
    m_export = std::make_unique<RestCsvExport>(m_settings.version, m_folder);
    if (const Result<void> opened = m_export->open(); !opened) {
        m_findings.error(m_folder, 0, {}, opened.error(), u"rest.output"_s);
        finish(false);
        return;
    }
    qCInfo(lcRestSource) << "reading OneRoster" << oneRosterVersionName(m_settings.version)
                         << "from" << m_fetcher->shown(m_settings.apiRoot()) << "into" << m_folder;
    // Starts from the event loop, so that finished() is never emitted inside start().
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            nextCollection();
    });
}

void RestSource::nextCollection()
{
    const QList<RestCollection> &all = restCollections();
    if (m_index >= all.size()) {
        const std::optional<VendorPreset> preset = VendorPreset::find(m_settings.vendor);
        if (const Result<void> written = m_export->finish(preset ? preset->displayName : QString());
            !written) {
            m_findings.error(m_folder, 0, {}, written.error(), u"rest.output"_s);
            finish(false);
            return;
        }
        finish(true);
        return;
    }
    const RestCollection collection = all.at(m_index);
    const RestCollectionInfo &info = restCollectionInfo(collection);
    if (const Result<void> begun = m_export->beginCollection(collection); !begun) {
        m_findings.error(info.fileName, 0, {}, begun.error(), u"rest.output"_s);
        finish(false);
        return;
    }
    auto *pager = new CollectionPager(m_fetcher, collection, this);
    m_pager = pager;
    pager->setPageSink([this, collection](const QJsonArray &records) {
        QStringList problems;
        Result<void> ok = m_export->writeRecords(collection, records, &problems);
        const RestCollectionInfo &i = restCollectionInfo(collection);
        for (const QString &p : std::as_const(problems))
            m_findings.error(i.name, 0, {}, p, u"rest.ref.nosourcedid"_s);
        return ok;
    });
    connect(pager, &CollectionPager::progress, this, &RestSource::progress);
    connect(pager, &CollectionPager::finished, this, &RestSource::onCollectionFinished);
    pager->start();
}

void RestSource::onCollectionFinished(bool ok)
{
    CollectionPager *pager = m_pager;
    if (!pager || sender() != pager)
        return;
    pager->deleteLater();
    m_pager = nullptr;
    if (m_done)
        return;
    const RestCollectionInfo &info = restCollectionInfo(pager->collection());
    m_counts.insert(int(pager->collection()), pager->received());
    m_pagesRead += pager->pagesRead();
    m_earlyIgnored += pager->earlyIgnored();
    for (const QString &w : pager->warnings())
        m_findings.warning(info.name, 0, {}, w, u"rest.pagesize"_s);
    if (!ok) {
        m_findings.error(info.name, 0, {}, pager->errorString(),
                         pager->failedStatus() > 0 ? u"rest.http"_s : u"rest.paging"_s);
        finish(false);
        return;
    }
    if (const Result<void> ended = m_export->endCollection(); !ended) {
        m_findings.error(info.fileName, 0, {}, ended.error(), u"rest.output"_s);
        finish(false);
        return;
    }
    qCInfo(lcRestSource) << "read" << pager->received() << info.name;
    ++m_index;
    nextCollection();
}

void RestSource::keep(const RestExchange &exchange)
{
    Q_EMIT exchangeRecorded(exchange);
    const bool failed = exchange.status < 200 || exchange.status > 299;
    if (m_exchanges.size() < kMaxExchangesKept ||
        (failed && m_exchanges.size() < 2 * kMaxExchangesKept))
        m_exchanges.append(exchange);
    else
        ++m_exchangesDropped;
}

void RestSource::cancel()
{
    if (!m_running || m_done)
        return;
    m_findings.error(QString(), 0, {}, tr("the run was cancelled"), u"rest.cancelled"_s);
    finish(false);
}

void RestSource::finish(bool ok)
{
    if (m_done)
        return;
    m_done = true;
    if (m_pager) {
        m_pager->disconnect(this);
        m_pager->deleteLater();
        m_pager = nullptr;
    }
    if (m_fetcher)
        m_fetcher->cancel();
    if (!ok && m_export)
        m_export->discard();
    m_export.reset();
    qCInfo(lcRestSource) << (ok ? "finished" : "failed") << "with" << m_findings.errorCount()
                         << "errors";
    QTimer::singleShot(0, this, [this, ok] {
        m_running = false;
        Q_EMIT finished(ok);
    });
}

} // namespace rb
