#pragma once

#include "Account.h"
#include "SecretError.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace mb {

class SecretStore;

// The accounts the user has signed in with. Non-secret data lives in QSettings, one group
// per account ("accounts/<id>/..."), plus the current account ("currentAccount"); the
// secrets of an account live in SecretStore under the same id. The GUI and the CLI share
// defaultSettings(), so an account added in one shows up in the other.
//
// Reads re-sync the settings first, so changes another process made are seen. Writes are
// synced at once; a failed write returns false and errorString() says why.
//
// When the user chose to keep sign-ins for this session only (setSessionOnly(), with
// SecretStore in session-only mode), accounts added are kept in memory too: an entry in the
// settings file whose secrets are gone after a restart would be half an account. Such
// accounts (isSessionOnly()) are listed after the saved ones and forgotten when the process
// ends or the secret store leaves session-only mode.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    enum class RemovePolicy {
        // A keychain failure (none, locked, ...) keeps the account, so nothing is lost and
        // the user can retry once the keychain works.
        KeepAccountIfKeychainFails,
        // The user insists: the account goes even if its keychain entries stay behind.
        RemoveAccountAnyway,
    };
    Q_ENUM(RemovePolicy)

    // `removed`: the account is gone from the settings. `keychainError`: deleting its
    // secrets failed (their entries may remain); reported even when removed is true.
    using RemoveCallback = std::function<void(bool removed, const SecretError &keychainError)>;

    // Organization and application "MailboxBrowser", the platform's native format.
    static std::unique_ptr<QSettings> defaultSettings();

    // `secrets` deletes the keychain entries of removed accounts; it must outlive this
    // store. Without one (nullptr) only the settings part is handled.
    explicit AccountStore(SecretStore *secrets, QObject *parent = nullptr);
    // Tests and tools bring their own settings (e.g. an INI file in a temporary directory).
    AccountStore(std::unique_ptr<QSettings> settings, SecretStore *secrets,
                 QObject *parent = nullptr);
    ~AccountStore() override;

    // In the order they were added.
    QList<Account> accounts() const;
    std::optional<Account> account(const QString &id) const;
    bool contains(const QString &id) const;
    // Kept in memory only, for this session (see above).
    bool isSessionOnly(const QString &id) const;
    // Whether accounts added from now on stay in memory (while the secret store is in
    // session-only mode). Off by default: tests use a session-only secret store as a
    // stand-in keychain and still expect the settings file.
    void setSessionOnly(bool on) { m_sessionOnly = on; }
    bool keepsAccountsInMemory() const;
    // The account of the same user on the same portal (member_id, else portal host) with the
    // same kind of sign-in, so that signing in again updates it instead of adding a twin.
    std::optional<Account> findSameUser(const Account &candidate) const;

    // Stores a new account and returns it with its id (a new UUID when account.id is
    // empty). Fails when the id is taken or malformed, the portal URL is not a bare portal
    // address (a pasted webhook URL would put its secret in the settings), or the settings
    // cannot be written.
    std::optional<Account> add(Account account);
    // Replaces the stored data of an existing account.
    bool update(const Account &account);
    bool rename(const QString &id, const QString &displayName);
    // Deletes the account's secrets, then (see RemovePolicy) its settings. Answers through
    // the event loop while `context` exists.
    void remove(const QString &id, RemovePolicy policy, const QObject *context,
                RemoveCallback done);

    // The stored choice; when that account is gone, the first account; empty if none.
    QString currentAccountId() const;
    std::optional<Account> currentAccount() const;
    // An empty id clears the choice; an unknown id fails.
    bool setCurrentAccount(const QString &id);

    // Why the last failing call failed, translated.
    QString errorString() const { return m_error; }
    QString settingsFileName() const;

Q_SIGNALS:
    void accountAdded(const QString &id);
    void accountChanged(const QString &id);
    void accountRemoved(const QString &id);
    void currentAccountChanged(const QString &id);

private:
    bool checkStorable(const Account &account);
    void writeFields(const Account &account);
    Account readAccount(const QString &id) const;
    bool commit();
    bool removeSettings(const QString &id);
    void forgetSessionAccounts();

    std::unique_ptr<QSettings> m_settings;
    SecretStore *m_secrets = nullptr;
    QString m_error;
    bool m_sessionOnly = false;
    QList<Account> m_sessionAccounts; // in the order added
    QString m_sessionCurrent;         // a session-only current account, never in the settings
};

} // namespace mb
