#include "CollectionPager.h"

#include "RestJson.h"
#include "common/Hashing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcRestPager, "rosterbridge.oneroster.rest.paging")

namespace {

// The server's own words from an error body: the 1.2 imsx_statusInfo description and code
// minor, an OAuth error, or the start of the text.
QString serverText(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        QJsonObject o = doc.object();
        if (o.value(u"imsx_statusInfo"_s).isObject())
            o = o.value(u"imsx_statusInfo"_s).toObject();
        else if (o.value(u"statusInfoSet"_s).isArray())
            o = o.value(u"statusInfoSet"_s).toArray().first().toObject();
        QStringList parts;
        for (const QString &key : {u"imsx_description"_s, u"error"_s, u"error_description"_s,
                                   u"message"_s, u"description"_s}) {
            const QString v = o.value(key).toString().trimmed();
            if (!v.isEmpty())
                parts.append(v);
        }
        const QJsonArray minors =
            o.value(u"imsx_CodeMinor"_s).toObject().value(u"imsx_codeMinorField"_s).toArray();
        for (const QJsonValue m : minors) {
            const QString v = m.toObject().value(u"imsx_codeMinorFieldValue"_s).toString();
            if (!v.isEmpty())
                parts.append(v);
        }
        if (!parts.isEmpty())
            return parts.join(u"; "_s);
    }
    return QString::fromUtf8(body.left(200)).simplified();
}

quint64 fingerprint(const QJsonArray &records)
{
    QByteArray ids;
    for (const QJsonValue v : records)
        ids += RestJson::text(v.toObject().value(u"sourcedId"_s)) + '\0';
    return records.isEmpty() ? 0 : hash64(ids);
}

} // namespace

CollectionPager::CollectionPager(RestFetcher *fetcher, RestCollection collection, QObject *parent)
    : QObject(parent)
    , m_fetcher(fetcher)
    , m_collection(collection)
    , m_name(restCollectionInfo(collection).name)
    , m_limit(fetcher->settings().pageSize)
    , m_maxInFlight(fetcher->settings().maxInFlight)
{
    QUrl root = fetcher->settings().apiRoot();
    root.setPath(root.path() + restCollectionInfo(collection).path);
    m_collectionUrl = root;
}

QUrl CollectionPager::nextLink(const QByteArray &linkHeader, const QUrl &base)
{
    // Link: <url>; rel="next", <url>; rel="last"   (RFC 8288; rel may list several words)
    qsizetype pos = 0;
    while (pos < linkHeader.size()) {
        const qsizetype open = linkHeader.indexOf('<', pos);
        if (open < 0)
            break;
        const qsizetype close = linkHeader.indexOf('>', open);
        if (close < 0)
            break;
        const QByteArray target = linkHeader.mid(open + 1, close - open - 1).trimmed();
        qsizetype next = linkHeader.indexOf('<', close);
        if (next < 0)
            next = linkHeader.size();
        const QByteArray params = linkHeader.mid(close + 1, next - close - 1);
        for (const QByteArray &param : params.split(';')) {
            const QByteArray p = param.trimmed();
            if (!p.toLower().startsWith("rel"))
                continue;
            const qsizetype eq = p.indexOf('=');
            if (eq < 0)
                continue;
            QByteArray value = p.mid(eq + 1).trimmed();
            if (value.endsWith(','))
                value.chop(1);
            value = value.trimmed();
            if (value.startsWith('"') && value.endsWith('"') && value.size() >= 2)
                value = value.mid(1, value.size() - 2);
            const QList<QByteArray> rels = value.toLower().split(' ');
            if (rels.contains("next"))
                return base.resolved(QUrl::fromEncoded(target));
        }
        pos = next;
    }
    return {};
}

bool CollectionPager::sameOrigin(const QUrl &url, const QUrl &root)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : 80;
    return scheme == root.scheme().toLower() &&
           url.host().compare(root.host(), Qt::CaseInsensitive) == 0 &&
           url.port(defaultPort) == root.port(defaultPort);
}

QString CollectionPager::describeFailure(const RestResponse &response, const QString &shownUrl,
                                         const QString &collectionName)
{
    if (response.status == 0)
        return tr("GET %1 failed: %2").arg(shownUrl, response.error);
    const QString said = serverText(response.body);
    QString hint;
    switch (response.status) {
    case 401:
        hint = tr("the server refused the credentials");
        break;
    case 403:
        hint = tr("access to %1 is denied: the client may lack a scope or the read permission "
                  "for it")
                   .arg(collectionName);
        break;
    case 404:
        hint = tr("the endpoint does not exist: check the API URL and the OneRoster version");
        break;
    default:
        break;
    }
    QString message = tr("GET %1 answered HTTP %2").arg(shownUrl).arg(response.status);
    if (!hint.isEmpty())
        message += u"; "_s + hint;
    if (!said.isEmpty())
        message += tr(" (the server said: %1)").arg(said);
    if (!response.error.isEmpty() && response.status != 401 && response.status != 403)
        message += u"; "_s + response.error;
    return message;
}

