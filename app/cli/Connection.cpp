#include "Connection.h"

#include "AccountLookup.h"
#include "CliOptions.h"
#include "ClientSettings.h"
#include "Console.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/OAuthCredential.h"
#include "auth/SecretStore.h"
#include "rest/AccessTokenCredential.h"
#include "rest/CallLater.h"
#include "rest/Exchange.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QProcessEnvironment>

namespace mb::cli {

namespace {

const QString webhookVariable = QStringLiteral("B24_WEBHOOK_URL");
const QString tokenVariable = QStringLiteral("B24_ACCESS_TOKEN");

// Reports from the event loop; a connection that failed goes with the report.
void reportLater(Connection *connection, const Connection::Callback &done, ExitCode code,
                 const QString &error)
{
    callLater(connection, [connection, done, code, error] {
        if (code == ExitCode::Success)
            return done(connection, code, error);
        done(nullptr, code, error);
        connection->deleteLater();
    });
}

} // namespace

Connection::Connection(QObject *parent)
    : QObject(parent)
{}

Connection::~Connection() = default;

RestClient *Connection::client() const
{
    return m_session ? m_session->client() : nullptr;
}

Credential *Connection::credential() const
{
    return m_session ? m_session->credential() : nullptr;
}

void Connection::open(const CliOptions &options, const QProcessEnvironment &environment,
                      const ClientSettings &settings, AccountManager *accountManager,
                      QObject *parent, Callback done)
{
    const bool fromCommandLine = !options.webhookUrl.isEmpty() || !options.portalUrl.isEmpty();
    const bool fromEnvironment = !environment.value(webhookVariable).trimmed().isEmpty();
    if (fromCommandLine || (options.accountName.isEmpty() && fromEnvironment)) {
        auto *connection = new Connection(parent);
        QString error;
        if (!connection->createFromCommandLine(options, environment, settings, &error)) {
            reportLater(connection, done, ExitCode::Usage, error);
            return;
        }
        reportLater(connection, done, ExitCode::Success, {});
        return;
    }

    std::optional<Account> account;
    QString error;
    if (!options.accountName.isEmpty()) {
        account = findAccount(*accountManager, options.accountName, &error);
    } else {
        account = accountManager->currentAccount();
        if (!account) {
            error = tr("No portal to talk to: pass --webhook URL, set %1, use --portal with %2, "
                       "or save an account with '%3 login' or '%3 add-webhook'.")
                        .arg(webhookVariable, tokenVariable, QCoreApplication::applicationName());
        }
    }
    if (!account) {
        reportLater(new Connection(parent), done, ExitCode::Usage, error);
        return;
    }
    openAccount(*account, options, settings, accountManager, parent, std::move(done));
}

void Connection::openAccount(const Account &account, const CliOptions &options,
                             const ClientSettings &settings, AccountManager *accountManager,
                             QObject *parent, Callback done)
{
    auto *connection = new Connection(parent);
    const CliOptions copied = options;
    AccountSession::open(
        accountManager->store(), accountManager->secrets(), account.id, settings.oauthConfig(),
        connection,
        [connection, done, account, copied](AccountSession *session, const QString &error,
                                            const SecretError &keychainError) {
            if (!session) {
                QString message = error;
                // The settings know the account but the keychain has nothing for it (the
                // user cleared it, or the keychain was swapped): only a new sign-in helps.
                if (keychainError.code() == SecretError::Code::EntryNotFound)
                    message += u' ' + loginHint(account);
                done(nullptr, ExitCode::Auth, message);
                connection->deleteLater();
                return;
            }
            connection->adopt(session, copied);
            done(connection, ExitCode::Success, {});
        },
        settings.sessionSettings());
}

std::optional<Account> Connection::account() const
{
    if (!m_session || !m_session->isSaved())
        return std::nullopt;
    return m_session->account();
}

void Connection::adopt(AccountSession *session, const CliOptions &options)
{
    m_session = session;
    session->setParent(this);
    SecretRedactor::instance().addAll(session->credential()->secrets());
    if (options.verbose) {
        // The client hands us the URL redacted already; Console redacts once more.
        connect(session->client(), &RestClient::exchangeFinished, this,
                [](const Exchange &exchange) {
                    // One multi-argument arg(): a %2F in the URL must not count as a placeholder.
                    const QString ms = QString::number(exchange.elapsedMs);
                    QString line =
                        exchange.httpStatus > 0
                            ? tr("%1: HTTP %2 in %3 ms")
                                  .arg(exchange.url, QString::number(exchange.httpStatus), ms)
                            : tr("%1: no HTTP answer after %2 ms").arg(exchange.url, ms);
                    if (exchange.error.isError())
                        line += QStringLiteral(" (%1)").arg(exchange.error.technicalMessage());
                    Console::error(line);
                });
    }
    if (const OAuthCredential *oauth = session->oauthCredential()) {
        connect(oauth, &OAuthCredential::secretsNotSaved, this, [](const SecretError &error) {
            Console::error(tr("Warning: the renewed sign-in could not be saved in the keychain "
                              "and will be lost when this run ends: %1")
                               .arg(error.userMessage()));
        });
    }
    connect(session, &AccountSession::secretsNotSaved, this, [](const SecretError &error) {
        Console::error(tr("Warning: the portal's new address could not be saved in the "
                          "keychain; the account keeps the old one: %1")
                           .arg(error.userMessage()));
    });
    connect(session, &AccountSession::settingsNotSaved, this, [](const QString &why) {
        Console::error(tr("Warning: the account's settings could not be saved: %1").arg(why));
    });
}

QString Connection::loginHint(const Account &account)
{
    const QString program = QCoreApplication::applicationName();
    if (account.authKind == Account::AuthKind::Webhook) {
        return tr("Run '%1 add-webhook -' and paste the webhook's current address.").arg(program);
    }
    return tr("Run '%1 login --portal %2' to sign in again.")
        .arg(program, account.portalUrl.toString());
}

QString Connection::messageFor(const RestError &error) const
{
    const std::optional<Account> used = account();
    if (used && error.category() == RestError::Category::SignInNeeded) {
        return tr("The sign-in of “%1” has expired or was revoked on the portal. %2")
            .arg(used->title(), loginHint(*used));
    }
    if (error.category() == RestError::Category::PortalMoved) {
        return tr("%1 Nothing was sent to the new address. If you expect this move, run the "
                  "command again with --allow-move; a saved account then keeps the new address.")
            .arg(error.userMessage());
    }
    if (error.category() == RestError::Category::OperationTimeLimit) {
        // When to come back is the point; the code and status add nothing a script needs.
        return error.userMessage() + u' ' + error.advice();
    }
    return error.technicalMessage();
}

void Connection::settle(std::function<void()> done)
{
    if (!m_session) {
        callLater(this, std::move(done));
        return;
    }
    m_session->settle([done = std::move(done)](const SecretError &error) {
        if (error.isError()) {
            Console::error(tr("Warning: the renewed access token could not be "
                              "saved in the keychain: %1")
                               .arg(error.userMessage()));
        }
        done();
    });
}

bool Connection::createFromCommandLine(const CliOptions &options,
                                       const QProcessEnvironment &environment,
                                       const ClientSettings &settings, QString *error)
{
    Credential *credential = nullptr;
    if (!options.portalUrl.isEmpty()) {
        const QString token = environment.value(tokenVariable).trimmed();
        if (token.isEmpty()) {
            *error = tr("--portal needs an access token in %1.").arg(tokenVariable);
            return false;
        }
        SecretRedactor::instance().add(token.toUtf8());
        const QUrl portal(options.portalUrl.trimmed(), QUrl::StrictMode);
        const bool web = portal.scheme() == u"https" || portal.scheme() == u"http";
        if (!portal.isValid() || !web || portal.host().isEmpty()) {
            *error = tr("'%1' is not a portal address such as https://example.bitrix24.com/.")
                         .arg(options.portalUrl);
            return false;
        }
        credential = new AccessTokenCredential(portal, token);
    } else {
        const QString text =
            options.webhookUrl.isEmpty() ? environment.value(webhookVariable) : options.webhookUrl;
        // The URL is not repeated in the message: it may hold the secret code, and we only
        // know which part that is once parsing succeeded.
        QString why;
        const auto parts = WebhookCredential::parse(QUrl(text.trimmed()), &why);
        if (!parts) {
            *error = tr("The webhook URL is not usable: %1").arg(why);
            return false;
        }
        credential = new WebhookCredential(*parts);
    }
    adopt(AccountSession::unsaved(credential, settings.sessionSettings(), this), options);
    return true;
}

} // namespace mb::cli
