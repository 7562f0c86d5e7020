#include "NetworkState.h"

#include "SystemCaStore.h"

#include <QMutexLocker>

namespace mb {

NetworkState::NetworkState(const NetworkSettings &settings)
    : m_settings(settings)
{
    if (!m_settings.extraCaCertificates.isEmpty())
        SystemCaStore::preload();
}

NetworkSettings NetworkState::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

bool NetworkState::setSettings(const NetworkSettings &settings)
{
    QMutexLocker lock(&m_mutex);
    const bool trustChanged = settings.extraCaCertificates != m_settings.extraCaCertificates;
    m_settings = settings;
    if (trustChanged) {
        m_tls.reset();
        if (!m_settings.extraCaCertificates.isEmpty())
            SystemCaStore::preload();
    }
    return trustChanged;
}

std::optional<QSslConfiguration> NetworkState::tls() const
{
    QMutexLocker lock(&m_mutex);
    if (m_settings.extraCaCertificates.isEmpty())
        return std::nullopt;
    if (!m_tls) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(SystemCaStore::certificates());
        tls.addCaCertificates(m_settings.extraCaCertificates);
        m_tls = tls;
    }
    return m_tls;
}

} // namespace mb
