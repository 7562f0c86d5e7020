#include "NetworkState.h"

#include <QMutexLocker>

namespace mb {

namespace {
std::optional<QSslConfiguration> tlsFor(const QList<QSslCertificate> &extra)
{
    if (extra.isEmpty())
        return std::nullopt;
    // Read once: the system's store does not change while the process runs, and reading it
    // costs a directory of files.
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(system);
    tls.addCaCertificates(extra);
    return tls;
}
} // namespace

NetworkState::NetworkState(const NetworkSettings &settings)
    : m_settings(settings)
    , m_tls(tlsFor(settings.extraCaCertificates))
{}

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
    if (trustChanged)
        m_tls = tlsFor(settings.extraCaCertificates);
    return trustChanged;
}

std::optional<QSslConfiguration> NetworkState::tls() const
{
    QMutexLocker lock(&m_mutex);
    return m_tls;
}

} // namespace mb