QUrl CollectionPager::pageUrl(qint64 offset) const
{
    QUrl url = m_collectionUrl;
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_limit));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    url.setQuery(query);
    return url;
}

void CollectionPager::start()
{
    m_mode = Mode::First;
    issue(0, pageUrl(0));
    for (qint64 index = 1; index < m_maxInFlight; ++index)
        issueEarly(index, pageUrl(index * m_limit));
}

void CollectionPager::issueEarly(qint64 index, const QUrl &url)
{
    m_early.emplace(index, Early{url, false, std::nullopt});
    m_fetcher->get(
        url, tr("%1 page %2").arg(m_name).arg(index + 1), this,
        [this, index](const RestResponse &response) { onEarlyResponse(index, response); });
}

void CollectionPager::onEarlyResponse(qint64 index, const RestResponse &response)
{
    const auto it = m_early.find(index);
    if (m_finished || it == m_early.end())
        return;
    if (!it->second.adopted) {
        // Held until the first page tells whether this is a page the run needs.
        it->second.response = response;
        return;
    }
    m_early.erase(it);
    onResponse(index, response);
}

void CollectionPager::dropEarly()
{
    for (auto it = m_early.begin(); it != m_early.end();) {
        if (it->second.adopted) {
            ++it;
            continue;
        }
        ++m_earlyIgnored;
        it = m_early.erase(it);
    }
}

bool CollectionPager::withinPageCap(const QUrl &url, int status)
{
    const qint64 pages = m_nextIssue + 1;
    if (m_total >= 0) {
        const qint64 perPage = qMax<qint64>(1, m_stride > 0 ? m_stride : m_limit);
        const qint64 needed = (m_total + perPage - 1) / perPage;
        if (pages <= needed * 2 + kExtraPages)
            return true;
        fail(tr("GET %1 would be page %2 of %3, far more than the %4 pages that %5 records "
                "(X-Total-Count) at %6 per page need; the server's paging does not end")
                 .arg(m_fetcher->shown(url))
                 .arg(pages)
                 .arg(m_name)
                 .arg(needed)
                 .arg(m_total)
                 .arg(perPage),
             url, status);
        return false;
    }
    if (pages <= m_maxPagesWithoutTotal)
        return true;
    fail(tr("GET %1 would be page %2 of %3, more than the %4 pages RosterBridge reads without "
            "an X-Total-Count; the server's paging does not end")
             .arg(m_fetcher->shown(url))
             .arg(pages)
             .arg(m_name)
             .arg(m_maxPagesWithoutTotal),
         url, status);
    return false;
}

void CollectionPager::issue(qint64 index, const QUrl &url)
{
    m_inFlight.insert(index);
    m_nextIssue = index + 1;
    m_fetchedUrls.insert(url.toString(QUrl::FullyEncoded));
    if (const auto early = m_early.find(index);
        early != m_early.end() && !early->second.adopted && early->second.url == url) {
        // Already requested, for this index and this URL: the answer is used as if the
        // request went out now.
        if (!early->second.response) {
            early->second.adopted = true;
            return;
        }
        const RestResponse response = *early->second.response;
        m_early.erase(early);
        // Queued: issue() is called while responses are being processed.
        QMetaObject::invokeMethod(
            this, [this, index, response] { onResponse(index, response); }, Qt::QueuedConnection);
        return;
    }
    m_fetcher->get(url, tr("%1 page %2").arg(m_name).arg(index + 1), this,
                   [this, index](const RestResponse &response) { onResponse(index, response); });
}

void CollectionPager::issueMore()
{
    if (m_mode != Mode::Offset || m_endReached || m_finished)
        return;
    while (m_inFlight.size() < m_maxInFlight) {
        const qint64 offset = m_nextIssue * m_stride;
        if (m_total >= 0 && offset >= m_total)
            break;
        // While it is unclear whether a short first page was the end, one page at a time.
        if (m_probing && !m_inFlight.isEmpty())
            break;
        if (!withinPageCap(pageUrl(offset), 0))
            return;
        issue(m_nextIssue, pageUrl(offset));
    }
}

