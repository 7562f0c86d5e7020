#include "RestClient.h"

#include "Credential.h"
#include "NetworkAccessFactory.h"
#include "RegistrableDomain.h"
#include "RestCall.h"
#include "SecretRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace mb {

using Category = RestError::Category;

namespace {
// ±10 % so that clients that failed together do not come back together.
double jitter()
{
    return 1.0 + (QRandomGenerator::global()->bounded(20) - 10) / 100.0;
}

// The part of a method URL that names the method: everything after the last "/rest/".
QString restTail(const QString &path)
{
    const qsizetype at = path.lastIndexOf(QLatin1String("/rest/"));
    return at >= 0 ? path.mid(at) : QString();
}
} // namespace

RestClient::RestClient(Credential *credential, QObject *parent)
    : RestClient(credential, nullptr, parent)
{}

RestClient::RestClient(Credential *credential, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : NetworkAccessFactory().create(this))
    , m_credential(credential)
    , m_pumpTimer(new QTimer(this))
{
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &RestClient::pump);
    setOptions(m_options);
    if (credential) {
        SecretRedactor::instance().addAll(credential->secrets());
        connect(credential, &Credential::refreshFinished, this, &RestClient::onRefreshFinished);
        connect(credential, &Credential::changed, this, [this] {
            if (m_credential)
                SecretRedactor::instance().addAll(m_credential->secrets());
        });
        connect(credential, &QObject::destroyed, this, &RestClient::onCredentialDestroyed);
    }
}

RestClient::~RestClient()
{
    m_pumpTimer->stop();
    // The callers' replies outlive us: they learn of the end from the event loop, not from
    // inside this destructor.
    const QList<RestCall *> all = m_queue + m_running + m_waitingForRefresh;
    m_reading.clear();
    m_queue.clear();
    m_running.clear();
    m_waitingForRefresh.clear();
    for (RestCall *call : all)
        call->detach(RestError(Category::Aborted));
}

void RestClient::setOptions(const ClientOptions &options)
{
    m_options = options;
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.batchPages = std::clamp(m_options.batchPages, 1, 50);
    m_limiter.configure(options.rateBurst, options.rateDrainPerSec);
}

void RestClient::setClock(const SteadyClock *clock)
{
    m_clock = clock;
    m_limiter.setClock(clock);
}

RestReply *RestClient::call(const QString &method, const QJsonObject &params)
{
    return enqueue(method, params);
}

RestReply *RestClient::batch(const QList<BatchCall> &calls)
{
    QJsonArray body;
    for (const BatchCall &c : calls)
        body.append(
            QJsonObject{{QLatin1String("method"), c.method}, {QLatin1String("query"), c.query}});
    return enqueue(QStringLiteral("batch"), body);
}

RestReply *RestClient::enqueue(const QString &method, const QJsonValue &body)
{
    auto *reply = new RestReply(method, nullptr);
    auto *call = new RestCall(this, method, body, reply);
    reply->m_onAbort = [this, call] { abortCall(call); };
    m_queue.append(call);
    schedulePump();
    return reply;
}

int RestClient::pendingCount() const
{
    return int(m_queue.size() + m_running.size() + m_waitingForRefresh.size());
}

qint64 RestClient::pausedForSecs(const QString &method) const
{
    const qint64 until = m_pausedUntilMs.value(method, 0);
    return until > nowMs() ? (until - nowMs() + 999) / 1000 : 0;
}

QDateTime RestClient::pausedUntil(const QString &method) const
{
    return pausedForSecs(method) > 0 ? m_retryAt.value(method) : QDateTime();
}

void RestClient::abortCall(RestCall *call)
{
    if (m_running.contains(call)) {
        call->abortByCaller(); // reported through onFinished()
        return;
    }
    if (m_queue.contains(call) || m_waitingForRefresh.contains(call))
        complete(call, RestError(Category::Aborted));
}

void RestClient::schedulePump(qint64 delayMs)
{
    delayMs = std::max<qint64>(0, delayMs);
    // Keep the earliest wake-up when several are asked for.
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= delayMs)
        return;
    m_pumpTimer->start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
}

