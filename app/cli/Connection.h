#pragma once

#include "ExitCode.h"
#include "auth/Account.h"
#include "auth/AccountManager.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <optional>

class QProcessEnvironment;

namespace mb {
class AccountSession;
class Credential;
class RestClient;
class RestError;
} // namespace mb

namespace mb::cli {

class ClientSettings;
struct CliOptions;

// The credential and REST client one b24mail run talks through, built from the command
// line, the environment or a saved account. Every secret it reads is registered with
// SecretRedactor before anything can print it.
//
// Opening is asynchronous because a saved account's secrets come from the keychain
// (SecretStore answers through the event loop, and b24mail never spins a nested one).
class Connection : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Connection)
public:
    // `connection` is null on failure; then `code` and the translated `error` say why
    // (Usage: nothing was sent). The connection belongs to the `parent` given to open().
    using Callback =
        std::function<void(Connection *connection, ExitCode code, const QString &error)>;

    // For the mail commands. In this order: --webhook; --portal with $B24_ACCESS_TOKEN;
    // --account; $B24_WEBHOOK_URL; the current saved account. Answers through the event loop.
    static void open(const CliOptions &options, const QProcessEnvironment &environment,
                     const ClientSettings &settings, AccountManager *accountManager,
                     QObject *parent, Callback done);
    // A given saved account (accounts --check).
    static void openAccount(const Account &account, const CliOptions &options,
                            const ClientSettings &settings, AccountManager *accountManager,
                            QObject *parent, Callback done);

    ~Connection() override;

    RestClient *client() const;
    Credential *credential() const;
    // The saved account in use; empty for credentials from the command line or environment.
    std::optional<Account> account() const;

    // The one-line text for a failed call. When only a new sign-in helps, it names the
    // `login` command to run.
    QString messageFor(const RestError &error) const;
    // Calls `done` once what this run changed is safely stored (AccountSession::settle);
    // a failed last write is reported on stderr.
    void settle(std::function<void()> done);

private:
    explicit Connection(QObject *parent);
    bool createFromCommandLine(const CliOptions &options, const QProcessEnvironment &environment,
                               const ClientSettings &settings, QString *error);
    void adopt(AccountSession *session, const CliOptions &options);
    static QString loginHint(const Account &account);

    AccountSession *m_session = nullptr; // a child of this object
};

} // namespace mb::cli