void CollectionPager::onResponse(qint64 index, const RestResponse &response)
{
    m_inFlight.remove(index);
    if (m_finished)
        return;
    if (response.cancelled) {
        fail(tr("cancelled"));
        return;
    }
    // Once the total is known, which pages remain does not depend on this one: the next
    // request goes out before this page is parsed and written, not after.
    if (m_mode == Mode::Offset && m_total >= 0 && response.isSuccess())
        issueMore();
    Page page;
    if (!parse(response, &page))
        return;
    m_ready.emplace(index, std::move(page));
    while (!m_finished) {
        const auto it = m_ready.find(m_nextProcess);
        if (it == m_ready.end())
            break;
        const Page ready = std::move(it->second);
        m_ready.erase(it);
        if (!process(m_nextProcess, ready))
            return;
        ++m_nextProcess;
    }
    if (m_finished)
        return;
    if (m_mode == Mode::Offset)
        issueMore();
    if (m_mode != Mode::First)
        dropEarly();
    succeedIfDone();
}

bool CollectionPager::parse(const RestResponse &response, Page *page)
{
    const QString shown = m_fetcher->shown(response.url);
    if (!response.isSuccess()) {
        fail(describeFailure(response, shown, m_name), response.url, response.status);
        return false;
    }
    page->url = response.url;
    page->status = response.status;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(tr("GET %1 answered HTTP %2 with invalid JSON (%3 at byte %4)")
                 .arg(shown)
                 .arg(response.status)
                 .arg(error.errorString())
                 .arg(error.offset),
             response.url, response.status);
        return false;
    }
    if (!doc.isObject()) {
        fail(tr("GET %1 answered HTTP %2 with JSON that is not an object")
                 .arg(shown)
                 .arg(response.status),
             response.url, response.status);
        return false;
    }
    const QJsonObject object = doc.object();
    const QStringList keys = restCollectionInfo(m_collection).envelopeKeys;
    const std::optional<QJsonArray> records = RestJson::envelope(object, keys);
    if (!records) {
        fail(tr("GET %1 answered HTTP %2 without the \"%3\" array the data must be in (the "
                "answer has: %4)")
                 .arg(shown)
                 .arg(response.status)
                 .arg(keys.join(u"\" or \""_s),
                      object.isEmpty() ? tr("nothing") : object.keys().join(u", "_s)),
             response.url, response.status);
        return false;
    }
    page->records = *records;
    for (qsizetype i = 0; i < page->records.size(); ++i) {
        if (!page->records.at(i).isObject()) {
            fail(tr("GET %1: record %2 of the page is not a JSON object").arg(shown).arg(i + 1),
                 response.url, response.status);
            return false;
        }
    }
    const QByteArray totalHeader = response.header("X-Total-Count").trimmed();
    if (!totalHeader.isEmpty()) {
        bool ok = false;
        const qint64 total = totalHeader.toLongLong(&ok);
        if (ok && total >= 0)
            page->total = total;
        else if (!m_warnings.contains(u"x-total-count"_s))
            qCWarning(lcRestPager) << "unreadable X-Total-Count" << totalHeader;
    }
    page->next = nextLink(response.header("Link"), response.url);
    return true;
}

