#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace mb {

// The application's side of OAuth: its keys from the application card on the portal, where
// tokens come from, and how the browser comes back. Holds the client secret: never log it.
struct OAuthClientConfig
{
    // The host of the loopback redirect address. It must be spelled as on the application's
    // card: the portal compares the address, not what it resolves to.
    enum class RedirectHost {
        Ip4Loopback, // http://127.0.0.1:PORT/, served on 127.0.0.1 only
        Localhost,   // http://localhost:PORT/ (the old desktop-app help, §5.2), served on
                     // 127.0.0.1 and ::1, since the browser may resolve either
    };

    QString clientId;     // local.… or app.….… (docs §5.1)
    QString clientSecret; // sent only to the authorization server, never to the portal

    // Used when the portal names no authorization server, or names one we do not trust.
    QUrl authorizationServer = QUrl(QStringLiteral("https://oauth.bitrix.info/"));
    // Hosts a portal may name in `server_domain` / `server_endpoint`. The client secret is
    // sent there, so a portal must not be able to redirect it to a host of its choosing: a
    // Market app's secret is valid on every portal.
    QStringList trustedServerHosts = {QStringLiteral("oauth.bitrix.info"),
                                      QStringLiteral("oauth.bitrix24.tech")};

    // The loopback redirect. The address is fixed in the application's settings on the
    // portal, so the port must be the registered one; 0 picks a free port, which works only
    // where the portal honours the redirect_uri parameter (INFERRED, docs §5.2).
    quint16 redirectPort = 0;
    RedirectHost redirectHost = RedirectHost::Ip4Loopback;
    QString redirectPath = QStringLiteral("/");
    // Also send redirect_uri on /oauth/authorize/, as some SDKs do (undocumented, §5.2).
    bool sendRedirectUri = true;
    // How long to wait for the browser to come back before telling the user that the portal
    // probably showed its own error page (§5.2: it never redirects on failure).
    int redirectTimeoutMs = 3 * 60 * 1000;
    int requestTimeoutMs = 30 * 1000; // one token request

    // "127.0.0.1" or "localhost".
    static QString hostName(RedirectHost host);
    // The inverse of hostName(), case-insensitive; nullopt for anything else.
    static std::optional<RedirectHost> redirectHostFromName(const QString &name);

    // The current time (UTC); tests move it forward. Empty: the system clock. Also measures
    // the redirect timeout and the refresh back-off, so tests need not sleep.
    std::function<QDateTime()> clock;

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }

    // Where a token request goes, given what the portal or the last token answer named:
    // a `server_endpoint` URL (https://oauth.bitrix.info/rest/) or a bare `server_domain`
    // (oauth.bitrix.info). Untrusted, malformed or insecure names give authorizationServer.
    // A bare name is https, except a loopback host, which keeps authorizationServer's scheme
    // (the local test portal speaks plain http).
    QUrl tokenServer(const QString &named) const;

    // An authorization server address as a user types it: its origin
    // (https://oauth.bitrix.info/), or nullopt unless it is https, or plain http to this
    // computer (the local portal). The client secret is sent there.
    static std::optional<QUrl> parseAuthorizationServer(const QString &text);
    static QUrl defaultAuthorizationServer()
    {
        return QUrl(QStringLiteral("https://oauth.bitrix.info/"));
    }
    bool isTrustedServerHost(const QString &host) const;
};

} // namespace mb
