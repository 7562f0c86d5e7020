#include "NetworkAccessFactory.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace mb {

namespace {
// Asks the platform per request, as QNetworkProxyFactory::setUseSystemConfiguration does,
// but for one manager instead of the whole process.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};
} // namespace

QNetworkAccessManager *NetworkAccessFactory::create(const NetworkSettings &settings,
                                                    QObject *parent)
{
    auto *nam = new QNetworkAccessManager(parent);
    switch (settings.proxy) {
    case NetworkSettings::Proxy::System:
        nam->setProxyFactory(new SystemProxyFactory);
        break;
    case NetworkSettings::Proxy::None:
        nam->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case NetworkSettings::Proxy::Http:
        nam->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, settings.proxyHost, settings.proxyPort));
        break;
    case NetworkSettings::Proxy::Socks5:
        nam->setProxy(
            QNetworkProxy(QNetworkProxy::Socks5Proxy, settings.proxyHost, settings.proxyPort));
        break;
    }
    nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    nam->setStrictTransportSecurityEnabled(true);
    trustProcessWide(settings.extraCaCertificates);
    return nam;
}

QSslConfiguration NetworkAccessFactory::tlsConfiguration(const QList<QSslCertificate> &extra)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (extra.isEmpty())
        return tls;
    tls.addCaCertificates(QSslConfiguration::systemCaCertificates());
    tls.addCaCertificates(extra);
    return tls;
}

void NetworkAccessFactory::trustProcessWide(const QList<QSslCertificate> &extra)
{
    if (extra.isEmpty())
        return;
    const QList<QSslCertificate> known = QSslConfiguration::defaultConfiguration().caCertificates();
    const bool missing = std::any_of(extra.begin(), extra.end(),
                                     [&](const QSslCertificate &c) { return !known.contains(c); });
    if (missing)
        QSslConfiguration::setDefaultConfiguration(tlsConfiguration(extra));
}

} // namespace mb