void RestClient::pump()
{
    if (m_refreshing)
        return; // nothing goes out with a token that is being replaced
    while (m_running.size() < m_options.maxConcurrent && !m_queue.isEmpty()) {
        if (!m_credential) {
            complete(m_queue.constFirst(),
                     RestError(Category::Aborted, 0, {}, tr("The account was closed")));
            continue;
        }
        const qint64 now = nowMs();
        // The portal asked the whole stream to slow down, not just the call it refused.
        if (now < m_streamPausedUntilMs) {
            schedulePump(m_streamPausedUntilMs - now);
            return;
        }
        // The first call that is due; calls waiting for a retry keep their place.
        auto it = std::find_if(m_queue.begin(), m_queue.end(),
                               [now](RestCall *c) { return c->notBeforeMs() <= now; });
        if (it == m_queue.end()) {
            qint64 next = std::numeric_limits<qint64>::max();
            for (RestCall *c : std::as_const(m_queue))
                next = std::min(next, c->notBeforeMs());
            schedulePump(next - now);
            return;
        }
        RestCall *call = *it;

        // A method over its time budget fails at once instead of hammering the portal.
        if (const qint64 wait = pausedForSecs(call->method()); wait > 0) {
            RestError error(Category::OperationTimeLimit, 429,
                            QStringLiteral("OPERATION_TIME_LIMIT"));
            error.setRetryAfterSecs(wait);
            error.setPause(call->method(), m_retryAt.value(call->method()));
            complete(call, error);
            continue;
        }
        if (m_credential->isExpired() && m_credential->canRefresh() && call->refreshes == 0) {
            m_queue.erase(it);
            waitForRefresh(call);
            return;
        }
        if (m_options.rateLimitEnabled) {
            if (const qint64 wait = m_limiter.delayMs(); wait > 0) {
                schedulePump(wait);
                return;
            }
            m_limiter.consume();
        }
        m_queue.erase(it);
        m_running.append(call);
        call->send();
    }
}

void RestClient::complete(RestCall *call, const RestError &error, const QJsonValue &result,
                          const ResponseTime &time, int httpStatus)
{
    m_queue.removeOne(call);
    m_running.removeOne(call);
    m_waitingForRefresh.removeOne(call);
    // Not while its answer is read (handOnAnswer() takes it out first); should it be, the
    // answers behind it go on.
    if (m_reading.removeOne(call))
        QMetaObject::invokeMethod(this, &RestClient::handOnAnswers, Qt::QueuedConnection);
    call->finish(error, result, time, httpStatus);
    call->deleteLater();
    schedulePump();
}

