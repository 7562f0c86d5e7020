#pragma once

#include "auth/Account.h"
#include "auth/AccountManager.h"

#include <QStringList>

#include <optional>

namespace mb::cli {

// AccountManager::find with what b24mail adds to its message: where to look the names up.
std::optional<Account> findAccount(const AccountManager &accounts, const QString &name,
                                   QString *error);
// AccountManager::adopt, printing what could not be stored on stderr (the account stays).
Account adoptAccount(AccountManager &accounts, const Account &account, const QString &name);

} // namespace mb::cli
