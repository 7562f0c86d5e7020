#include "ClientSettings.h"

#include "CliOptions.h"
#include "rest/Credential.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/ProxyUrl.h"

#include <QFile>

namespace mb::cli {

bool ClientSettings::load(const CliOptions &options, QString *error)
{
    m_session = {};
    m_oauth = {};
    if (options.timeoutMs) {
        m_session.client.timeoutMs = *options.timeoutMs;
        m_oauth.requestTimeoutMs = *options.timeoutMs;
    }
    if (options.retries)
        m_session.client.maxRetries = *options.retries;
    if (options.allowMove)
        m_session.client.movePolicy = ClientOptions::MovePolicy::Allow;
    if (options.redirectPort)
        m_oauth.redirectPort = *options.redirectPort;
    if (const auto host = OAuthClientConfig::redirectHostFromName(options.redirectHost))
        m_oauth.redirectHost = *host;
    if (!options.caFile.isEmpty() && !loadCaFile(options.caFile, error))
        return false;
    if (!options.proxy.isEmpty() && !loadProxy(options.proxy, error))
        return false;
    if (!options.authServer.isEmpty()) {
        // The client secret goes there: https only, plain http only to this computer. Its
        // host becomes trusted for server_domain / server_endpoint (OAuthClientConfig).
        const QUrl server(options.authServer.trimmed(), QUrl::StrictMode);
        if (!server.isValid() || server.host().isEmpty() ||
            !Credential::isAcceptablePortalUrl(server)) {
            *error = tr("'%1' is not an authorization server address such as "
                        "https://oauth.bitrix.info/.")
                         .arg(options.authServer);
            return false;
        }
        QUrl origin = server.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment |
                                      QUrl::RemoveUserInfo | QUrl::RemovePath);
        origin.setPath(QStringLiteral("/"));
        m_oauth.authorizationServer = origin;
    }
    m_network = std::make_shared<NetworkAccessFactory>(m_session.network);
    m_session.networkAccess = m_network.get();
    return true;
}

bool ClientSettings::loadProxy(const QString &text, QString *error)
{
    const QString word = text.trimmed().toLower();
    if (word == u"system") {
        m_session.network.proxy = NetworkSettings::Proxy::System;
        return true;
    }
    if (word == u"none" || word == u"direct") {
        m_session.network.proxy = NetworkSettings::Proxy::None;
        return true;
    }
    const std::optional<QNetworkProxy> proxy = ProxyUrl::parse(text);
    if (!proxy || !proxy->user().isEmpty()) {
        *error = tr("'%1' is not a proxy such as http://proxy.example.com:3128, "
                    "socks5://127.0.0.1:1080, none or system.")
                     .arg(text);
        return false;
    }
    m_session.network.proxy = proxy->type() == QNetworkProxy::Socks5Proxy
                                  ? NetworkSettings::Proxy::Socks5
                                  : NetworkSettings::Proxy::Http;
    m_session.network.proxyHost = proxy->hostName();
    m_session.network.proxyPort = proxy->port();
    return true;
}

bool ClientSettings::loadCaFile(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the CA file %1: %2").arg(fileName, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = tr("The CA file %1 holds no PEM certificate.").arg(fileName);
        return false;
    }
    // Trusted in addition to the system's roots, not instead, by every request of this run.
    m_session.network.extraCaCertificates = certificates;
    return true;
}

} // namespace mb::cli
