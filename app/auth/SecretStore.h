#pragma once

#include "SecretError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace mb {

// Where sign-in keeps its secrets: the platform keychain through QtKeychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager), or, when the user chooses so because
// there is no keychain, this object's memory for the running session only. There is never a
// plaintext fallback.
//
// One keychain entry per account and kind, key "<accountId>/<kind>" (e.g.
// "0f3c.../refresh_token") under service(). Separate small entries rather than one blob per
// account: a rotated refresh token rewrites only itself, and each entry stays far below the
// Windows Credential Manager limit, which is enforced here on every platform
// (MaxEntryBytes) so that a secret that works on Linux cannot fail later on Windows.
//
// Every operation is asynchronous and calls back through the event loop, never from inside
// the call and never with a nested event loop, so it is safe on the GUI thread. A callback
// is dropped when its `context` (or this store) is destroyed first. Every secret written or
// read is registered with SecretRedactor. Nothing is ever deleted as a side effect of a
// failure: only remove() and removeAccount() delete.
//
// Every keychain job is given timeoutMs() to answer. A keychain that hangs (a daemon stuck
// on a prompt nobody sees, a dead D-Bus peer) then fails with SecretError::Timeout instead
// of freezing sign-in forever; whatever the job answers later is dropped.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { AccessToken, RefreshToken, ClientSecret, WebhookUrl };
    Q_ENUM(Kind)
    enum class Mode {
        Keychain,    // the platform keychain
        SessionOnly, // memory only, gone when the process ends
    };
    Q_ENUM(Mode)

    // CRED_MAX_CREDENTIAL_BLOB_SIZE: what Windows Credential Manager accepts per entry,
    // counted in UTF-8 bytes as QtKeychain stores text.
    static constexpr qsizetype MaxEntryBytes = 2560;
    // Long enough for a user to type a keychain password into an unlock prompt.
    static constexpr int DefaultTimeoutMs = 15 * 1000;

    using DoneCallback = std::function<void(const SecretError &error)>;
    using ReadCallback = std::function<void(const SecretError &error, const QString &secret)>;

    // The service name shared by the GUI and the CLI: "MailboxBrowser".
    static QString defaultService();

    explicit SecretStore(QObject *parent = nullptr);
    // Tests use their own service name so they never touch the user's entries.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    Mode mode() const { return m_mode; }
    // Switching mode forgets the session secrets; keychain entries are left as they are.
    void setMode(Mode mode);

    // How long one keychain job may take before it fails with Timeout (> 0). Applies to
    // jobs started afterwards.
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms);

    // "<accountId>/<kind>", the key of one keychain entry.
    static QString entryKey(const QString &accountId, Kind kind);
    static QString kindName(Kind kind);
    static QList<Kind> allKinds();

    // `secret` non-empty, at most MaxEntryBytes in UTF-8, else EntryTooLarge / Other and
    // nothing is written. Overwrites an existing entry.
    void write(const QString &accountId, Kind kind, const QString &secret, const QObject *context,
               DoneCallback done);
    // EntryNotFound when nothing is stored.
    void read(const QString &accountId, Kind kind, const QObject *context, ReadCallback done);
    // Deleting a missing entry succeeds.
    void remove(const QString &accountId, Kind kind, const QObject *context, DoneCallback done);
    // Deletes every kind for the account, one after another; stops at and reports the first
    // failure (with no backend that is the first attempt, so nothing is deleted).
    void removeAccount(const QString &accountId, const QObject *context, DoneCallback done);

    // Whether the keychain works now, by reading an entry that never exists: success or
    // NoBackend / Locked / ... Lets the GUI offer session-only mode before sign-in.
    // Always succeeds in session-only mode.
    void checkAvailable(const QObject *context, DoneCallback done);

Q_SIGNALS:
    void modeChanged(mb::SecretStore::Mode mode);
    // A write failed because the keychain cannot be used (SecretError::isStoreUnavailable):
    // the GUI offers session-only mode.
    void keychainUnavailable(const mb::SecretError &error);

protected:
    // Starts a configured job. Tests override it to play a keychain that never answers or
    // answers late (by emitting the job's finished() themselves).
    virtual void startJob(QKeychain::Job *job);

private:
    // Wraps `done` so it runs only while `context` (default: this store) exists.
    DoneCallback guard(const QObject *context, DoneCallback done) const;
    void deliverLater(const DoneCallback &done, const SecretError &error);
    static SecretError validate(const QString &accountId);
    // Starts `job`; success calls onSuccess(job) while the job still exists, failure calls
    // onError with the mapped error (refined to NoBackend by SecretServiceProbe), and no
    // answer within timeoutMs() calls onError(Timeout). Exactly one of them runs.
    void run(QKeychain::Job *job, std::function<void(QKeychain::Job *)> onSuccess,
             DoneCallback onError);
    void removeKinds(const QString &accountId, QList<Kind> kinds, DoneCallback done);

    QString m_service;
    Mode m_mode = Mode::Keychain;
    int m_timeoutMs = DefaultTimeoutMs;
    QHash<QString, QString> m_session; // entryKey -> secret, session-only mode
};

} // namespace mb
