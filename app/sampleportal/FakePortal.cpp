#include "FakePortal.h"

#include "HttpListener.h"
#include "HttpReply.h"
#include "OAuthServer.h"
#include "PortalState.h"
#include "ReplySender.h"
#include "RestHandler.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

using namespace Qt::StringLiterals;

namespace fake {

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Webhook codes sit in the path and tokens in queries: neither may reach a log.
QString redactedPath(const QUrl &url)
{
    static const QRegularExpression webhook(uR"(^(/rest/(?:api/)?\d+/)[^/]+/)"_s);
    QString path = url.path();
    path.replace(webhook, u"\\1***/"_s);
    return url.hasQuery() ? path + u"?***"_s : path;
}

} // namespace

FakePortal::FakePortal(const PortalConfig &config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<PortalState>(config))
    , m_rest(std::make_unique<RestHandler>(*m_state))
    , m_oauth(std::make_unique<OAuthServer>(*m_state))
{}

FakePortal::~FakePortal()
{
    // Listeners (and with them every socket and pending ReplySender) go before the state.
    m_portal.reset();
    m_authServer.reset();
}

bool FakePortal::start(quint16 port, QString *error)
{
    const bool https = m_state->config.https;
    m_portal = std::make_unique<HttpListener>(
        https, [this](const HttpRequest &r, QHttpServerResponder &&w) {
            onPortalRequest(r, std::move(w));
        });
    m_authServer = std::make_unique<HttpListener>(
        https,
        [this](const HttpRequest &r, QHttpServerResponder &&w) { onAuthRequest(r, std::move(w)); });
    if (https) {
#if QT_CONFIG(ssl)
        const PortalConfig &c = m_state->config;
        const QSslCertificate certificate(c.certificatePem.isEmpty()
                                              ? resource(u":/fakeportal/certs/server.pem"_s)
                                              : c.certificatePem);
        const QSslKey key(c.privateKeyPem.isEmpty() ? resource(u":/fakeportal/certs/server.key"_s)
                                                    : c.privateKeyPem,
                          QSsl::Rsa);
        if (certificate.isNull() || key.isNull()) {
            if (error)
                *error = u"cannot load the embedded test certificate"_s;
            return false;
        }
        m_portal->sslSetup(certificate, key);
        m_authServer->sslSetup(certificate, key);
        m_caDir = std::make_unique<QTemporaryDir>();
        m_caFile = m_caDir->filePath(u"fake-portal-ca.pem"_s);
        QFile ca(m_caFile);
        if (!ca.open(QIODevice::WriteOnly) || ca.write(caPem()) < 0) {
            if (error)
                *error = u"cannot write the CA file: "_s + ca.errorString();
            return false;
        }
#else
        if (error)
            *error = u"this Qt has no TLS support"_s;
        return false;
#endif
    }
    const quint16 portalPort = m_portal->listen(QHostAddress::LocalHost, port);
    const quint16 authPort = portalPort ? m_authServer->listen(QHostAddress::LocalHost, 0) : 0;
    if (!portalPort || !authPort) {
        if (error)
            *error = u"cannot listen on 127.0.0.1:%1"_s.arg(port);
        return false;
    }
    const QString scheme = https ? u"https"_s : u"http"_s;
    const QString host = m_state->config.hostName;
    m_state->baseUrl = QUrl(u"%1://%2:%3/"_s.arg(scheme, host).arg(portalPort));
    m_state->authServerUrl = QUrl(u"%1://%2:%3/"_s.arg(scheme, host).arg(authPort));
    m_state->currentData();
    return true;
}

quint16 FakePortal::port() const
{
    return quint16(m_state->baseUrl.port(0));
}

QUrl FakePortal::baseUrl() const
{
    return m_state->baseUrl;
}

QUrl FakePortal::authServerUrl() const
{
    return m_state->authServerUrl;
}

QUrl FakePortal::webhookUrl() const
{
    return m_state->baseUrl.resolved(
        QUrl(u"rest/api/1/"_s + m_state->credentials.defaultWebhook() + u'/'));
}

QUrl FakePortal::authorizeUrl(const QString &state) const
{
    QUrl url = m_state->baseUrl.resolved(QUrl(u"oauth/authorize/"_s));
    url.setQuery(u"client_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(clientId())) +
                 u"&state="_s + QString::fromLatin1(QUrl::toPercentEncoding(state)));
    return url;
}

QString FakePortal::clientId() const
{
    return m_state->credentials.clientId();
}

QString FakePortal::clientSecret() const
{
    return m_state->credentials.clientSecret();
}

QString FakePortal::caFile() const
{
    return m_caFile;
}

QByteArray FakePortal::caPem()
{
    return resource(u":/fakeportal/certs/ca.pem"_s);
}

PortalConfig &FakePortal::config()
{
    return m_state->config;
}

void FakePortal::setFault(Fault fault, int count, const QString &method)
{
    m_state->faults.arm(fault, count, method);
}

void FakePortal::setRandomFaults(double probability, quint32 seed)
{
    m_state->faults.setRandom(probability, seed);
}

QString FakePortal::addWebhook(int userId, const QStringList &scopes)
{
    return m_state->credentials.addWebhook(userId, scopes);
}