bool CollectionPager::process(qint64 index, const Page &page)
{
    const QString shown = m_fetcher->shown(page.url);
    const qint64 n = page.records.size();
    ++m_pagesRead;

    if (page.total >= 0) {
        if (m_total < 0 && index == 0) {
            m_total = page.total;
        } else if (m_total >= 0 && page.total != m_total) {
            fail(tr("the total number of %1 changed during the run (X-Total-Count was %2, now "
                    "%3 at %4); the SIS data changed while it was read, so try again later")
                     .arg(m_name)
                     .arg(m_total)
                     .arg(page.total)
                     .arg(shown),
                 page.url, page.status);
            return false;
        }
    }

    if (m_endReached) {
        if (n > 0) {
            fail(tr("GET %1 returned %2 records after the end of %3 had been reached; the "
                    "server's paging is inconsistent")
                     .arg(shown)
                     .arg(n)
                     .arg(m_name),
                 page.url, page.status);
            return false;
        }
        return true;
    }

    const quint64 print = fingerprint(page.records);
    if (n > 0 && print == m_lastFingerprint) {
        fail(tr("GET %1 returned the same page as the request before it; the server does not "
                "page %2 correctly")
                 .arg(shown, m_name),
             page.url, page.status);
        return false;
    }
    m_lastFingerprint = print;
    for (const QJsonValue v : page.records) {
        const QByteArray id = RestJson::text(v.toObject().value(u"sourcedId"_s)).trimmed();
        if (id.isEmpty())
            continue; // reported by the CSV reader as a missing required value
        if (!m_seen.insert(hash64(id))) {
            fail(tr("GET %1 returned the %2 record \"%3\" a second time; paging that repeats "
                    "records may also skip others")
                     .arg(shown, m_name, QString::fromUtf8(id)),
                 page.url, page.status);
            return false;
        }
    }
    if (const Result<void> kept = m_sink ? m_sink(page.records) : Result<void>(); !kept) {
        fail(kept.error(), page.url, page.status);
        return false;
    }
    m_received += n;
    Q_EMIT progress(m_name, m_received, m_total);

    if (m_mode == Mode::First) {
        m_stride = n;
        // Next links are followed one at a time; with a total and several requests allowed in
        // flight, limit/offset pages can be fetched side by side and still be proven complete.
        if (!page.next.isEmpty() && (m_total < 0 || m_maxInFlight <= 1)) {
            m_mode = Mode::Link;
        } else {
            m_mode = Mode::Offset;
            if (n == 0 || (m_total >= 0 && m_received >= m_total)) {
                reachEnd();
                return !m_finished;
            }
            if (n < m_limit) {
                if (m_total >= 0) {
                    // Fewer than asked but more to come: the server caps the page size.
                    m_warnings.append(tr("the server returns at most %1 %2 per page (%3 were "
                                         "asked for)")
                                          .arg(n)
                                          .arg(m_name)
                                          .arg(m_limit));
                } else {
                    // The end, or a capped page size: the next page tells which.
                    m_probing = true;
                }
            }
            return true;
        }
    }

    if (m_mode == Mode::Link) {
        if (n == 0 || page.next.isEmpty()) {
            reachEnd();
            return !m_finished;
        }
        if (m_total >= 0 && n < m_stride && m_received < m_total) {
            fail(tr("GET %1 returned %2 %3 where pages hold %4, before reaching the total of %5 "
                    "(%6 so far)")
                     .arg(shown)
                     .arg(n)
                     .arg(m_name)
                     .arg(m_stride)
                     .arg(m_total)
                     .arg(m_received),
                 page.url, page.status);
            return false;
        }
        if (!sameOrigin(page.next, m_collectionUrl)) {
            fail(
                tr("GET %1 points to a next page on another server (%2); RosterBridge sends "
                   "its credentials only to %3")
                    .arg(shown, m_fetcher->shown(page.next),
                         m_collectionUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()),
                page.url, page.status);
            return false;
        }
        if (m_fetchedUrls.contains(page.next.toString(QUrl::FullyEncoded))) {
            fail(tr("GET %1 points to a next page that was already read (%2); the server's "
                    "paging repeats itself")
                     .arg(shown, m_fetcher->shown(page.next)),
                 page.url, page.status);
            return false;
        }
        if (!withinPageCap(page.next, page.status))
            return false;
        issue(index + 1, page.next);
        return true;
    }

    // Offset mode, pages after the first.
    if (m_probing && index == 1) {
        m_probing = false;
        if (n > 0)
            m_warnings.append(tr("the server returns at most %1 %2 per page (%3 were asked for)")
                                  .arg(m_stride)
                                  .arg(m_name)
                                  .arg(m_limit));
    }
    const qint64 offset = index * m_stride;
    const qint64 expected = m_total >= 0 ? qMin(m_stride, m_total - offset) : m_stride;
    if (n > expected) {
        fail(tr("GET %1 returned %2 %3 where at most %4 were expected")
                 .arg(shown)
                 .arg(n)
                 .arg(m_name)
                 .arg(expected),
             page.url, page.status);
        return false;
    }
    if (m_total >= 0) {
        if (n < expected) {
            fail(tr("GET %1 returned %2 %3 where %4 were expected: a short page before the "
                    "total of %5 (%6 so far)")
                     .arg(shown)
                     .arg(n)
                     .arg(m_name)
                     .arg(expected)
                     .arg(m_total)
                     .arg(m_received),
                 page.url, page.status);
            return false;
        }
        if (m_received >= m_total)
            reachEnd();
    } else if (n < m_stride) {
        reachEnd();
    }
    return !m_finished;
}

void CollectionPager::reachEnd()
{
    m_endReached = true;
    if (m_total >= 0 && m_received != m_total) {
        fail(tr("the server reported %1 %2 (X-Total-Count) but only %3 could be read")
                 .arg(m_total)
                 .arg(m_name)
                 .arg(m_received));
    }
}

void CollectionPager::succeedIfDone()
{
    if (m_finished || !m_endReached || !m_inFlight.isEmpty())
        return;
    qCInfo(lcRestPager) << "read" << m_received << m_name << "in" << m_pagesRead << "pages"
                        << "total" << m_total;
    end(true);
}

void CollectionPager::fail(const QString &message, const QUrl &url, int status)
{
    if (m_finished)
        return;
    m_error = message;
    m_failedUrl = url.isEmpty() ? QString() : m_fetcher->shown(url);
    m_failedStatus = status;
    qCWarning(lcRestPager).noquote() << m_name << ":" << message;
    end(false);
}

void CollectionPager::cancel()
{
    fail(tr("cancelled"));
}

void CollectionPager::end(bool ok)
{
    m_finished = true;
    m_ready.clear();
    m_early.clear();
    // Queued, so that the receiver may delete this pager and callers never re-enter.
    QTimer::singleShot(0, this, [this, ok] { Q_EMIT finished(ok); });
}

} // namespace rb
