#pragma once

#include "BatchResultFault.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace fake {

// Every switch of the fake portal. Fields marked INFERRED select one reading of a point the
// wire reference (docs/bitrix24-api.md) leaves open; the default is the reading the doc prefers.
// Tests may change any field at run time through FakePortal::config().
struct PortalConfig
{
    bool https = false; // read by start(); every other switch applies from the next request
    // Read by start() as well. The name the portal and its authorization server call
    // themselves by (in their URLs and OAuth answers); they still listen on 127.0.0.1 only,
    // so another name is reachable only through a proxy that maps it there (proxy tests).
    QString hostName = QStringLiteral("127.0.0.1");
    // PEM certificate and RSA key for https; empty: the embedded ones (127.0.0.1, localhost).
    QByteArray certificatePem;
    QByteArray privateKeyPem;
    int mailboxes = 12;       // for user 1
    int foreignMailboxes = 3; // owned by user 2, interleaved by id
    quint64 seed = 1;
    // Read by the constructor. The default webhook's code and the app's client secret; empty:
    // random per run (the seed fixes only the data and the public client_id/member_id).
    QString webhookCode;
    QString clientSecret;
    int latencyMs = 0;       // added before each answer (async, never blocks the event loop)
    int latencyJitterMs = 0; // plus 0..N ms drawn per answer (seeded by `seed`)

    // Limits (§6)
    bool rateLimit = true;
    double rateBurst = 50;
    double rateDrainPerSec = 2;
    bool overload = false; // every REST call answers 503 OVERLOAD_LIMIT
    bool operatingLimit = true;
    double operatingLimitSecs = 480;
    double operatingCostSecs = 0.02; // per call
    // Hostile limit answers: a portal may send anything here. Undefined: the real value.
    // E.g. 1e300, -5, "nan", "inf" (strings are how NaN and infinities travel in JSON).
    QJsonValue operatingResetAt = QJsonValue(QJsonValue::Undefined); // in every `time`
    QByteArray retryAfter; // non-empty: a Retry-After header on 429 and 503 answers

    // Error shapes and wording
    bool nestedSystemErrors = false;         // INFERRED: system errors on /rest/api/ flat or nested
    QString language = QStringLiteral("en"); // "ru" localizes error messages
    bool timeOnErrors = false;               // INFERRED: add a `time` object to v3 errors

    // Method semantics
    bool clampLimit = true;            // INFERRED: limit>100 (or <0) clamped; false -> 400
    bool caseInsensitiveFilter = true; // INFERRED
    bool foreignMailboxDenied = false; // INFERRED: false -> 400 ENTITYNOTFOUND, true -> 403
    bool strictGetSelect = false; // INFERRED: unknown `select` field of get -> 400, not dropped
    QList<int> accessDeniedUsers; // these users get 403 ACCESSDENIED on the mail methods
    int intTimeStartEvery = 3;    // every Nth success prints time.start as an int (0: never)
    // One more sender whose name holds CR/LF, an escape and a bidi override (client tests).
    bool hostileSenderName = false;

    // Paging faults a real server may have (§3.6), on every list method, single call or in a
    // batch. All off; none ever reports an error.
    int pageCap = 0; // >0: a page holds at most this many rows, whatever `limit` asked for
    bool pageCapCutsAfterOffset = false; // false: limit clamped to the cap, then the offset
                                         // true: offset from the asked limit, then cut
    bool ignorePage = false;             // page and offset ignored: always the first rows
    int repeatPagesAfter = 0;            // >0: pages (and offsets) past page N answer page N's rows
    int cyclePagesAfter = 0;   // >0: after page N the pages start again: page N+1 answers page 1
    bool endlessPages = false; // every page past the data holds new rows: the list never ends
    int overlapRows = 0; // >0: pages after the first start this many rows early (rows inserted
                         // while a client pages), so each repeats the end of the one before

    // Credentials on /rest/api/
    bool acceptBearer = true;                // INFERRED: Authorization: Bearer <token> on v3
    bool acceptQueryAuth = true;             // INFERRED: ?auth=<token> (the only way for GET/batch)
    bool unknownTokenIsInvalidToken = false; // INFERRED: unknown token -> 401 invalid_token
    bool restV3 = true; // false: an old portal, /rest/api/* -> 404 ERROR_METHOD_NOT_FOUND

    // Batch (§7)
    int batchMaxCommands = 50;   // INFERRED
    bool batchFailWhole = false; // INFERRED: true -> the first failing command fails the batch
    BatchResultFault batchResultFault = BatchResultFault::None; // a 200 without the results

    // Transport
    bool requireHttps = false; // plain http -> 400 INVALID_REQUEST
    // Every portal answer carries a Date header from the portal's clock (advanceClock moves
    // it); false leaves it out, so clients must do without.
    bool dateHeader = true;
    QString movedTo; // non-empty: every portal request answers 302 to movedTo + same path

    // Faults
    qint64 oversizedBytes = 64LL * 1024 * 1024;
    int slowDripMs = 4000;       // total time a SlowDrip body takes
    int slowDripIntervalMs = 75; // pause between two pieces

    // OAuth (§5)
    qint64 accessTokenTtlSecs = 3600;
    qint64 refreshTokenTtlSecs = 180LL * 24 * 3600;
    qint64 codeTtlSecs = 30;
    bool authorizeApproves = true;      // false: the portal shows its own error page, no redirect
    int authorizeUserId = 1;            // the logged-in user who approves
    int authorizeErrorStatus = 200;     // HTTP status of the portal's HTML error page
    QString redirectUri;                // the app's registered handler; empty: code shown on a page
    bool acceptRedirectUriParam = true; // INFERRED: honour a redirect_uri query parameter
    bool allowLoopbackRedirect = true;  // INFERRED: false refuses http:// and custom schemes
    QStringList appScopes = {QStringLiteral("mail"), QStringLiteral("user")};
    bool tokenErrorsUse401ForClient = true; // INFERRED: invalid_client -> 401, others 400
    bool tokenAcceptsPost = true;           // INFERRED: POST form body on /oauth/token/
    // How a POST is refused when tokenAcceptsPost is false: 405 or 501 (the method itself),
    // or 400, an invalid_request answer a client must not take as "use GET".
    int tokenPostRefusalStatus = 405;
    bool tokenSlowDrip = false; // token answers trickle in over slowDripMs (a hostile server)
    bool refreshInvalidatesOld = true;    // INFERRED: a used refresh token stops working
    bool exchangeIncludesExpires = false; // INFERRED: code exchange also sends expires/user_id
    // A late code: the recorded answer (§5.5); "invalid_grant" is the other reading. A used or
    // unknown code always gets invalid_grant.
    QString expiredCodeError = QStringLiteral("expired_token");
};

} // namespace fake
