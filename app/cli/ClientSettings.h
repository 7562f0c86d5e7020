#pragma once

#include "auth/OAuthClientConfig.h"
#include "auth/SessionSettings.h"

#include <QCoreApplication>

namespace mb::cli {

struct CliOptions;

// What the global options say about talking to servers, checked once before any command
// runs: the REST client's options (timeouts, retries, extra CA certificates) and the OAuth
// side (authorization server, request timeout). Every command that sends anything uses
// these, so --ca-file and --timeout-ms mean the same for the portal, the webhook check and
// the token endpoint.
class ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClientSettings)
public:
    // False with a translated reason (a usage error) when an option is unusable. Loading a
    // CA file also adds its certificates to the process's default TLS configuration: the
    // token endpoint builds its own requests, and this run is the whole process.
    bool load(const CliOptions &options, QString *error);

    const ClientOptions &clientOptions() const { return m_session.client; }
    const SessionSettings &sessionSettings() const { return m_session; }
    // No client_id or secret yet: the account or `login` adds them.
    const OAuthClientConfig &oauthConfig() const { return m_oauth; }

private:
    bool loadCaFile(const QString &fileName, QString *error);

    SessionSettings m_session;
    OAuthClientConfig m_oauth;
};

} // namespace mb::cli
