#include "AccountLookup.h"

#include "Console.h"

#include <QCoreApplication>

namespace mb::cli {

std::optional<Account> findAccount(const AccountManager &accounts, const QString &name,
                                   QString *error)
{
    const std::optional<Account> found = accounts.find(name, error);
    if (!found && error) {
        *error += u' ' + QCoreApplication::translate("AccountLookup", "'%1 accounts' lists them.")
                             .arg(QCoreApplication::applicationName());
    }
    return found;
}

Account adoptAccount(AccountManager &accounts, const Account &account, const QString &name)
{
    QStringList problems;
    const Account adopted = accounts.adopt(account, name, &problems);
    for (const QString &problem : std::as_const(problems))
        Console::error(problem);
    return adopted;
}

} // namespace mb::cli
