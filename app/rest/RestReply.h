#pragma once

#include "ResponseTime.h"
#include "RestError.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <QObject>

#include <any>
#include <functional>

namespace mb {

class RestClient;

// One logical call (including its retries, redirects and token refresh). Owned by the
// caller, who deletes it (deleteLater) after finished(), like a QNetworkReply.
class RestReply : public QObject
{
    Q_OBJECT
public:
    ~RestReply() override;

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    const RestError &error() const { return m_error; }
    bool ok() const { return m_finished && !m_error.isError(); }
    // The `result` payload of the envelope: {"item":…}, {"items":[…]} or, for batch, […].
    const QJsonValue &result() const { return m_result; }
    const ResponseTime &time() const { return m_time; }
    int httpStatus() const { return m_httpStatus; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Stops the call; finished() follows with an Aborted error unless it already finished.
    void abort();

    // A pure function of a successful answer's result (and its HTTP status), run where the
    // body is read: on a worker thread for a large body (ClientOptions::offThreadBodyBytes),
    // so the caller's own reading of thousands of rows keeps off the GUI thread too. It must
    // touch no object but its own copies. Set it before returning to the event loop; its
    // product is prepared() once finished without an error (empty otherwise).
    using Prepare = std::function<std::any(const QJsonValue &result, int httpStatus)>;
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }
    const Prepare &prepare() const { return m_prepare; }
    const std::any &prepared() const { return m_prepared; }

Q_SIGNALS:
    void finished();

private:
    friend class RestClient;
    friend class RestCall;
    RestReply(const QString &method, QObject *parent);
    void finish(const RestError &error, const QJsonValue &result, const ResponseTime &time,
                int httpStatus);
    // Finishes from the event loop, for a client that is being destroyed.
    void finishLater(const RestError &error);

    QString m_method;
    bool m_finished = false;
    bool m_abortRequested = false;
    RestError m_error;
    QJsonValue m_result;
    ResponseTime m_time;
    int m_httpStatus = 0;
    int m_attempts = 0;
    qint64 m_elapsedMs = 0;
    QElapsedTimer m_clock;
    std::function<void()> m_onAbort; // set by the client while the call is alive
    Prepare m_prepare;
    std::any m_prepared;
};

} // namespace mb
