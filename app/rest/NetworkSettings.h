#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace mb {

// How the app reaches portals: the proxy and the extra certificate authorities to trust.
// Shared by every session; NetworkAccessFactory turns it into a network access manager.
struct NetworkSettings
{
    enum class Proxy {
        System, // the platform's proxy settings (environment, PAC, registry)
        None,   // direct connections
        Http,   // a manual HTTP proxy (CONNECT for https)
        Socks5, // a manual SOCKS5 proxy
    };
    Proxy proxy = Proxy::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    // Trusted in addition to the system's roots, never instead of them.
    QList<QSslCertificate> extraCaCertificates;

    bool operator==(const NetworkSettings &) const = default;
};

} // namespace mb
