#pragma once

#include <QList>
#include <QNetworkProxy>
#include <QProcessEnvironment>

namespace mb {

// The system proxy of Linux and other Unix systems: the environment, read as curl reads it.
// http_proxy for http, https_proxy for https, then all_proxy; each lower-case first, then
// upper-case. no_proxy (or NO_PROXY) lists hosts that go direct: `*` for all, a domain
// (with or without a leading dot or `*.`) for itself and its subdomains, an address or a
// network (10.0.0.0/8), each optionally with `:port`.
//
// Written by hand because Qt 6.4's generic Unix lookup ignores the upper-case variables and
// network entries in no_proxy, and asks libproxy instead where Qt was built with it.
class EnvironmentProxy
{
public:
    static QList<QNetworkProxy> forQuery(const QNetworkProxyQuery &query,
                                         const QProcessEnvironment &environment);
    static bool bypasses(const QString &noProxy, const QString &host, int port);
};

} // namespace mb
