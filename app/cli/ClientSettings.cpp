#include "ClientSettings.h"

#include "CliOptions.h"
#include "rest/Credential.h"
#include "rest/NetworkAccessFactory.h"

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
    if (options.redirectPort)
        m_oauth.redirectPort = *options.redirectPort;
    if (const auto host = OAuthClientConfig::redirectHostFromName(options.redirectHost))
        m_oauth.redirectHost = *host;
    if (!options.caFile.isEmpty() && !loadCaFile(options.caFile, error))
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
    // Trusted in addition to the system's roots, not instead, by every request of this run
    // (the token endpoint and the webhook check build their own).
    m_session.network.extraCaCertificates = certificates;
    NetworkAccessFactory::trustProcessWide(certificates);
    return true;
}

} // namespace mb::cli
