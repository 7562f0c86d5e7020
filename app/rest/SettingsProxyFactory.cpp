#include "SettingsProxyFactory.h"

#include "EnvironmentProxy.h"
#include "NetworkState.h"

#include <QHostAddress>
#include <QProcessEnvironment>

namespace mb {

SettingsProxyFactory::SettingsProxyFactory(std::shared_ptr<const NetworkState> state)
    : m_state(std::move(state))
{}

bool SettingsProxyFactory::isLoopbackHost(const QString &hostIn)
{
    QString host = hostIn.toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host == u"localhost" || host.endsWith(QLatin1String(".localhost")))
        return true;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QList<QNetworkProxy> SettingsProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    const QString host = query.url().isValid() && !query.url().host().isEmpty()
                             ? query.url().host()
                             : query.peerHostName();
    if (isLoopbackHost(host))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const NetworkSettings settings = m_state->settings();
    switch (settings.proxy) {
    case NetworkSettings::Proxy::None:
        break;
    case NetworkSettings::Proxy::Http:
        return {QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, settings.proxyPort)};
    case NetworkSettings::Proxy::Socks5:
        return {QNetworkProxy(QNetworkProxy::Socks5Proxy, settings.proxyHost, settings.proxyPort)};
    case NetworkSettings::Proxy::System:
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
        return systemProxyForQuery(query);
#else
        // Qt's generic Unix lookup reads only some of the lower-case variables and may go
        // through libproxy instead; the environment is what terminals and services set.
        return EnvironmentProxy::forQuery(query, QProcessEnvironment::systemEnvironment());
#endif
    }
    return {QNetworkProxy(QNetworkProxy::NoProxy)};
}

} // namespace mb
