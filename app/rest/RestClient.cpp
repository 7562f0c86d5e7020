#include "RestClient.h"

#include "Credential.h"
#include "RestCall.h"
#include "SecretRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace mb {

using Category = RestError::Category;

RestClient::RestClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_pumpTimer(new QTimer(this))
{
    m_clock.start();
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &RestClient::pump);
    // Redirects are handled per call; HSTS keeps a portal that once said https on https.
    m_nam->setStrictTransportSecurityEnabled(true);
    setOptions(m_options);
}

RestClient::~RestClient()
{
    abortAll();
}

void RestClient::setCredential(Credential *credential)
{
    if (m_credential)
        m_credential->disconnect(this);
    m_credential = credential;
    if (credential) {
        SecretRedactor::instance().addAll(credential->secrets());
        connect(credential, &Credential::refreshFinished, this, &RestClient::onRefreshFinished);
        connect(credential, &Credential::changed, this,
                [this] { SecretRedactor::instance().addAll(m_credential->secrets()); });
    }
}

void RestClient::setOptions(const ClientOptions &options)
{
    m_options = options;
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
    m_options.batchPages = std::clamp(m_options.batchPages, 1, 50);
    m_limiter.configure(options.rateBurst, options.rateDrainPerSec);
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

void RestClient::abortAll()
{
    const QList<RestCall *> all = m_queue + m_running + m_waitingForRefresh;
    for (RestCall *call : all)
        abortCall(call);
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

        if (!m_credential) {
            complete(call,
                     RestError(Category::Authentication, 0, {}, tr("No account is selected")));
            continue;
        }
        // A method over its time budget fails at once instead of hammering the portal.
        if (const qint64 wait = pausedForSecs(call->method()); wait > 0) {
            RestError error(Category::OperationTimeLimit, 429,
                            QStringLiteral("OPERATION_TIME_LIMIT"));
            error.setRetryAfterSecs(wait);
            complete(call, error);
            continue;
        }
        if (m_credential->isExpired() && m_credential->canRefresh() && !call->refreshed) {
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
    if (!error.isError() && time.operatingResetAt)
        m_lastResetAt.insert(call->method(), *time.operatingResetAt);
    call->finish(error, result, time, httpStatus);
    call->deleteLater();
    schedulePump();
}

void RestClient::retryLater(RestCall *call, qint64 delayMs)
{
    m_running.removeOne(call);
    call->m_notBeforeMs = nowMs() + delayMs;
    m_queue.prepend(call);
    schedulePump(delayMs);
}

void RestClient::handleFailure(RestCall *call, const RestError &error, const ResponseTime &time)
{
    if (call->replyGone() || error.category() == Category::Aborted) {
        complete(call, error, {}, time, error.httpStatus());
        return;
    }
    switch (error.category()) {
    case Category::TokenExpired:
        if (m_credential && call->signedGeneration < m_credentialGeneration) {
            // Sent before a refresh that has finished since: the new token may well work.
            m_running.removeOne(call);
            call->m_notBeforeMs = 0;
            m_queue.prepend(call);
            schedulePump();
            return;
        }
        if (m_credential && m_credential->canRefresh() && !call->refreshed) {
            m_running.removeOne(call);
            waitForRefresh(call);
            return;
        }
        break;
    case Category::RateLimited:
        m_limiter.markFull();
        if (call->retries < m_options.maxRetries) {
            // Documented advice: slow down and retry with growing delays. The JS SDK waits
            // (1000/drain + 1000) ms × 1.5^attempt; scaled here by retryBaseDelayMs.
            const double base = (1000.0 / m_options.rateDrainPerSec + 1000.0) *
                                (m_options.retryBaseDelayMs / 1000.0);
            const double delay = base * std::pow(1.5, call->retries);
            const double jitter = 1.0 + (QRandomGenerator::global()->bounded(20) - 10) / 100.0;
            ++call->retries;
            const qint64 wait = std::min<qint64>(qint64(delay * jitter), m_options.retryMaxDelayMs);
            m_streamPausedUntilMs = std::max(m_streamPausedUntilMs, nowMs() + wait);
            retryLater(call, wait);
            return;
        }
        break;
    case Category::OperationTimeLimit: {
        // Pause this method until the oldest budget bucket drops out; other methods go on.
        const qint64 nowSecs = QDateTime::currentSecsSinceEpoch();
        qint64 resetAt = time.operatingResetAt.value_or(m_lastResetAt.value(call->method(), 0));
        qint64 waitSecs = resetAt > nowSecs ? resetAt - nowSecs : 10;
        waitSecs = std::max<qint64>(waitSecs, 1);
        m_pausedUntilMs.insert(call->method(), nowMs() + waitSecs * 1000);
        RestError paused = error;
        paused.setRetryAfterSecs(waitSecs);
        complete(call, paused, {}, time, error.httpStatus());
        return;
    }
    default:
        // Every mail.mailbox call is a read, so a transient failure is safe to retry.
        if (error.isTransient() && error.category() != Category::Timeout &&
            call->retries < m_options.maxRetries) {
            const double delay = m_options.retryBaseDelayMs * std::pow(2.0, call->retries);
            const double jitter = 1.0 + (QRandomGenerator::global()->bounded(20) - 10) / 100.0;
            ++call->retries;
            retryLater(call, std::min<qint64>(qint64(delay * jitter), m_options.retryMaxDelayMs));
            return;
        }
        break;
    }
    complete(call, error, {}, time, error.httpStatus());
}

void RestClient::redirect(RestCall *call, const QUrl &from, const QUrl &location, int httpStatus)
{
    const QUrl target = from.resolved(location);
    RestError error(Category::Protocol, httpStatus);
    if (!location.isValid() || location.isEmpty()) {
        error.setDetail(tr("a redirect without a target"));
    } else if (from.scheme() == QLatin1String("https") &&
               target.scheme() != QLatin1String("https")) {
        error.setDetail(tr("the portal redirected from https to an insecure address"));
    } else if (!Credential::isAcceptablePortalUrl(target)) {
        error.setDetail(tr("the portal redirected to an address that is not https"));
    } else if (++call->redirects > m_options.maxRedirects) {
        error.setDetail(tr("too many redirects"));
    } else {
        // The target names the same method under the new portal: everything before
        // `rest/` is the new portal root.
        const QString path = target.path();
        const qsizetype restAt = path.lastIndexOf(QLatin1String("/rest/"));
        QUrl portal = target;
        portal.setQuery(QString());
        portal.setFragment(QString());
        portal.setPath(restAt >= 0 ? path.left(restAt + 1) : QStringLiteral("/"));
        m_credential->relocate(portal);
        Q_EMIT relocated(portal);
        m_running.removeOne(call);
        m_queue.prepend(call);
        schedulePump();
        return;
    }
    complete(call, error, {}, {}, httpStatus);
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
            call->refreshed = true;
            call->m_notBeforeMs = 0;
            m_queue.prepend(call);
        }
    }
    schedulePump();
}

void RestClient::exchangeDone(RestCall *call, int httpStatus, qint64 elapsedMs,
                              const RestError &error)
{
    const QString url = m_credential ? m_credential->displayUrl(call->method()) : QString();
    Q_EMIT exchangeFinished(call->method(), url, httpStatus, elapsedMs, error);
}

QString RestClient::redact(const QString &text) const
{
    return SecretRedactor::instance().redact(text);
}

} // namespace mb
