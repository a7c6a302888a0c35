#include "FaultInjector.h"

#include "ImsxStatus.h"

namespace rb::dev {

namespace {

bool every(int n, qint64 count)
{
    return n > 0 && count % n == 0;
}

} // namespace

std::optional<FaultSettings> FaultSettings::fromJson(const QJsonObject &object, QString *error)
{
    FaultSettings s;
    const QHash<QString, int *> ints = {
        {QStringLiteral("latencyMs"), &s.latencyMs},
        {QStringLiteral("rate429Every"), &s.rate429Every},
        {QStringLiteral("retryAfterSeconds"), &s.retryAfterSeconds},
        {QStringLiteral("error500Every"), &s.error500Every},
        {QStringLiteral("error500Count"), &s.error500Count},
        {QStringLiteral("revokeTokensEvery"), &s.revokeTokensEvery},
        {QStringLiteral("truncateEvery"), &s.truncateEvery},
        {QStringLiteral("dropEvery"), &s.dropEvery},
        {QStringLiteral("omitEnvelopeEvery"), &s.omitEnvelopeEvery}};
    const QHash<QString, bool *> bools = {
        {QStringLiteral("error500Always"), &s.error500Always},
        {QStringLiteral("duplicateAcrossPages"), &s.duplicateAcrossPages},
        {QStringLiteral("omitTotalCount"), &s.omitTotalCount},
        {QStringLiteral("repeatPage"), &s.repeatPage},
        {QStringLiteral("shortPage"), &s.shortPage},
        {QStringLiteral("splitWrites"), &s.splitWrites}};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (it.key() == u"tokenTtl") {
            if (v.isNull()) {
                s.tokenTtl.reset();
                continue;
            }
            if (!v.isDouble() || v.toDouble() < 0) {
                *error = QStringLiteral("tokenTtl must be a number of seconds or null");
                return std::nullopt;
            }
            s.tokenTtl = v.toInt();
        } else if (int *target = ints.value(it.key())) {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e9) {
                *error = it.key() + QStringLiteral(" must be a number of at least 0");
                return std::nullopt;
            }
            *target = v.toInt();
        } else if (bool *flag = bools.value(it.key())) {
            if (!v.isBool()) {
                *error = it.key() + QStringLiteral(" must be true or false");
                return std::nullopt;
            }
            *flag = v.toBool();
        } else {
            *error = QStringLiteral("unknown fault switch: ") + it.key();
            return std::nullopt;
        }
    }
    return s;
}

