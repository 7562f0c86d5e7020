#pragma once

#include "Account.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

class QFileSystemWatcher;

namespace mb {

class AccountStore;
class SecretStore;

// The saved accounts as both programs see them, and the rules the GUI and b24mail share:
// how an account is found by what a user types, that every account stays reachable by a
// unique name, which saved account a new sign-in to a portal continues, and that a freshly
// saved account becomes the current one. Keeps the list cached for views and notices when
// the other program changed the settings file (accountsChanged()).
class AccountManager : public QObject
{
    Q_OBJECT
public:
    // The shared default settings and keychain service.
    explicit AccountManager(QObject *parent = nullptr);
    // Stores a test or tool brings along; not owned, they must outlive the manager.
    AccountManager(AccountStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~AccountManager() override;

    AccountStore *store() const { return m_store; }
    SecretStore *secrets() const { return m_secrets; }

    // The cached list, in the order the accounts were added.
    const QList<Account> &accounts() const { return m_accounts; }
    std::optional<Account> account(const QString &id) const;
    QString currentAccountId() const { return m_currentId; }
    std::optional<Account> currentAccount() const;

    // The account whose id is `name`, else the one whose display name (or, without one,
    // title) is `name`, ignoring case. Null with a translated reason when there is none or
    // the name is ambiguous.
    std::optional<Account> find(const QString &name, QString *error) const;
    // Whether another account than `ownId` is called `name` (ignoring case).
    bool nameTaken(const QString &name, const QString &ownId = {}) const;
    // Whether `name` is taken by another account than the one `candidate` would update
    // (the same user on the same portal, see AccountStore::findSameUser).
    bool nameTakenFor(const Account &candidate, const QString &name) const;
    // `wanted` if no other account uses it, else `wanted` with " (2)", " (3)"... appended.
    QString uniqueName(const QString &wanted, const QString &ownId = {}) const;
    // The saved OAuth account of this portal (scheme, host and port), preferring the current
    // one: signing in again continues it, with its client_id.
    std::optional<Account> oauthAccountOf(const QUrl &portal) const;
    // A freshly saved account: names it `requestedName` (or, for one without a name, after
    // its portal's host) and makes it current. The account is kept whatever fails; what
    // failed is added to `problems` (translated).
    Account adopt(Account account, const QString &requestedName, QStringList *problems = nullptr);

    // The user's answer to "no keychain": from now on secrets (webhooks, tokens, client
    // secrets, rotated refresh tokens) stay in memory, and accounts added stay out of the
    // settings file, so nothing is left behind half-saved when the app quits.
    void keepForSessionOnly();
    bool isSessionOnly() const;

    // Where the accounts' saved lists are (AccountCache); an account removed takes its file
    // along. The default is AccountCache::defaultDirectory().
    void setCacheDirectory(const QString &directory);
    QString cacheDirectory() const { return m_cacheDirectory; }

    // Re-reads the settings now (the file watcher does it by itself).
    void reload();

Q_SIGNALS:
    // The list or the current account changed, here or in the other program.
    void accountsChanged();

private:
    void watchSettingsFile();

    SecretStore *m_secrets;
    AccountStore *m_store;
    QFileSystemWatcher *m_watcher;
    QList<Account> m_accounts;
    QString m_currentId;
    QString m_cacheDirectory;
};

} // namespace mb
