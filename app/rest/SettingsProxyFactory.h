#pragma once

#include <QNetworkProxyFactory>

#include <memory>

namespace mb {

class NetworkState;

// Answers a manager's proxy question per request from the factory's current settings: the
// manual proxy, none, or the system's (EnvironmentProxy on Linux and other Unix systems, the
// platform's settings on Windows and macOS). Loopback hosts never go through a proxy, as in
// browsers: nothing on this computer is reachable from a proxy elsewhere.
class SettingsProxyFactory final : public QNetworkProxyFactory
{
public:
    explicit SettingsProxyFactory(std::shared_ptr<const NetworkState> state);

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

    // 127.0.0.0/8, ::1, localhost and *.localhost.
    static bool isLoopbackHost(const QString &host);

private:
    std::shared_ptr<const NetworkState> m_state;
};

} // namespace mb