void RestClient::learnPortalClock(const RestCall *call, const ResponseTime &time)
{
    // `finish` is closest to when the answer left; the Date header has whole seconds only.
    std::optional<double> portalNow = time.finish ? time.finish : time.start;
    if (!portalNow && call->serverDate().isValid())
        portalNow = double(call->serverDate().toSecsSinceEpoch());
    if (portalNow)
        m_portalClockOffsetSecs = *portalNow - double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

qint64 RestClient::pauseSecs(const QString &method, const RestCall *call,
                             const ResponseTime &time) const
{
    // Both sides are range-checked Unix times, so the difference cannot overflow.
    double waitSecs = double(DefaultPauseSecs);
    if (const auto retryAfter = call->retryAfterSecs()) {
        waitSecs = double(*retryAfter);
    } else if (const qint64 resetAt =
                   time.operatingResetAt.value_or(m_lastResetAt.value(method, 0));
               resetAt > 0) {
        const double portalNow = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 +
                                 m_portalClockOffsetSecs.value_or(0);
        if (double(resetAt) > portalNow)
            waitSecs = std::ceil(double(resetAt) - portalNow);
    }
    return qint64(std::clamp(waitSecs, double(MinPauseSecs), double(MaxPauseSecs)));
}

RestError RestClient::pause(const QString &method, const RestCall *call, const ResponseTime &time,
                            RestError error)
{
    // Paused until the oldest budget bucket drops out; other methods go on.
    const qint64 waitSecs = pauseSecs(method, call, time);
    const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(waitSecs);
    m_pausedUntilMs.insert(method, nowMs() + waitSecs * 1000);
    m_retryAt.insert(method, retryAt);
    error.setRetryAfterSecs(waitSecs);
    error.setPause(method, retryAt);
    return error;
}

void RestClient::pauseRefusedCommands(const RestCall *call, const QJsonValue &result,
                                      const ResponseTime &time, int httpStatus)
{
    // The batch itself succeeded; a command over its method's budget stands in its slot as
    // an error body (docs §6: the sub-calls are what is counted).
    const QJsonArray commands = call->body().toArray();
    const QJsonArray answers = result.toArray();
    for (qsizetype i = 0; i < std::min(commands.size(), answers.size()); ++i) {
        const auto error = RestError::fromBody(httpStatus, answers.at(i).toObject());
        if (!error || error->category() != Category::OperationTimeLimit)
            continue;
        const QString method = commands.at(i).toObject().value(QLatin1String("method")).toString();
        if (!method.isEmpty() && pausedForSecs(method) == 0)
            pause(method, call, time, *error);
    }
}

void RestClient::succeed(RestCall *call, const QJsonValue &result, const ResponseTime &time,
                         int httpStatus)
{
    learnPortalClock(call, time);
    if (time.operatingResetAt)
        m_lastResetAt.insert(call->method(), *time.operatingResetAt);
    if (call->isBatch() && result.isArray())
        pauseRefusedCommands(call, result, time, httpStatus);
    if (m_credential) {
        // A renamed portal is trusted, and remembered, only once it has answered a call.
        const QUrl portal = call->portal();
        if (!portal.isEmpty() && portal != m_credential->portalUrl()) {
            m_credential->relocate(portal);
            Q_EMIT relocated(portal);
        }
        if (call->isBatch())
            m_credential->batchSucceeded();
    }
    complete(call, {}, result, time, httpStatus);
}

void RestClient::requeue(RestCall *call)
{
    m_running.removeOne(call);
    call->m_notBeforeMs = 0;
    m_queue.prepend(call);
    schedulePump();
}

void RestClient::retryLater(RestCall *call, qint64 delayMs, const RestError &cause)
{
    m_running.removeOne(call);
    call->m_notBeforeMs = nowMs() + delayMs;
    m_queue.prepend(call);
    Q_EMIT backingOff(call->method(), delayMs, cause);
    schedulePump(delayMs);
}

void RestClient::handleFailure(RestCall *call, const RestError &error, const ResponseTime &time)
{
    if (call->replyGone() || error.category() == Category::Aborted || !m_credential) {
        complete(call, error, {}, time, error.httpStatus());
        return;
    }
    if (error.httpStatus() != 0)
        learnPortalClock(call, time);
    // `refreshes` stops a loop of refreshes whose fresh token the portal refuses at once. One
    // refusal of a fresh token is not yet such a loop: the token may have expired again (or
    // been revoked) between the refresh and the replay. An attempt that failed otherwise (a
    // 5xx, a reset) proves nothing of the kind: the count starts again.
    if (error.category() != Category::TokenExpired)
        call->refreshes = 0;
    switch (error.category()) {
    case Category::TokenExpired:
        if (call->signedGeneration < m_credentialGeneration) {
            // Sent before a refresh that has finished since: the new token may well work.
            requeue(call);
            return;
        }
        if (m_credential->canRefresh() && call->refreshes < MaxRefreshesPerCall) {
            m_running.removeOne(call);
            waitForRefresh(call);
            return;
        }
        break;
    case Category::Authentication:
        // A batch body cannot carry `auth`; a portal that does not take the token the way
        // we sent it answers NO_AUTH_FOUND. Try the next way (docs §1.1, §7).
        if (call->isBatch() && m_credential->fallBackForBatch()) {
            requeue(call);
            return;
        }
        break;
    case Category::RateLimited:
        m_limiter.learnBurst();
        m_limiter.markFull();
        if (call->retries < m_options.maxRetries) {
            // Documented advice: slow down and retry with growing delays. The JS SDK waits
            // (1000/drain + 1000) ms × 1.5^attempt; scaled here by retryBaseDelayMs.
            const double base = (1000.0 / m_options.rateDrainPerSec + 1000.0) *
                                (m_options.retryBaseDelayMs / 1000.0);
            const double delay = base * std::pow(1.5, call->retries);
            ++call->retries;
            qint64 wait = std::min<qint64>(qint64(delay * jitter()), m_options.retryMaxDelayMs);
            // A Retry-After asks for longer: honoured, within the longest pause.
            if (const auto retryAfter = call->retryAfterSecs())
                wait = std::max(wait, std::min(*retryAfter, MaxPauseSecs) * 1000);
            m_streamPausedUntilMs = std::max(m_streamPausedUntilMs, nowMs() + wait);
            retryLater(call, wait, error);
            return;
        }
        break;
    case Category::OperationTimeLimit:
        complete(call, pause(call->method(), call, time, error), {}, time, error.httpStatus());
        return;
    default:
        // Every mail.mailbox call is a read, so a transient failure is safe to retry.
        if (error.isTransient() && error.category() != Category::Timeout &&
            call->retries < m_options.maxRetries) {
            const double delay = m_options.retryBaseDelayMs * std::pow(2.0, call->retries);
            ++call->retries;
            retryLater(call, std::min<qint64>(qint64(delay * jitter()), m_options.retryMaxDelayMs),
                       error);
            return;
        }
        break;
    }
    complete(call, error, {}, time, error.httpStatus());
}

void RestClient::redirect(RestCall *call, const QUrl &from, const QUrl &location, int httpStatus)
{
    if (!m_credential || call->replyGone()) {
        complete(call, RestError(Category::Aborted), {}, {}, httpStatus);
        return;
    }
    const QUrl target = from.resolved(location);
    // Named in messages without query, user info or secrets: a sign-in page's address may
    // echo what it was sent.
    const QString shown = redact(
        target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment));
    const QString tail = restTail(from.path());
    RestError error(Category::Protocol, httpStatus);
    if (!location.isValid() || location.isEmpty()) {
        error.setDetail(tr("a redirect without a target"));
    } else if (from.scheme() == QLatin1String("https") &&
               target.scheme() != QLatin1String("https")) {
        error.setDetail(
            tr("the portal redirected from https to an insecure address (%1)").arg(shown));
    } else if (!Credential::isAcceptablePortalUrl(target)) {
        error.setDetail(
            tr("the portal redirected to an address that is not https (%1)").arg(shown));
    } else if (tail.isEmpty() || !target.path().endsWith(tail)) {
        // Only a renamed portal keeps the method's path. Anything else (a company sign-in
        // page, a block page) must not receive the credential, now or on a later run.
        error.setDetail(tr("the portal redirected to %1, which is not this method on a renamed "
                           "portal; nothing was sent there")
                            .arg(shown));
    } else {
        QUrl portal = target.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
        portal.setPath(target.path().left(target.path().size() - tail.size() + 1));
        const QUrl current = call->portal().isEmpty() ? m_credential->portalUrl() : call->portal();
        if (portal == current || call->visited.contains(portal)) {
            error.setDetail(tr("the portal redirects in a loop (%1)").arg(shown));
        } else if (++call->redirects > m_options.maxRedirects) {
            error.setDetail(tr("too many redirects"));
        } else if (!mayMoveTo(portal)) {
            // Another owner's domain, perhaps: nothing is sent there until the user agrees.
            error = RestError(Category::PortalMoved, httpStatus);
            error.setMove(m_credential->portalUrl(), portal.adjusted(QUrl::RemoveUserInfo));
        } else {
            call->visited.append(current);
            call->setPortal(portal);
            requeue(call);
            return;
        }
    }
    complete(call, error, {}, {}, httpStatus);
}

