#pragma once

#include "ClientOptions.h"
#include "Credential.h"
#include "RateLimiter.h"
#include "RestReply.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;

namespace mb {

class Credential;
class RestCall;

struct BatchCall
{
    QString method;
    QJsonObject query;
};

// One Bitrix24 portal seen through REST 3.0. Every call is a JSON POST; the client queues
// calls into one request stream, paces them with a leaky bucket, retries reads after 503
// and transient failures, follows a portal's 302 without downgrading, refreshes an expired
// token once through the Credential, and turns every answer into a result or a typed
// RestError. It knows nothing of widgets or of where secrets are stored.
class RestClient : public QObject
{
    Q_OBJECT
public:
    explicit RestClient(QObject *parent = nullptr);
    ~RestClient() override;

    void setCredential(Credential *credential); // not owned
    Credential *credential() const { return m_credential; }

    void setOptions(const ClientOptions &options);
    const ClientOptions &options() const { return m_options; }
    RateLimiter &rateLimiter() { return m_limiter; }

    // Calls a REST 3.0 method. The reply is the caller's to delete.
    RestReply *call(const QString &method, const QJsonObject &params = {});
    // Calls v3 `batch`; the reply's result() is the array of per-command results.
    RestReply *batch(const QList<BatchCall> &calls);

    // Seconds until `method` may be called again after OPERATION_TIME_LIMIT (0 = now).
    qint64 pausedForSecs(const QString &method) const;

    // Aborts every queued and running call.
    void abortAll();
    int pendingCount() const;

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    // The portal moved; the credential has been rebased already.
    void relocated(const QUrl &newPortalUrl);
    // Each HTTP exchange, for the request inspector and logs. `url` is redacted.
    void exchangeFinished(const QString &method, const QString &url, int httpStatus,
                          qint64 elapsedMs, const mb::RestError &error);

private:
    friend class RestCall;
    RestReply *enqueue(const QString &method, const QJsonValue &body);
    void schedulePump(qint64 delayMs = 0);
    void pump();
    void abortCall(RestCall *call);
    // Ends a call for good and forgets it.
    void complete(RestCall *call, const RestError &error, const QJsonValue &result = {},
                  const ResponseTime &time = {}, int httpStatus = 0);
    // Decides between retry, refresh-and-replay, pause, and giving up.
    void handleFailure(RestCall *call, const RestError &error, const ResponseTime &time);
    void retryLater(RestCall *call, qint64 delayMs);
    void redirect(RestCall *call, const QUrl &from, const QUrl &location, int httpStatus);
    void waitForRefresh(RestCall *call);
    void onRefreshFinished(const RestError &error);
    void exchangeDone(RestCall *call, int httpStatus, qint64 elapsedMs, const RestError &error);
    QString redact(const QString &text) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    QNetworkAccessManager *m_nam;
    QPointer<Credential> m_credential;
    ClientOptions m_options;
    RateLimiter m_limiter;
    QList<RestCall *> m_queue;   // waiting to be sent, in order
    QList<RestCall *> m_running; // an HTTP attempt in flight
    QList<RestCall *> m_waitingForRefresh;
    bool m_refreshing = false;
    // Counts successful refreshes, so a call signed with an older token is replayed with the
    // new one instead of asking for another refresh.
    quint64 m_credentialGeneration = 0;
    qint64 m_streamPausedUntilMs = 0;       // after 503 QUERY_LIMIT_EXCEEDED: nothing goes out
    QHash<QString, qint64> m_pausedUntilMs; // OPERATION_TIME_LIMIT, per method (monotonic ms)
    QHash<QString, qint64> m_lastResetAt;   // operating_reset_at of the last success, per method
    QElapsedTimer m_clock;
    QTimer *m_pumpTimer;
};

} // namespace mb
