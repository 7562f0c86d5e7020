#pragma once

#include "OAuthClientConfig.h"
#include "OAuthError.h"
#include "TokenGrant.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace mb {

// The authorization server's /oauth/token/ (docs §5.3): trades a code or a refresh token for
// a new token pair. Written by hand rather than through QOAuth2AuthorizationCodeFlow: on Qt
// 6.4 the flow reports a 400/401 from the token endpoint only as a log line without the
// body, so invalid_grant, invalid_client and PAYMENT_REQUIRED could not be told apart, and
// it posts to one fixed URL chosen before the portal names its authorization server.
//
// The client secret goes in a POST form body, as the JS SDK does, so it stays out of URLs
// and server logs. Only a server that refuses the POST method itself (HTTP 405 or 501; the
// docs show only GET, INFERRED §5.3) is asked again, once, by GET, and by GET from then on:
// any other refusal, invalid_request included, is an answer about the request, and must not
// move the secret into a URL. Redirects are never followed: they would carry the secret
// elsewhere. Each request has a total deadline (requestTimeoutMs), not only an inactivity
// timeout, so a server that trickles its answer cannot hold a sign-in or refresh forever.
class TokenEndpoint : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const OAuthError &error, const TokenGrant &grant)>;

    // `nam` is shared, not owned: one NetworkAccessFactory made, so the proxy and the extra
    // certificate authorities of the settings apply to the token requests too.
    TokenEndpoint(const OAuthClientConfig &config, QNetworkAccessManager *nam,
                  QObject *parent = nullptr);
    // Aborts the requests in flight; their callbacks never run.
    ~TokenEndpoint() override;

    void setConfig(const OAuthClientConfig &config) { m_config = config; }
    const OAuthClientConfig &config() const { return m_config; }

    // grant_type=authorization_code at `server` (an origin such as https://oauth.bitrix.info/).
    // The callback runs through the event loop while `context` exists.
    void exchangeCode(const QUrl &server, const QString &code, const QObject *context,
                      Callback done);
    // grant_type=refresh_token.
    void refresh(const QUrl &server, const QString &refreshToken, const QObject *context,
                 Callback done);

    static QUrl tokenUrl(const QUrl &server);
    // Servers that refused POST in this session.
    bool usesGet(const QUrl &server) const;

private:
    struct Request
    {
        QUrl server;
        QList<std::pair<QString, QString>> fields;
        bool exchange = false;
        bool get = false;
    };
    void send(const Request &request, const QObject *context, Callback done);
    void finished(QNetworkReply *reply, const Request &request, const QObject *context,
                  Callback done);
    static QByteArray formEncoded(const QList<std::pair<QString, QString>> &fields);
    static QString origin(const QUrl &server);

    OAuthClientConfig m_config;
    QNetworkAccessManager *m_nam;
    QSet<QString> m_getOnly;
    // Replies of a shared QNetworkAccessManager outlive this object unless aborted.
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace mb
