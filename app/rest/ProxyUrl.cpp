#include "ProxyUrl.h"

#include <QUrl>

namespace mb {

std::optional<QNetworkProxy> ProxyUrl::parse(const QString &textIn)
{
    QString text = textIn.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/")
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    QNetworkProxy::ProxyType type;
    if (scheme == u"http")
        type = QNetworkProxy::HttpProxy;
    else if (scheme == u"socks5" || scheme == u"socks5h")
        type = QNetworkProxy::Socks5Proxy;
    else
        return std::nullopt;
    const int port = url.port(1080);
    if (port <= 0 || port > 65535)
        return std::nullopt;
    QNetworkProxy proxy(type, url.host(), quint16(port));
    if (!url.userName().isEmpty()) {
        proxy.setUser(url.userName(QUrl::FullyDecoded));
        proxy.setPassword(url.password(QUrl::FullyDecoded));
    }
    return proxy;
}

} // namespace mb
