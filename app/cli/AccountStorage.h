#pragma once

#include "auth/Account.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace mb {
class AccountStore;
class SecretStore;
} // namespace mb

namespace mb::cli {

// The saved accounts as b24mail sees them: the same settings and keychain service as the
// GUI (AccountStore::defaultSettings(), SecretStore::defaultService()), so an account added
// in one is there in the other. Also finds an account by what a user types for --account.
class AccountStorage : public QObject
{
    Q_OBJECT
public:
    explicit AccountStorage(QObject *parent = nullptr);
    ~AccountStorage() override;

    SecretStore *secrets() const { return m_secrets; }
    AccountStore *accounts() const { return m_accounts; }

    // The account whose id is `name`, else the one whose display name (or, without one,
    // title) is `name`, ignoring case. Null with a translated reason when there is none or
    // the name is ambiguous.
    std::optional<Account> find(const QString &name, QString *error) const;
    // `wanted` if no account but `ownId` already uses it as its name, else `wanted` with
    // " (2)", " (3)"... appended, so that every account stays reachable by its name.
    QString uniqueName(const QString &wanted, const QString &ownId = {}) const;
    // Whether another account than `ownId` is called `name` (ignoring case).
    bool nameTaken(const QString &name, const QString &ownId = {}) const;
    // The saved OAuth account of this portal (scheme, host and port), preferring the current
    // one, for signing in again with its client_id.
    std::optional<Account> oauthAccountOf(const QUrl &portal) const;
    // A freshly saved account: names it `requestedName` (or, for one without a name, after
    // its portal's host) and makes it current. Problems are reported on stderr; the account
    // is kept either way.
    Account adopt(Account account, const QString &requestedName) const;

private:
    SecretStore *m_secrets;
    AccountStore *m_accounts;
};

} // namespace mb::cli
