#include "SettingsNetworkAccessManager.h"

#include "NetworkState.h"
#include "SettingsProxyFactory.h"

namespace mb {

SettingsNetworkAccessManager::SettingsNetworkAccessManager(
    std::shared_ptr<const NetworkState> state, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_state(std::move(state))
{
    setProxyFactory(new SettingsProxyFactory(m_state));
    setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    setStrictTransportSecurityEnabled(true);
}

QNetworkReply *SettingsNetworkAccessManager::createRequest(Operation op,
                                                           const QNetworkRequest &request,
                                                           QIODevice *outgoingData)
{
    // Only TLS needs the trusted roots (and waits for them on the first request). A
    // connection opened ahead (Preconnect) must trust what the calls on it will: they queue
    // on it and share its handshake.
    const QString scheme = request.url().scheme();
    if (scheme != u"https" && scheme != u"preconnect-https")
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    const std::optional<QSslConfiguration> tls = m_state->tls();
    if (!tls)
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    QNetworkRequest trusting = request;
    QSslConfiguration configuration = trusting.sslConfiguration();
    configuration.setCaCertificates(tls->caCertificates());
    trusting.setSslConfiguration(configuration);
    return QNetworkAccessManager::createRequest(op, trusting, outgoingData);
}

} // namespace mb
