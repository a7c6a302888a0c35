#pragma once

#include "HttpResponse.h"
#include "RosterApi.h"

#include <QJsonObject>

#include <optional>

namespace rb::dev {

// Fault switches. "API request" means any request under a OneRoster version root; token and
// /__admin requests are never counted, delayed or faulted. API requests are numbered 1, 2, 3 …
// from the moment the switch set was last replaced (start-up or POST /__admin/faults), and the
// faults are decided before authentication. "Every N" fires on requests N, 2N, 3N … (0 = off).
//
// | switch               | value   | effect                                                    |
// |----------------------|---------|-----------------------------------------------------------|
// | latencyMs            | ms      | wait this long before every API response (faulted too)    |
// | rate429Every         | N       | request N, 2N … answers 429 server_busy with Retry-After  |
// | retryAfterSeconds    | s (1)   | the Retry-After value of those 429s                       |
// | error500Every        | N       | request N, 2N … answers 500 internal_server_error         |
// | error500Count        | N       | the next N API requests answer 500, then normal           |
// |                      |         | ("transient"); GET shows how many are left                |
// | error500Always       | bool    | every API request answers 500 ("permanent")               |
// | tokenTtl             | s       | expires_in of OAuth 2 tokens issued from now on, instead  |
// |                      |         | of --token-ttl (0: expired at once); null = not set       |
// | revokeTokensEvery    | N       | request N, 2N … revokes every access token issued so far |
// |                      |         | (it answers 401; refresh tokens stay valid)               |
// | truncateEvery        | N       | response N, 2N … announces its full Content-Length, sends |
// |                      |         | only the first half of the body, then closes              |
// | dropEvery            | N       | request N, 2N … gets no answer: the connection is closed  |
// | duplicateAcrossPages | bool    | a page at offset > 0 starts with one extra record, the    |
// |                      |         | last one of the previous page (limit + 1 records)         |
// | omitTotalCount       | bool    | collections have no X-Total-Count header                  |
// | omitEnvelopeEvery    | N       | response N, 2N … that would be a 200 is 200 with body {}  |
// | repeatPage           | bool    | offset is ignored: every page is the first page (headers  |
// |                      |         | still follow the requested offset)                        |
// | shortPage            | bool    | a page that would hold n >= 1 records holds n - 1 (its    |
// |                      |         | last is left out); X-Total-Count and Link stay right      |
// | splitWrites          | bool    | Nagle's algorithm stays on (no TCP_NODELAY) and the head  |
// |                      |         | and the body go out in two writes: on a kept-alive        |
// |                      |         | connection the body waits for the client's delayed ACK    |
// |                      |         | of the head (about 40 ms on Linux) on every response      |
//
// Precedence when several fire on one request: drop, 429, error500Always, error500Count,
// error500Every; truncation and the empty envelope then apply to whatever is answered.
struct FaultSettings
{
    int latencyMs = 0;
    int rate429Every = 0;
    int retryAfterSeconds = 1;
    int error500Every = 0;
    int error500Count = 0;
    bool error500Always = false;
    std::optional<int> tokenTtl;
    int revokeTokensEvery = 0;
    int truncateEvery = 0;
    int dropEvery = 0;
    bool duplicateAcrossPages = false;
    bool omitTotalCount = false;
    int omitEnvelopeEvery = 0;
    bool repeatPage = false;
    bool shortPage = false;
    bool splitWrites = false;

    // Unknown names and negative numbers are errors; missing names keep their defaults.
    static std::optional<FaultSettings> fromJson(const QJsonObject &object, QString *error);
    QJsonObject toJson() const;
    // The table above, for --help.
    static QString helpText();
};

class FaultInjector
{
public:
    struct Decision
    {
        std::optional<HttpResponse> answer; // set when a fault answers instead of the API
        Delivery delivery = Delivery::Normal;
        bool emptyEnvelope = false;
        bool revokeTokens = false;
        bool splitWrites = false;
        int delayMs = 0;
    };

    // Replaces every switch and restarts the request numbering.
    void replace(const FaultSettings &settings);
    QJsonObject toJson() const;
    // Counts one API request and decides its faults.
    Decision onApiRequest();
    PagingFaults paging() const;
    std::optional<int> tokenTtl() const { return m_settings.tokenTtl; }

private:
    FaultSettings m_settings;
    qint64 m_count = 0;
    int m_remaining500 = 0;
};

} // namespace rb::dev
