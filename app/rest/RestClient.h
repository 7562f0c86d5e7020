#pragma once

#include "ClientOptions.h"
#include "RateLimiter.h"
#include "RestReply.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQueue>

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
    void pump();
    void callFinished(RestCall *call);
    void waitForRefresh(RestCall *call);

    QNetworkAccessManager *m_nam;
    QPointer<Credential> m_credential;
    ClientOptions m_options;
    RateLimiter m_limiter;
    QQueue<RestCall *> m_queue;
    QList<RestCall *> m_running;
    QList<RestCall *> m_waitingForRefresh;
    QHash<QString, qint64> m_methodPausedUntilMs; // OPERATION_TIME_LIMIT, per method
    bool m_pumpScheduled = false;
    class QTimer *m_pumpTimer;
};

} // namespace mb
