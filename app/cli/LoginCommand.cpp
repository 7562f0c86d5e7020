#include "LoginCommand.h"

#include "AccountLookup.h"
#include "AccountsCommand.h"
#include "Console.h"
#include "TerminalInput.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "rest/Credential.h"
#include "rest/ScopeAdvice.h"
#include "rest/SecretRedactor.h"

#include <QJsonDocument>
#include <QTimer>

namespace mb::cli {

namespace {
const QString secretVariable = QStringLiteral("B24_CLIENT_SECRET");
}

LoginCommand::LoginCommand(const CliOptions &options, const QProcessEnvironment &environment,
                           const ClientSettings &settings, AccountManager *accountManager,
                           OAuthSignIn::BrowserOpener openBrowser, QObject *parent)
    : Command(parent)
    , m_options(options)
    , m_environment(environment)
    , m_settings(settings)
    , m_accountManager(accountManager)
    , m_openBrowser(std::move(openBrowser))
{}

void LoginCommand::start()
{
    if (!m_options.accountName.isEmpty()) {
        QString error;
        m_previous = findAccount(*m_accountManager, m_options.accountName, &error);
        if (!m_previous)
            return fail(ExitCode::Usage, error);
        if (m_previous->authKind != Account::AuthKind::OAuth) {
            return fail(ExitCode::Usage,
                        tr("“%1” is a webhook account; 'add-webhook' replaces its address.")
                            .arg(m_previous->title()));
        }
        m_portal = m_previous->portalUrl;
    } else {
        m_portal = QUrl(m_options.portalUrl.trimmed(), QUrl::StrictMode);
        QString why;
        if (!m_portal.isValid() || m_portal.host().isEmpty() ||
            !Credential::isAcceptablePortalUrl(m_portal, &why)) {
            return fail(ExitCode::Usage,
                        tr("'%1' is not a portal address such as https://example.bitrix24.com/. %2")
                            .arg(m_options.portalUrl, why));
        }
        m_previous = m_accountManager->oauthAccountOf(m_portal);
    }

    m_config = m_settings.oauthConfig();
    m_config.clientId = m_options.clientId;
    if (m_config.clientId.isEmpty() && m_previous)
        m_config.clientId = m_previous->clientId;
    if (m_config.clientId.isEmpty()) {
        return fail(ExitCode::Usage,
                    tr("'login' needs the application's client_id: pass --client-id (it is on "
                       "the application's card on the portal)."));
    }
    const QString ownId = m_previous ? m_previous->id : QString();
    if (!m_options.displayName.isEmpty() &&
        m_accountManager->nameTaken(m_options.displayName, ownId)) {
        return fail(ExitCode::Usage,
                    tr("Another saved account is already called “%1”.").arg(m_options.displayName));
    }

    if (!m_options.clientSecretEnv.isEmpty()) {
        const QString secret = m_environment.value(m_options.clientSecretEnv).trimmed();
        if (secret.isEmpty()) {
            return fail(ExitCode::Usage, tr("The environment variable %1 holds no client secret.")
                                             .arg(m_options.clientSecretEnv));
        }
        return signIn(secret);
    }
    if (const QString secret = m_environment.value(secretVariable).trimmed(); !secret.isEmpty())
        return signIn(secret);
    if (m_previous && m_previous->clientId == m_config.clientId) {
        // Signing in again: the secret that signed in last time is in the keychain.
        m_accountManager->secrets()->read(m_previous->id, SecretStore::Kind::ClientSecret, this,
                                          [this](const SecretError &error, const QString &secret) {
                                              if (!error.isError())
                                                  return signIn(secret);
                                              if (error.code() != SecretError::Code::EntryNotFound)
                                                  return fail(exitCodeFor(error),
                                                              error.userMessage());
                                              askForSecret();
                                          });
        return;
    }
    askForSecret();
}

void LoginCommand::askForSecret()
{
    if (TerminalInput::isInteractive())
        Console::prompt(tr("Client secret of %1: ").arg(m_config.clientId));
    const std::optional<QString> secret = TerminalInput::readLine(true);
    if (!secret || secret->trimmed().isEmpty()) {
        return fail(ExitCode::Usage,
                    tr("No client secret: set %1, name a variable with --client-secret-env, or "
                       "type it when asked.")
                        .arg(secretVariable));
    }
    signIn(secret->trimmed());
}

void LoginCommand::signIn(const QString &clientSecret)
{
    SecretRedactor::instance().add(clientSecret.toUtf8());
    m_config.clientSecret = clientSecret;
    m_signIn = new OAuthSignIn(
        m_config, [this](const QUrl &url) { return showAddress(url); }, m_settings.networkAccess(),
        this);
    connect(m_signIn, &OAuthSignIn::scopeMissing, this,
            [](const QString &scope, const QStringList &granted) {
                Console::error(tr("Warning: the portal did not grant the “%1” scope (granted: "
                                  "%2). Mailbox commands will fail until it does.")
                                   .arg(scope, granted.join(QStringLiteral(", "))) +
                               QLatin1Char(' ') + ScopeAdvice::text(ScopeAdvice::For::Application));
            });
    connect(m_signIn, &OAuthSignIn::failed, this,
            [this](const OAuthError &error) { fail(exitCodeFor(error), error.userMessage()); });
    connect(m_signIn, &OAuthSignIn::succeeded, this, &LoginCommand::save);
    if (const QUrl handler = OAuthSignIn::handlerAddress(m_config);
        !m_options.pasteCode && handler.isValid()) {
        // The portal sends the browser only to the address on the application's card.
        Console::error(tr("Register this handler address on the application's card on the "
                          "portal: %1")
                           .arg(handler.toString()));
    }
    m_signIn->start(m_portal, m_options.pasteCode ? OAuthSignIn::Mode::PastedCode
                                                  : OAuthSignIn::Mode::LoopbackRedirect);
    if (m_options.pasteCode)
        QTimer::singleShot(0, this, &LoginCommand::readPastedCode);
}

bool LoginCommand::showAddress(const QUrl &url)
{
    // The address holds client_id and state only (docs §5.2), never the secret. It is
    // printed whether or not a browser comes up: on a remote shell or a machine without a
    // desktop the user opens it elsewhere.
    const QString address = url.toString(QUrl::FullyEncoded);
    if (m_options.pasteCode) {
        Console::error(tr("Open this address in a browser and sign in, then paste the code the "
                          "portal shows (or the whole address the browser ended on): %1")
                           .arg(address));
    } else {
        Console::error(tr("Open this address in a browser to sign in: %1").arg(address));
    }
    if (!m_options.noBrowser && !(m_openBrowser && m_openBrowser(url)))
        Console::error(tr("No web browser could be started; open the address above yourself."));
    // Never false: the sign-in keeps waiting for the address opened by hand.
    return true;
}

void LoginCommand::readPastedCode()
{
    if (!m_signIn || m_signIn->stage() != OAuthSignIn::Stage::WaitingForBrowser)
        return; // it failed on its own already (a bad portal address, ...)
    // Blocking is fine here: in this mode nothing listens and no timer runs.
    const bool interactive = TerminalInput::isInteractive();
    if (interactive)
        Console::prompt(tr("Code: "));
    const std::optional<QString> line = TerminalInput::readLine();
    if (!line) {
        m_signIn->cancel(); // failed(Cancelled) ends the command
        return;
    }
    if (m_signIn->submitCode(*line))
        return; // succeeded() or failed() follows
    if (interactive) {
        Console::error(tr("That holds no code. Paste the code the portal shows, or the whole "
                          "address the browser ended on."));
        QTimer::singleShot(0, this, &LoginCommand::readPastedCode);
        return;
    }
    m_signIn->deleteLater();
    m_signIn = nullptr;
    fail(ExitCode::Auth, OAuthError(OAuthError::Code::NoCode).userMessage());
}

void LoginCommand::save(const OAuthSignInResult &result)
{
    AccountSession::saveOAuth(
        m_accountManager->store(), m_accountManager->secrets(), result, m_config, this,
        [this, result](AccountSession *session, const QString &error,
                       const SecretError &keychainError) {
            if (!session) {
                return fail(keychainError.isError() ? exitCodeFor(keychainError) : ExitCode::Auth,
                            error);
            }
            const Account account =
                adoptAccount(*m_accountManager, session->account(), m_options.displayName);
            session->deleteLater(); // this run makes no calls with it

            if (m_options.json) {
                Console::out(QString::fromUtf8(
                    QJsonDocument(AccountsCommand::toJson(account, true)).toJson()));
            } else {
                Console::out(tr("Signed in to %1 as “%2”; it is now the current account.")
                                 .arg(account.portalUrl.toString(), account.title()) +
                             u'\n');
            }
            // Saved all the same: ticking `mail` on the application's card and signing in
            // again updates this account.
            if (!result.hasMailScope()) {
                Console::error(tr("The account was saved, but it cannot read mailboxes "
                                  "without the “mail” scope."));
                return finish(ExitCode::Auth);
            }
            finish(ExitCode::Success);
        });
}

} // namespace mb::cli
