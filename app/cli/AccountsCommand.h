#pragma once

#include "CliOptions.h"
#include "ClientSettings.h"
#include "Command.h"
#include "auth/Account.h"
#include "auth/AccountManager.h"
#include "auth/PermissionReport.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace mb::cli {

class Connection;

// `accounts`: the saved accounts (name, kind, portal, user, scopes, which is current), all
// or the one --account names. With --check, opens each in turn and runs PermissionProbe
// on it, one account after another so their calls never overlap, and prints per method
// whether it works and if not, why. Exit 0 when everything works, 3 when any account lacks
// a scope or rights or cannot be opened (keychain), else the code of the first failure.
class AccountsCommand : public Command
{
    Q_OBJECT
public:
    AccountsCommand(const CliOptions &options, const ClientSettings &settings,
                    AccountManager *accountManager, QObject *parent = nullptr);

    void start() override;

    // One account as `accounts --json` prints it; no secret in it.
    static QJsonObject toJson(const Account &account, bool current);

private:
    struct Checked
    {
        Account account;
        std::optional<PermissionReport> report;
        QString error; // when the account could not be opened
        ExitCode code = ExitCode::Success;
    };

    void printList();
    void checkNext();
    void probe(Connection *connection);
    void printChecks();
    static ExitCode codeFor(const PermissionReport &report);
    static QString statusText(const MethodPermission &permission);

    CliOptions m_options;
    ClientSettings m_settings;
    AccountManager *m_accountManager;
    QList<Account> m_accounts;
    QString m_currentId;
    QList<Checked> m_checked;
};

} // namespace mb::cli
