#include "RestCall.h"

#include "Credential.h"
#include "Exchange.h"
#include "ResponseEnvelope.h"
#include "RestClient.h"
#include "RestReply.h"
#include "SecretRedactor.h"
#include "WireNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace mb {

RestCall::RestCall(RestClient *client, const QString &method, const QJsonValue &body,
                   RestReply *reply)
    : QObject(client)
    , m_client(client)
    , m_method(method)
    , m_body(body)
    , m_reply(reply)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &RestCall::onTimeout);
}

RestCall::~RestCall()
{
    abortNetwork();
}

void RestCall::abortNetwork()
{
    if (!m_network)
        return;
    QNetworkReply *network = std::exchange(m_network, nullptr);
    network->disconnect(this);
    network->abort();
    network->deleteLater();
    m_timeout->stop();
}

void RestCall::send()
{
    Credential *credential = m_client->credential();
    const QUrl url =
        credential->methodUrlOn(m_portal.isEmpty() ? credential->portalUrl() : m_portal, m_method);
    QString why;
    if (!Credential::isAcceptablePortalUrl(url, &why)) {
        RestError error(RestError::Category::Protocol);
        error.setDetail(why);
        m_client->complete(this, error);
        return;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_client->options().userAgent);
    // 302s are followed by hand: the same POST must go to the new address, and the new
    // address must be reported so it can be saved.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    QByteArray payload;
    if (m_body.isArray()) {
        credential->authorize(request, nullptr);
        payload = QJsonDocument(m_body.toArray()).toJson(QJsonDocument::Compact);
    } else {
        QJsonObject body = m_body.toObject();
        credential->authorize(request, &body);
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }

    ++attempts;
    m_sentAt = QDateTime::currentDateTimeUtc();
    m_sentUrl = request.url();
    m_sentBody = payload;
    signedGeneration = m_client->m_credentialGeneration;
    m_abort = Abort::None;
    m_sslErrors.clear();
    m_attemptClock.start();
    m_network = m_client->networkAccessManager()->post(request, payload);
    connect(m_network, &QNetworkReply::finished, this, &RestCall::onFinished);
    connect(m_network, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_network)
            checkSize(m_network->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    connect(m_network, &QNetworkReply::downloadProgress, this,
            [this](qint64 received, qint64) { checkSize(received); });
    connect(m_network, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: only recorded so the message can say what was wrong.
        for (const QSslError &e : errors)
            m_sslErrors << e.errorString();
    });
    m_timeout->start(m_client->options().timeoutMs);
}

void RestCall::checkSize(qint64 bytes)
{
    if (m_network && bytes > m_client->options().maxBodyBytes) {
        m_abort = Abort::TooLarge;
        m_network->abort(); // finished() follows
    }
}

void RestCall::onTimeout()
{
    if (!m_network)
        return;
    m_abort = Abort::Timeout;
    m_network->abort();
}

void RestCall::finish(const RestError &error, const QJsonValue &result, const ResponseTime &time,
                      int httpStatus)
{
    abortNetwork();
    if (m_reply) {
        m_reply->m_attempts = attempts;
        m_reply->m_prepared = error.isError() ? std::any() : std::move(m_prepared);
        m_reply->finish(error, result, time, httpStatus);
    }
}

void RestCall::detach(const RestError &error)
{
    m_detached = true; // a body read on a worker is dropped when it comes back
    abortNetwork();
    setParent(nullptr);
    if (m_reply)
        m_reply->finishLater(error);
    deleteLater();
}

void RestCall::abortByCaller()
{
    if (m_reading) {
        m_abort = Abort::Caller; // handOnAnswer() reports Aborted
        return;
    }
    if (!m_network)
        return;
    m_abort = Abort::Caller;
    m_network->abort(); // finished() follows
}

namespace {
RestError transportError(QNetworkReply::NetworkError code, const QString &text)
{
    using E = QNetworkReply::NetworkError;
    RestError::Category category = RestError::Category::Network;
    switch (code) {
    case E::SslHandshakeFailedError:
        category = RestError::Category::Tls;
        break;
    case E::UnknownNetworkError: // Qt reports some TLS setup failures this way
        if (text.contains(QLatin1String("SSL"), Qt::CaseInsensitive))
            category = RestError::Category::Tls;
        break;
    case E::TimeoutError:
        category = RestError::Category::Timeout;
        break;
    case E::OperationCanceledError:
        category = RestError::Category::Aborted;
        break;
    default:
        break;
    }
    RestError error(category);
    error.setDetail(text);
    return error;
}

// An HTTP-date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT"); invalid for anything else.
QDateTime httpDate(const QByteArray &text)
{
    // Qt reads RFC 2822 dates, which spell the zone as an offset.
    QString value = QString::fromLatin1(text.trimmed());
    if (value.endsWith(QLatin1String(" GMT")))
        value = value.chopped(4) + QLatin1String(" +0000");
    const QDateTime date = QDateTime::fromString(value, Qt::RFC2822Date);
    return date.isValid() ? date.toUTC() : QDateTime();
}
} // namespace

