#pragma once

#include <QNetworkProxy>
#include <QString>

#include <optional>

namespace mb {

// A proxy written as a URL, as in http_proxy or b24mail --proxy: http://host:port,
// socks5://host:port (socks5h too), or host:port for HTTP. Without a port, 1080 as curl
// assumes. User and password are taken when present.
class ProxyUrl
{
public:
    static std::optional<QNetworkProxy> parse(const QString &text);
};

} // namespace mb
