#include "NetworkAccessFactory.h"

#include "NetworkState.h"
#include "SettingsNetworkAccessManager.h"

namespace mb {

NetworkAccessFactory::NetworkAccessFactory(const NetworkSettings &settings, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<NetworkState>(settings))
{}

NetworkAccessFactory::~NetworkAccessFactory() = default;

NetworkSettings NetworkAccessFactory::settings() const
{
    return m_state->settings();
}

void NetworkAccessFactory::setSettings(const NetworkSettings &settings)
{
    if (settings == m_state->settings())
        return;
    if (m_state->setSettings(settings)) {
        m_made.removeAll(nullptr);
        for (const QPointer<QNetworkAccessManager> &nam : std::as_const(m_made)) {
            // Kept-alive connections were verified with the old trust.
            nam->clearConnectionCache();
        }
    }
    Q_EMIT settingsChanged();
}

QNetworkAccessManager *NetworkAccessFactory::create(QObject *parent) const
{
    auto *nam = new SettingsNetworkAccessManager(m_state, parent);
    m_made.removeAll(nullptr);
    m_made.append(nam);
    return nam;
}

QSslConfiguration NetworkAccessFactory::tlsConfiguration() const
{
    return m_state->tls().value_or(QSslConfiguration::defaultConfiguration());
}

} // namespace mb
