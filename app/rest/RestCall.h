#pragma once

#include "ResponseTime.h"
#include "RestError.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <any>
#include <optional>

class QNetworkReply;
class QTimer;

namespace mb {

class RestClient;
class RestReply;

// The client's side of one RestReply: the body to send, and the state of its attempts
// (retries, redirects, refresh). Lives inside RestClient; callers only see RestReply.
class RestCall : public QObject
{
    Q_OBJECT
public:
    RestCall(RestClient *client, const QString &method, const QJsonValue &body, RestReply *reply);
    ~RestCall() override;

    QString method() const { return m_method; }
    bool isBatch() const { return m_body.isArray(); }
    // For a batch: the commands, {"method","query"} each, in order.
    const QJsonValue &body() const { return m_body; }
    bool replyGone() const { return m_reply.isNull(); }
    // The last attempt as it went out (for the request inspector; not redacted here).
    QDateTime sentAt() const { return m_sentAt; }
    QUrl sentUrl() const { return m_sentUrl; }
    const QByteArray &sentBody() const { return m_sentBody; }
    // The renamed portal a redirect led to; empty: the credential's own.
    QUrl portal() const { return m_portal; }
    void setPortal(const QUrl &portal) { m_portal = portal; }
    qint64 notBeforeMs() const { return m_notBeforeMs; }
    // The last answer's Date header (invalid: none or unreadable) and its Retry-After in
    // seconds from then, range-checked (either form: delta-seconds or an HTTP-date).
    QDateTime serverDate() const { return m_serverDate; }
    std::optional<qint64> retryAfterSecs() const { return m_retryAfterSecs; }
    // The longest wait a Retry-After header is taken for.
    static constexpr qint64 MaxRetryAfterSecs = 24 * 3600;
    bool isRunning() const { return m_network != nullptr; }
    // The answer's body has been read (RestClient::handOnAnswers hands it on in order).
    bool answerIsRead() const { return m_answer.has_value(); }
    // Goes on with the answer read: logs the exchange, then fails or succeeds the call.
    void handOnAnswer();

    // Sends one HTTP attempt now.
    void send();
    // Ends the call for good; the client forgets it afterwards.
    void finish(const RestError &error, const QJsonValue &result, const ResponseTime &time,
                int httpStatus);
    // Drops the HTTP attempt in flight without reporting anything.
    void abortNetwork();
    // Stops the attempt in flight; onFinished() reports Aborted.
    void abortByCaller();
    // The client is going away: drops the network attempt, lets the reply finish with
    // `error` from the event loop, and deletes itself there.
    void detach(const RestError &error);

    int attempts = 0; // HTTP attempts sent
    int retries = 0;  // retries spent on transient failures
    int redirects = 0;
    QList<QUrl> visited;          // portals this call was redirected away from
    int refreshes = 0;            // token refreshes waited for since the last other failure
    quint64 signedGeneration = 0; // the credential generation the last attempt carried
    qint64 m_notBeforeMs = 0;     // monotonic ms before which it must not be sent

private:
    // What is read of one answer's body: on a worker thread for a large one.
    struct Answer
    {
        int status = 0;
        qint64 elapsedMs = 0;
        RestError error;
        QJsonValue result;
        ResponseTime time;
        QString shownBody; // redacted and shortened, for the exchange log
        std::any prepared; // RestReply::prepare()'s product
    };
    static Answer readAnswer(int status, qint64 elapsedMs, const QByteArray &body,
                             const std::function<std::any(const QJsonValue &, int)> &prepare);
    void readBody(int status, qint64 elapsedMs, const QByteArray &body);
    void onFinished();
    void onTimeout();
    void checkSize(qint64 announcedOrReceived);

    RestClient *m_client;
    QString m_method;
    QJsonValue m_body;
    QPointer<RestReply> m_reply;
    QUrl m_portal;
    QDateTime m_sentAt;
    QUrl m_sentUrl;
    QByteArray m_sentBody;
    QNetworkReply *m_network = nullptr;
    QTimer *m_timeout;
    QElapsedTimer m_attemptClock;
    enum class Abort { None, Timeout, TooLarge, Caller } m_abort = Abort::None;
    QStringList m_sslErrors;
    QDateTime m_serverDate;
    std::optional<qint64> m_retryAfterSecs;
    bool m_reading = false;  // an answer's body is being read
    bool m_detached = false; // the client let go of this call (detach())
    std::optional<Answer> m_answer;
    std::any m_prepared; // of the answer that succeeded, for the reply
};

} // namespace mb
