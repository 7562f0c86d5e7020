#include "TokenEndpoint.h"

#include "rest/CallLater.h"
#include "rest/Credential.h"
#include "rest/SecretRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace mb {

namespace {
// A token answer is a few hundred bytes; anything huge is not one.
constexpr qint64 maxAnswerBytes = 64 * 1024;
// Set on a reply whose total deadline passed.
constexpr char deadlinePassed[] = "mbDeadlinePassed";
} // namespace

TokenEndpoint::TokenEndpoint(const OAuthClientConfig &config, QNetworkAccessManager *nam,
                             QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_nam(nam)
{
    Q_ASSERT(nam);
}

TokenEndpoint::~TokenEndpoint()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_inFlight)) {
        if (!reply)
            continue;
        // Disconnected first: abort() emits finished() at once.
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl TokenEndpoint::tokenUrl(const QUrl &server)
{
    QUrl url = server;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("oauth/token/"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString TokenEndpoint::origin(const QUrl &server)
{
    return server.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toString()
        .toLower();
}

bool TokenEndpoint::usesGet(const QUrl &server) const
{
    return m_getOnly.contains(origin(server));
}

QByteArray TokenEndpoint::formEncoded(const QList<std::pair<QString, QString>> &fields)
{
    // Built by hand: QUrlQuery leaves '+' and '&' inside values for the server to misread.
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

void TokenEndpoint::exchangeCode(const QUrl &server, const QString &code, const QObject *context,
                                 Callback done)
{
    SecretRedactor::instance().add(code.toUtf8());
    Request request;
    request.server = server;
    request.exchange = true;
    request.fields = {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("client_id"), m_config.clientId},
                      {QStringLiteral("client_secret"), m_config.clientSecret},
                      {QStringLiteral("code"), code}};
    send(request, context, std::move(done));
}

void TokenEndpoint::refresh(const QUrl &server, const QString &refreshToken, const QObject *context,
                            Callback done)
{
    SecretRedactor::instance().add(refreshToken.toUtf8());
    Request request;
    request.server = server;
    request.fields = {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("client_id"), m_config.clientId},
                      {QStringLiteral("client_secret"), m_config.clientSecret},
                      {QStringLiteral("refresh_token"), refreshToken}};
    send(request, context, std::move(done));
}

void TokenEndpoint::send(const Request &requestIn, const QObject *context, Callback done)
{
    SecretRedactor::instance().add(m_config.clientSecret.toUtf8());
    Request request = requestIn;
    QPointer<const QObject> alive(context ? context : this);
    auto deliver = [this, alive, done](const OAuthError &error, const TokenGrant &grant) {
        // Always through the event loop, never from inside the call that started it.
        callLater(this, [alive, done, error, grant] {
            if (alive && done)
                done(error, grant);
        });
    };
    if (m_config.clientId.isEmpty() || m_config.clientSecret.isEmpty()) {
        deliver(OAuthError(OAuthError::Code::MissingClient), {});
        return;
    }
    if (!request.server.isValid() || !Credential::isAcceptablePortalUrl(request.server)) {
        deliver(OAuthError(OAuthError::Code::InvalidServer), {});
        return;
    }
    request.get = request.get || usesGet(request.server);

    QUrl url = tokenUrl(request.server);
    const QByteArray form = formEncoded(request.fields);
    if (request.get)
        url.setQuery(QString::fromLatin1(form), QUrl::StrictMode);
    QNetworkRequest http(url);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setTransferTimeout(m_config.requestTimeoutMs);
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArrayLiteral("MailboxBrowser/" MB_VERSION));
    QNetworkReply *reply = nullptr;
    if (request.get) {
        reply = m_nam->get(http);
    } else {
        http.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam->post(http, form);
    }
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxAnswerBytes)
            reply->abort();
    });
    // The transfer timeout only notices silence; this ends a trickling answer too.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty(deadlinePassed, true);
        reply->abort();
    });
    deadline->start(m_config.requestTimeoutMs);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, alive, deliver] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        if (!alive)
            return;
        finished(reply, request, alive.data(),
                 [deliver](const OAuthError &e, const TokenGrant &g) { deliver(e, g); });
    });
}

void TokenEndpoint::finished(QNetworkReply *reply, const Request &request, const QObject *context,
                             Callback done)
{
    const QDateTime receivedAt = m_config.now();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body =
        reply->bytesAvailable() <= maxAnswerBytes ? reply->readAll() : QByteArray();

    if (status == 0 || reply->property(deadlinePassed).toBool()) {
        // No HTTP answer at all. Qt's text can name the URL, which may hold the secret on
        // the GET path, so it passes the redactor (every secret was registered in send()).
        const bool timedOut = reply->property(deadlinePassed).toBool() ||
                              reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        done(OAuthError(OAuthError::Code::Network,
                        timedOut ? tr("no complete answer within %n seconds", nullptr,
                                      std::max(1, m_config.requestTimeoutMs / 1000))
                                 : SecretRedactor::instance().redact(reply->errorString())),
             {});
        return;
    }
    if (status >= 300 && status < 400) {
        done(OAuthError(OAuthError::Code::Protocol,
                        tr("the authorization server answered with a redirect (HTTP %1), which "
                           "is not followed")
                            .arg(status)),
             {});
        return;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = doc.object();
    const QString errorCode = json.value(QLatin1String("error")).toString();

    // The POST method refused: ask again by GET, once, and remember for this server.
    const bool postRefused = !request.get && (status == 405 || status == 501);
    if (postRefused) {
        m_getOnly.insert(origin(request.server));
        Request again = request;
        again.get = true;
        send(again, context, std::move(done));
        return;
    }

    if (!errorCode.isEmpty()) {
        done(OAuthError::fromServer(errorCode,
                                    json.value(QLatin1String("error_description")).toString(),
                                    status, request.exchange),
             {});
        return;
    }
    if (status != 200 || parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        done(OAuthError(OAuthError::Code::Protocol,
                        tr("HTTP %1 without a token answer").arg(status)),
             {});
        return;
    }
    OAuthError error;
    const auto grant = TokenGrant::fromJson(json, receivedAt, &error);
    if (!grant) {
        done(error, {});
        return;
    }
    done({}, *grant);
}

} // namespace mb
