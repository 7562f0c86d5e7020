#pragma once

#include "CliOptions.h"
#include "Command.h"
#include "auth/AccountManager.h"

namespace mb::cli {

// `logout NAME`: deletes the account's keychain entries, then the account. When the
// keychain cannot delete them (none, locked, refused) the account is kept
// (AccountStore::RemovePolicy::KeepAccountIfKeychainFails), so no secret is left behind
// without an account to find it by, and the command ends in 3.
class LogoutCommand : public Command
{
    Q_OBJECT
public:
    LogoutCommand(const CliOptions &options, AccountManager *accountManager,
                  QObject *parent = nullptr);

    void start() override;

private:
    CliOptions m_options;
    AccountManager *m_accountManager;
};

} // namespace mb::cli
