#include "OAuthClientConfig.h"

#include "rest/Credential.h"

namespace mb {

QString OAuthClientConfig::hostName(RedirectHost host)
{
    switch (host) {
    case RedirectHost::Ip4Loopback:
        break;
    case RedirectHost::Localhost:
        return QStringLiteral("localhost");
    }
    return QStringLiteral("127.0.0.1");
}

std::optional<OAuthClientConfig::RedirectHost>
OAuthClientConfig::redirectHostFromName(const QString &name)
{
    for (const RedirectHost host : {RedirectHost::Ip4Loopback, RedirectHost::Localhost}) {
        if (name.trimmed().compare(hostName(host), Qt::CaseInsensitive) == 0)
            return host;
    }
    return std::nullopt;
}

bool OAuthClientConfig::isTrustedServerHost(const QString &host) const
{
    const QString h = host.toLower();
    if (!h.isEmpty() && h == authorizationServer.host().toLower())
        return true;
    for (const QString &trusted : trustedServerHosts) {
        if (h == trusted.toLower())
            return true;
    }
    return false;
}

std::optional<QUrl> OAuthClientConfig::parseAuthorizationServer(const QString &text)
{
    const QUrl server(text.trimmed(), QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() || !server.userInfo().isEmpty() ||
        !Credential::isAcceptablePortalUrl(server))
        return std::nullopt;
    QUrl origin;
    origin.setScheme(server.scheme().toLower());
    origin.setHost(server.host());
    origin.setPort(server.port());
    origin.setPath(QStringLiteral("/"));
    return origin;
}

QUrl OAuthClientConfig::tokenServer(const QString &named) const
{
    const QString text = named.trimmed();
    if (text.isEmpty())
        return authorizationServer;
    QUrl url;
    if (text.contains(QLatin1String("://"))) {
        url = QUrl(text, QUrl::StrictMode);
    } else {
        url = QUrl(QStringLiteral("https://") + text + QLatin1Char('/'), QUrl::StrictMode);
        if (url.isValid() && Credential::isLoopback(url))
            url.setScheme(authorizationServer.scheme());
    }
    if (!url.isValid() || !isTrustedServerHost(url.host()) ||
        !Credential::isAcceptablePortalUrl(url))
        return authorizationServer;
    // Only the origin counts: the token path is fixed (/oauth/token/).
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    origin.setPath(QStringLiteral("/"));
    return origin;
}

} // namespace mb
