#pragma once

#include "ClientOptions.h"
#include "Credential.h"
#include "Exchange.h"
#include "RateLimiter.h"
#include "RestReply.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace mb {

class RestCall;

struct BatchCall
{
    QString method;
    QJsonObject query;
};

// One Bitrix24 portal seen through REST 3.0, signed by one Credential for the client's whole
// life (switching accounts means another client). Every call is a JSON POST; the client
// queues calls into one request stream, paces them with a leaky bucket, retries reads after
// 503 and transient failures, follows a renamed portal's 302 without downgrading (to another
// registrable domain only when allowed), refreshes
// an expired token once through the Credential, and turns every answer into a result or a
// typed RestError. It knows nothing of widgets or of where secrets are stored.
//
// Callbacks never run inside the call that queued the work, nor inside a destructor: a
// client destroyed with calls pending finishes their replies (Aborted) from the event loop,
// and a credential destroyed under a live client fails what waits for it the same way.
class RestClient : public QObject
{
    Q_OBJECT
public:
    // `credential` is not owned. Without `nam` the client makes its own through a
    // NetworkAccessFactory with default settings (tests, tools); a session passes the one its
    // factory made (proxy, trust, redirect policy, following the settings as they change).
    explicit RestClient(Credential *credential, QObject *parent = nullptr);
    RestClient(Credential *credential, QNetworkAccessManager *nam, QObject *parent);
    ~RestClient() override;

    Credential *credential() const { return m_credential; }

    void setOptions(const ClientOptions &options);
    const ClientOptions &options() const { return m_options; }
    const RateLimiter &rateLimiter() const { return m_limiter; }
    // Not owned; must outlive the client. Tests pass a clock they move by hand.
    void setClock(const SteadyClock *clock);

    // Calls a REST 3.0 method. The reply is the caller's to delete.
    RestReply *call(const QString &method, const QJsonObject &params = {});
    // Calls v3 `batch`; the reply's result() is the array of per-command results.
    RestReply *batch(const QList<BatchCall> &calls);

    // Seconds until `method` may be called again after OPERATION_TIME_LIMIT (0 = now).
    qint64 pausedForSecs(const QString &method) const;
    // When `method` may be called again (wall clock, UTC); invalid when it is not paused.
    QDateTime pausedUntil(const QString &method) const;
    // A pause lasts at least this long, and never longer than the max, whatever the portal
    // said: a broken clock or a hostile answer must not park a method for days.
    static constexpr qint64 MinPauseSecs = 1;
    static constexpr qint64 MaxPauseSecs = 600;
    // When the portal gives no usable reset time (the JS SDK's figure, docs §6).
    static constexpr qint64 DefaultPauseSecs = 10;

    // How many token refreshes one call may wait for in a row before its expired_token is
    // reported: a fresh token may expire again before the replay, but a portal that refuses
    // every fresh token must not cost a refresh per attempt forever.
    static constexpr int MaxRefreshesPerCall = 3;

    int pendingCount() const;

    // The user agreed to follow the portal to `portal` (RestError::movedTo() of a PortalMoved
    // error): a redirect there is followed from now on, for this client's life only. The new
    // address is kept, as for any renamed portal, once a call to it succeeded.
    void allowMoveTo(const QUrl &portal);

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

Q_SIGNALS:
    // A call to the renamed portal at `newPortalUrl` succeeded and the credential uses it now.
    void relocated(const QUrl &newPortalUrl);
    // A call waits `delayMs` before it is sent again, because of `cause` (rate limit,
    // transient failure). For the status bar, and for tests that check the back-off.
    void backingOff(const QString &method, qint64 delayMs, const mb::RestError &cause);
    // Each HTTP exchange, redacted, for the request inspector and logs.
    void exchangeFinished(const mb::Exchange &exchange);

private:
    friend class RestCall;
    RestReply *enqueue(const QString &method, const QJsonValue &body);
    void schedulePump(qint64 delayMs = 0);
    void pump();
    void abortCall(RestCall *call);
    // Ends a call for good and forgets it.
    void complete(RestCall *call, const RestError &error, const QJsonValue &result = {},
                  const ResponseTime &time = {}, int httpStatus = 0);
    void succeed(RestCall *call, const QJsonValue &result, const ResponseTime &time,
                 int httpStatus);
    // Decides between retry, refresh-and-replay, pause, and giving up.
    void handleFailure(RestCall *call, const RestError &error, const ResponseTime &time);
    // Learns how far the portal's clock is from ours, from its `time` or Date header.
    void learnPortalClock(const RestCall *call, const ResponseTime &time);
    // Seconds OPERATION_TIME_LIMIT pauses `method` (the call's own, or a command of its
    // batch), on the portal's clock: the answer's Retry-After, else operating_reset_at;
    // clamped to MinPauseSecs..MaxPauseSecs.
    qint64 pauseSecs(const QString &method, const RestCall *call, const ResponseTime &time) const;
    // Pauses `method` and returns `error` saying until when.
    RestError pause(const QString &method, const RestCall *call, const ResponseTime &time,
                    RestError error);
    // A batch command refused with OPERATION_TIME_LIMIT pauses its method as a plain call does.
    void pauseRefusedCommands(const RestCall *call, const QJsonValue &result,
                              const ResponseTime &time, int httpStatus);
    void retryLater(RestCall *call, qint64 delayMs, const RestError &cause);
    void requeue(RestCall *call);
    void redirect(RestCall *call, const QUrl &from, const QUrl &location, int httpStatus);
    // Whether a redirect may take the credential to `portal` (ClientOptions::movePolicy).
    bool mayMoveTo(const QUrl &portal) const;
    void waitForRefresh(RestCall *call);
    void onRefreshFinished(const RestError &error);
    void onCredentialDestroyed();
    void exchangeDone(RestCall *call, int httpStatus, qint64 elapsedMs, const RestError &error,
                      const ResponseTime &time, const QString &shownBody);
    // Answers whose body is being read, in the order they came: each is handed on once it
    // and every one before it is read (a small one does not overtake a large one).
    void handOnAnswers();
    QString redact(const QString &text) const;
    qint64 nowMs() const { return m_clock->nowMs(); }

    QNetworkAccessManager *m_nam;
    QPointer<Credential> m_credential;
    ClientOptions m_options;
    const SteadyClock *m_clock = SteadyClock::system();
    RateLimiter m_limiter;
    QList<RestCall *> m_queue;   // waiting to be sent, in order
    QList<RestCall *> m_running; // an HTTP attempt in flight
    QList<RestCall *> m_waitingForRefresh;
    QList<RestCall *> m_reading; // answers being read (also in m_running), in arrival order
    bool m_refreshing = false;
    // Counts successful refreshes, so a call signed with an older token is replayed with the
    // new one instead of asking for another refresh.
    quint64 m_credentialGeneration = 0;
    qint64 m_streamPausedUntilMs = 0;       // after 503 QUERY_LIMIT_EXCEEDED: nothing goes out
    QHash<QString, qint64> m_pausedUntilMs; // OPERATION_TIME_LIMIT, per method (clock ms)
    QHash<QString, qint64> m_lastResetAt;   // operating_reset_at of the last success, per method
    QHash<QString, QDateTime> m_retryAt;    // the wall-clock end of each pause, for messages
    // The portal's clock minus ours, in seconds, once an answer said what time it is there.
    std::optional<double> m_portalClockOffsetSecs;
    QList<QUrl> m_allowedMoves; // allowMoveTo()
    QTimer *m_pumpTimer;
};

} // namespace mb
