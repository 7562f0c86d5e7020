#pragma once

#include <QCoreApplication>
#include <QString>

namespace mb {

// The outcome of a SecretStore operation. Callers act on code(); every code has its own
// translated text so the user learns what to do (install a keychain, unlock it, ...).
class SecretError
{
    Q_DECLARE_TR_FUNCTIONS(SecretError)
public:
    enum class Code {
        None,           // success
        NoBackend,      // no keychain service is installed or reachable
        AccessDenied,   // the keychain or the user refused access
        Locked,         // the keychain is locked and could not be unlocked
        EntryNotFound,  // nothing stored under this account and kind
        EntryTooLarge,  // over SecretStore::MaxEntryBytes; nothing was written
        CouldNotDelete, // the keychain refused to delete the entry
        Timeout,        // the keychain did not answer in time (SecretStore::timeoutMs())
        Other,          // anything else; detail() has the backend's words
    };

    SecretError() = default;
    explicit SecretError(Code code, QString detail = {});

    // Maps a QKeychain::Error (passed as int to keep QtKeychain out of this header) and its
    // error string. The string passes through SecretRedactor.
    static SecretError fromKeychain(int keychainError, const QString &errorString);

    bool isError() const { return m_code != Code::None; }
    Code code() const { return m_code; }
    // The backend's own text, for the details pane and logs; may be empty.
    QString detail() const { return m_detail; }

    // The keychain cannot be used right now (none, locked, refused, hanging). Whatever is stored
    // must then be left alone: the user may fix the keychain and have everything back.
    bool isStoreUnavailable() const;

    // Translated text for people: message(code()) plus the detail in brackets.
    QString userMessage() const;
    static QString message(Code code);
    // Stable English name for logs and test output, e.g. "NoBackend".
    static QString codeName(Code code);

    bool operator==(const SecretError &) const = default;

private:
    Code m_code = Code::None;
    QString m_detail;
};

} // namespace mb