void RestClient::allowMoveTo(const QUrl &portal)
{
    if (!portal.isEmpty() && !m_allowedMoves.contains(portal))
        m_allowedMoves.append(portal);
}

bool RestClient::mayMoveTo(const QUrl &portal) const
{
    // Measured from the account's portal, not from the last hop: a chain of redirects
    // cannot walk away one allowed step at a time.
    return RegistrableDomain::same(m_credential->portalUrl(), portal) ||
           m_options.movePolicy == ClientOptions::MovePolicy::Allow ||
           m_allowedMoves.contains(portal.adjusted(QUrl::RemoveUserInfo));
}

void RestClient::waitForRefresh(RestCall *call)
{
    m_waitingForRefresh.append(call);
    if (m_refreshing)
        return;
    m_refreshing = true;
    m_credential->refresh();
}

void RestClient::onRefreshFinished(const RestError &error)
{
    if (!m_refreshing)
        return;
    m_refreshing = false;
    if (!error.isError())
        ++m_credentialGeneration;
    const QList<RestCall *> waiting = std::exchange(m_waitingForRefresh, {});
    for (auto it = waiting.rbegin(); it != waiting.rend(); ++it) {
        RestCall *call = *it;
        if (error.isError()) {
            complete(call, error);
        } else {
            ++call->refreshes;
            call->m_notBeforeMs = 0;
            m_queue.prepend(call);
        }
    }
    schedulePump();
}

void RestClient::onCredentialDestroyed()
{
    // Runs inside the credential's destructor: only bookkeeping here, the replies fail from
    // the event loop (pump()). m_credential is null already.
    m_refreshing = false;
    const QList<RestCall *> waiting = std::exchange(m_waitingForRefresh, {});
    for (auto it = waiting.rbegin(); it != waiting.rend(); ++it)
        m_queue.prepend(*it);
    schedulePump();
}

void RestClient::handOnAnswers()
{
    while (!m_reading.isEmpty() && m_reading.constFirst()->answerIsRead()) {
        QPointer<RestClient> alive(this);
        m_reading.takeFirst()->handOnAnswer();
        if (!alive)
            return; // a receiver deleted this client
    }
}

void RestClient::exchangeDone(RestCall *call, int httpStatus, qint64 elapsedMs,
                              const RestError &error, const ResponseTime &time,
                              const QString &shownBody)
{
    Exchange exchange;
    exchange.startedAt = call->sentAt();
    exchange.method = call->method();
    exchange.url = redact(call->sentUrl().toString());
    exchange.requestBody =
        SecretRedactor::instance().redactAndShortenUtf8(call->sentBody(), Exchange::MaxBodyChars);
    exchange.httpStatus = httpStatus;
    exchange.elapsedMs = elapsedMs;
    exchange.time = time;
    exchange.responseBody = shownBody;
    exchange.error = error;
    exchange.attempt = call->attempts;
    Q_EMIT exchangeFinished(exchange);
}

QString RestClient::redact(const QString &text) const
{
    return SecretRedactor::instance().redact(text);
}

} // namespace mb