void RestCall::onFinished()
{
    QNetworkReply *network = std::exchange(m_network, nullptr);
    // An abort() finishes the reply at once, but headers the network thread had already
    // posted still arrive (metaDataChanged) before the deferred delete: they are not ours.
    network->disconnect(this);
    m_timeout->stop();
    network->deleteLater();
    const qint64 elapsed = m_attemptClock.elapsed();
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_serverDate = status != 0 ? httpDate(network->rawHeader("Date")) : QDateTime();
    m_retryAfterSecs.reset();
    if (const QByteArray retryAfter = network->rawHeader("Retry-After"); !retryAfter.isEmpty()) {
        m_retryAfterSecs = WireNumber::digits(retryAfter, 0, MaxRetryAfterSecs);
        if (const QDateTime at = httpDate(retryAfter); !m_retryAfterSecs && at.isValid()) {
            const QDateTime from =
                m_serverDate.isValid() ? m_serverDate : QDateTime::currentDateTimeUtc();
            m_retryAfterSecs = WireNumber::integer(double(from.secsTo(at)), 0, MaxRetryAfterSecs);
        }
    }

    RestError error;
    switch (m_abort) {
    case Abort::Timeout:
        error = RestError(RestError::Category::Timeout, status);
        error.setDetail(
            tr("no complete answer within %1 s").arg(m_client->options().timeoutMs / 1000.0));
        break;
    case Abort::TooLarge:
        error = RestError(RestError::Category::Protocol, status);
        error.setDetail(tr("the answer is larger than %1 MB")
                            .arg(m_client->options().maxBodyBytes / (1024 * 1024)));
        break;
    case Abort::Caller:
        error = RestError(RestError::Category::Aborted);
        break;
    case Abort::None:
        if (status == 0) {
            QString text = network->errorString();
            if (!m_sslErrors.isEmpty())
                text = m_sslErrors.join(QStringLiteral("; "));
            error = transportError(network->error(), text);
            if (!m_sslErrors.isEmpty()) {
                error = RestError(RestError::Category::Tls);
                error.setDetail(text);
            }
        } else if (status >= 300 && status < 400) {
            m_client->exchangeDone(this, status, elapsed, {}, {}, {});
            m_client->redirect(
                this, network->url(),
                network->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl(), status);
            return;
        } else if (network->error() != QNetworkReply::NoError &&
                   network->error() < QNetworkReply::ContentAccessDenied) {
            // An HTTP status arrived but the body broke off (reset mid-body).
            error = transportError(network->error(), network->errorString());
        } else {
            const QByteArray body = network->readAll();
            const QVariant announced = network->header(QNetworkRequest::ContentLengthHeader);
            if (announced.isValid() && body.size() < announced.toLongLong()) {
                // Qt may report a reset after a partial body as a clean end.
                error = RestError(RestError::Category::Network, status);
                error.setDetail(tr("the connection closed after %1 of %2 bytes")
                                    .arg(body.size())
                                    .arg(announced.toLongLong()));
            } else {
                readBody(status, elapsed, body);
                return;
            }
        }
        break;
    }
    error.setDetail(m_client->redact(error.detail()));
    m_client->exchangeDone(this, status, elapsed, error, {}, {});
    m_client->handleFailure(this, error, {});
}

RestCall::Answer
RestCall::readAnswer(int status, qint64 elapsedMs, const QByteArray &body,
                     const std::function<std::any(const QJsonValue &, int)> &prepare)
{
    Answer answer;
    answer.status = status;
    answer.elapsedMs = elapsedMs;
    ResponseEnvelope envelope = ResponseEnvelope::read(status, body);
    answer.error = envelope.error;
    answer.error.setDetail(SecretRedactor::instance().redact(answer.error.detail()));
    answer.result = std::move(envelope.result);
    answer.time = envelope.time;
    answer.shownBody =
        SecretRedactor::instance().redactAndShortenUtf8(body, Exchange::MaxBodyChars);
    if (prepare && !answer.error.isError())
        answer.prepared = prepare(answer.result, status);
    return answer;
}

void RestCall::readBody(int status, qint64 elapsedMs, const QByteArray &body)
{
    m_reading = true;
    m_answer.reset();
    m_client->m_reading.append(this);
    RestReply::Prepare prepare = m_reply ? m_reply->prepare() : RestReply::Prepare();
    const qint64 offThread = m_client->options().offThreadBodyBytes;
    if (offThread < 0 || body.size() < offThread) {
        m_answer = readAnswer(status, elapsedMs, body, prepare);
        m_client->handOnAnswers();
        return;
    }
    // Read on a worker; the answer comes back through an object of this thread that the
    // task keeps alive, and goes on only if this call is still wanted: the worker never
    // touches the call, and a call deleted or detached meanwhile drops the answer.
    std::shared_ptr<QObject> receiver(new QObject, [](QObject *object) { object->deleteLater(); });
    QThreadPool::globalInstance()->start([receiver, call = QPointer<RestCall>(this), status,
                                          elapsedMs, body, prepare = std::move(prepare)]() mutable {
        auto answer = std::make_shared<Answer>(readAnswer(status, elapsedMs, body, prepare));
        prepare = nullptr; // its captures go here, not on the receiving thread
        QObject *context = receiver.get();
        QMetaObject::invokeMethod(
            context,
            [receiver = std::move(receiver), call = std::move(call), answer = std::move(answer)] {
                if (!call || call->m_detached)
                    return;
                call->m_answer = std::move(*answer);
                call->m_client->handOnAnswers();
            },
            Qt::QueuedConnection);
    });
}

void RestCall::handOnAnswer()
{
    Answer answer = std::move(*m_answer);
    m_answer.reset();
    m_reading = false;
    if (m_abort == Abort::Caller) {
        // Aborted while the body was read: the answer is not wanted any more.
        m_client->exchangeDone(this, answer.status, answer.elapsedMs,
                               RestError(RestError::Category::Aborted), answer.time,
                               answer.shownBody);
        m_client->handleFailure(this, RestError(RestError::Category::Aborted), answer.time);
        return;
    }
    m_client->exchangeDone(this, answer.status, answer.elapsedMs, answer.error, answer.time,
                           answer.shownBody);
    if (answer.error.isError()) {
        m_client->handleFailure(this, answer.error, answer.time);
        return;
    }
    m_prepared = std::move(answer.prepared);
    m_client->succeed(this, answer.result, answer.time, answer.status);
}

} // namespace mb
