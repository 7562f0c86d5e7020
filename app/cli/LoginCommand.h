#pragma once

#include "CliOptions.h"
#include "ClientSettings.h"
#include "Command.h"
#include "auth/Account.h"
#include "auth/AccountManager.h"
#include "auth/OAuthSignIn.h"

#include <QProcessEnvironment>

#include <optional>

namespace mb::cli {

// `login`: OAuth sign-in (docs §5) to --portal, or again to the portal of --account. Opens
// the authorize address in the browser (through the injected opener) and always prints it
// on stderr too, then either waits for the redirect on a loopback port or, with
// --paste-code, reads the code from stdin. Saves the account with AccountSession::saveOAuth
// (the same account when the same user signs in again) and makes it current.
//
// The client secret never comes from an argument, where `ps` would show it: it comes from
// $B24_CLIENT_SECRET or the variable --client-secret-env names, else from the keychain
// entry of the portal's saved account (signing in again), else from stdin.
class LoginCommand : public Command
{
    Q_OBJECT
public:
    LoginCommand(const CliOptions &options, const QProcessEnvironment &environment,
                 const ClientSettings &settings, AccountManager *accountManager,
                 OAuthSignIn::BrowserOpener openBrowser, QObject *parent = nullptr);

    void start() override;

private:
    void askForSecret();
    void signIn(const QString &clientSecret);
    bool showAddress(const QUrl &url);
    void readPastedCode();
    void save(const OAuthSignInResult &result);

    CliOptions m_options;
    QProcessEnvironment m_environment;
    ClientSettings m_settings;
    AccountManager *m_accountManager;
    OAuthSignIn::BrowserOpener m_openBrowser;
    QUrl m_portal;
    std::optional<Account> m_previous; // the saved OAuth account of that portal
    OAuthClientConfig m_config;
    OAuthSignIn *m_signIn = nullptr;
};

} // namespace mb::cli
