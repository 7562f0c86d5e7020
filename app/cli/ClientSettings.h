#pragma once

#include "auth/OAuthClientConfig.h"
#include "auth/SessionSettings.h"
#include "rest/NetworkAccessFactory.h"

#include <QCoreApplication>

#include <memory>

namespace mb::cli {

struct CliOptions;

// What the global options say about talking to servers, checked once before any command
// runs: the network (--proxy, --ca-file) as one NetworkAccessFactory, the REST client's
// options (timeouts, retries) and the OAuth side (authorization server, request timeout).
// Every command that sends anything uses these, so --proxy, --ca-file and --timeout-ms mean
// the same for the portal, the webhook check and the token endpoint. Copies share the
// factory.
class ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClientSettings)
public:
    // False with a translated reason (a usage error) when an option is unusable.
    bool load(const CliOptions &options, QString *error);

    // Every network access manager of this run comes from here.
    const NetworkAccessFactory *networkAccess() const { return m_network.get(); }

    const ClientOptions &clientOptions() const { return m_session.client; }
    const SessionSettings &sessionSettings() const { return m_session; }
    // No client_id or secret yet: the account or `login` adds them.
    const OAuthClientConfig &oauthConfig() const { return m_oauth; }

private:
    bool loadCaFile(const QString &fileName, QString *error);
    bool loadProxy(const QString &text, QString *error);

    std::shared_ptr<NetworkAccessFactory> m_network = std::make_shared<NetworkAccessFactory>();
    SessionSettings m_session;
    OAuthClientConfig m_oauth;
};

} // namespace mb::cli