void FakePortal::revokeWebhook(const QString &code)
{
    m_state->credentials.revokeWebhook(code);
}

QString FakePortal::issueAccessToken(int userId, const QStringList &scopes, qint64 ttlSecs)
{
    const qint64 ttl = ttlSecs >= 0 ? ttlSecs : m_state->config.accessTokenTtlSecs;
    return m_state->credentials.issueAccessToken(userId, scopes,
                                                 m_state->clock.now() + double(ttl));
}

void FakePortal::expireAllAccessTokens()
{
    m_state->credentials.expireAllAccessTokens(m_state->clock.now());
}

void FakePortal::revokeAllRefreshTokens()
{
    m_state->credentials.revokeAllRefreshTokens();
}

void FakePortal::advanceClock(double seconds)
{
    m_state->clock.advance(seconds);
}

void FakePortal::resetLimits()
{
    m_state->bucket.clear();
    m_state->budget.clear();
}

QString FakePortal::portalDomain() const
{
    return m_state->config.hostName + u':' + QString::number(port());
}

QString FakePortal::memberId() const
{
    return m_state->credentials.memberId();
}

PortalStats FakePortal::stats() const
{
    return m_state->stats;
}

void FakePortal::resetStats()
{
    m_state->stats = {};
}

int FakePortal::mailboxCount(int userId) const
{
    return int(m_state->currentData().mailboxesOf(userId).size());
}

QJsonArray FakePortal::mailboxesOf(int userId) const
{
    return m_state->currentData().mailboxesJson(userId);
}

QJsonArray FakePortal::sendersOf(int userId) const
{
    return m_state->currentData().sendersJson(userId, m_state->config.hostileSenderName);
}

void FakePortal::onPortalRequest(const HttpRequest &request, QHttpServerResponder &&responder)
{
    PortalState &s = *m_state;
    s.stats.requests += 1;
    const QString path = request.url.path();
    HttpReply reply;
    if (!s.config.movedTo.isEmpty()) {
        // A renamed portal: same path and query on the new host (§1.3).
        QString target = s.config.movedTo;
        while (target.endsWith(u'/'))
            target.chop(1);
        const QByteArray query = request.url.query(QUrl::FullyEncoded).toUtf8();
        reply = HttpReply::html(302, QByteArrayLiteral("<html><body>Moved</body></html>"));
        reply.headers.append({QByteArrayLiteral("Location"),
                              target.toUtf8() + request.url.path(QUrl::FullyEncoded).toUtf8() +
                                  (query.isEmpty() ? QByteArray() : '?' + query)});
    } else if (path.startsWith(u"/oauth/authorize")) {
        reply = m_oauth->authorize(request);
    } else if (path.startsWith(u"/rest/")) {
        reply = m_rest->handle(request);
    } else {
        reply = HttpReply::html(404, QByteArrayLiteral("<html><body>Not found</body></html>"));
    }
    send(request, std::move(responder), std::move(reply), true);
}

void FakePortal::onAuthRequest(const HttpRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url.path();
    HttpReply reply = path == u"/oauth/token/" || path == u"/oauth/token"
                          ? m_oauth->token(request)
                          : HttpReply::json(404, {{u"error"_s, u"not_found"_s},
                                                  {u"error_description"_s, u"Not found"_s}});
    if (m_state->config.tokenSlowDrip)
        reply.delivery = Fault::SlowDrip;
    send(request, std::move(responder), std::move(reply), false);
}

void FakePortal::send(const HttpRequest &request, QHttpServerResponder &&responder, HttpReply reply,
                      bool portal)
{
    PortalState &s = *m_state;
    if (portal && s.config.dateHeader) {
        // RFC 9110's IMF-fixdate, from the portal's own clock.
        const QDateTime now =
            QDateTime::fromMSecsSinceEpoch(qint64(s.clock.now() * 1000), QTimeZone::utc());
        reply.headers.append(
            {QByteArrayLiteral("Date"),
             QLocale::c().toString(now, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()});
    }
    emit requestLogged(u"%1 %2%3 -> %4"_s
                           .arg(QString::fromLatin1(request.verb),
                                portal ? QString() : u"[auth] "_s, redactedPath(request.url))
                           .arg(reply.status));
    const int jitter = s.config.latencyJitterMs > 0
                           ? int(s.jitter.bounded(quint32(s.config.latencyJitterMs) + 1))
                           : 0;
    const ReplySender::Timing timing{s.config.latencyMs + jitter, s.config.slowDripMs,
                                     s.config.slowDripIntervalMs, s.config.oversizedBytes};
    auto *sender = new ReplySender(std::move(responder), std::move(reply), timing);
    connect(sender, &ReplySender::pieceDripped, this,
            [this] { m_state->stats.slowDripPieces += 1; });
    m_pendingAnswers += 1;
    connect(sender, &QObject::destroyed, this, [this] { m_pendingAnswers -= 1; });
    if (portal) {
        s.inFlight += 1;
        s.stats.maxInFlight = std::max(s.stats.maxInFlight, s.inFlight);
        connect(sender, &QObject::destroyed, this, [this] { m_state->inFlight -= 1; });
    }
    sender->start();
}

} // namespace fake