QJsonObject FaultSettings::toJson() const
{
    return {{QStringLiteral("latencyMs"), latencyMs},
            {QStringLiteral("rate429Every"), rate429Every},
            {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
            {QStringLiteral("error500Every"), error500Every},
            {QStringLiteral("error500Count"), error500Count},
            {QStringLiteral("error500Always"), error500Always},
            {QStringLiteral("tokenTtl"), tokenTtl ? QJsonValue(*tokenTtl) : QJsonValue()},
            {QStringLiteral("revokeTokensEvery"), revokeTokensEvery},
            {QStringLiteral("truncateEvery"), truncateEvery},
            {QStringLiteral("dropEvery"), dropEvery},
            {QStringLiteral("duplicateAcrossPages"), duplicateAcrossPages},
            {QStringLiteral("omitTotalCount"), omitTotalCount},
            {QStringLiteral("omitEnvelopeEvery"), omitEnvelopeEvery},
            {QStringLiteral("repeatPage"), repeatPage},
            {QStringLiteral("shortPage"), shortPage},
            {QStringLiteral("splitWrites"), splitWrites}};
}

QString FaultSettings::helpText()
{
    return QStringLiteral(
        "Fault switches (--fault name=value, or POST /__admin/faults with a JSON object that\n"
        "replaces the whole set). API requests (not token or admin requests) are numbered\n"
        "1, 2, 3 ... from start-up or the last POST; faults are decided before authentication;\n"
        "\"every N\" fires on requests N, 2N, 3N ... (0 = off).\n"
        "  latencyMs=MS              wait before every API response\n"
        "  rate429Every=N            request N, 2N ... answers 429 with Retry-After\n"
        "  retryAfterSeconds=S       Retry-After of those 429s (default 1)\n"
        "  error500Every=N           request N, 2N ... answers 500\n"
        "  error500Count=N           the next N API requests answer 500, then normal\n"
        "  error500Always=true       every API request answers 500\n"
        "  tokenTtl=S                expires_in of OAuth 2 tokens issued from now on\n"
        "  revokeTokensEvery=N       request N, 2N ... revokes every access token issued\n"
        "                            so far and answers 401\n"
        "  truncateEvery=N           response N, 2N ... announces its full Content-Length,\n"
        "                            sends half the body and closes the connection\n"
        "  dropEvery=N               request N, 2N ... is not answered; the connection closes\n"
        "  duplicateAcrossPages=true a page at offset > 0 starts with the previous page's\n"
        "                            last record (limit + 1 records)\n"
        "  omitTotalCount=true       no X-Total-Count header\n"
        "  omitEnvelopeEvery=N       response N, 2N ... that would be a 200 is 200 with {}\n"
        "  repeatPage=true           offset ignored: every request gets the first page\n"
        "  shortPage=true            each non-empty page leaves out its last record;\n"
        "                            X-Total-Count and Link stay right\n"
        "  splitWrites=true          Nagle stays on and head and body go out in two writes:\n"
        "                            each response waits for the client's delayed ACK\n"
        "Precedence: drop, 429, error500Always, error500Count, error500Every; truncation and\n"
        "the empty envelope apply to whatever is answered.\n");
}

void FaultInjector::replace(const FaultSettings &settings)
{
    m_settings = settings;
    m_count = 0;
    m_remaining500 = settings.error500Count;
}

QJsonObject FaultInjector::toJson() const
{
    QJsonObject o = m_settings.toJson();
    o.insert(QStringLiteral("error500Count"), m_remaining500);
    return o;
}

FaultInjector::Decision FaultInjector::onApiRequest()
{
    const qint64 n = ++m_count;
    Decision d;
    d.delayMs = m_settings.latencyMs;
    d.splitWrites = m_settings.splitWrites;
    if (every(m_settings.dropEvery, n)) {
        d.delivery = Delivery::Drop;
        d.answer = HttpResponse{};
        return d;
    }
    if (every(m_settings.rate429Every, n)) {
        d.answer = imsxError(429, QStringLiteral("server_busy"),
                             QStringLiteral("too many requests, retry later"));
        d.answer->setHeader("Retry-After", QByteArray::number(m_settings.retryAfterSeconds));
    } else if (m_settings.error500Always) {
        d.answer = imsxError(500, QStringLiteral("internal_server_error"),
                             QStringLiteral("permanent failure (error500Always)"));
    } else if (m_remaining500 > 0) {
        --m_remaining500;
        d.answer = imsxError(500, QStringLiteral("internal_server_error"),
                             QStringLiteral("transient failure (error500Count)"));
    } else if (every(m_settings.error500Every, n)) {
        d.answer = imsxError(500, QStringLiteral("internal_server_error"),
                             QStringLiteral("periodic failure (error500Every)"));
    }
    d.revokeTokens = every(m_settings.revokeTokensEvery, n);
    d.emptyEnvelope = every(m_settings.omitEnvelopeEvery, n);
    if (every(m_settings.truncateEvery, n))
        d.delivery = Delivery::Truncate;
    return d;
}

PagingFaults FaultInjector::paging() const
{
    return {m_settings.duplicateAcrossPages, m_settings.repeatPage, m_settings.shortPage,
            m_settings.omitTotalCount};
}

} // namespace rb::dev
