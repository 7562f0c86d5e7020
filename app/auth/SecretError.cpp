#include "SecretError.h"

#include "rest/SecretRedactor.h"

#include <qt6keychain/keychain.h>

namespace mb {

SecretError::SecretError(Code code, QString detail)
    : m_code(code)
    , m_detail(std::move(detail))
{}

SecretError SecretError::fromKeychain(int keychainError, const QString &errorString)
{
    const QString detail = SecretRedactor::instance().redact(errorString);
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return SecretError(Code::EntryNotFound, detail);
    case QKeychain::CouldNotDeleteEntry:
        return SecretError(Code::CouldNotDelete, detail);
    case QKeychain::AccessDeniedByUser:
        return SecretError(Code::AccessDenied, detail);
    case QKeychain::AccessDenied:
        // QtKeychain has no code of its own for a locked keychain: libsecret's
        // SECRET_ERROR_IS_LOCKED arrives as AccessDenied, and only the text tells. The user's
        // remedy differs (unlock rather than grant), so it is worth telling apart.
        if (errorString.contains(QLatin1String("locked"), Qt::CaseInsensitive))
            return SecretError(Code::Locked, detail);
        return SecretError(Code::AccessDenied, detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError(Code::NoBackend, detail);
    case QKeychain::OtherError:
        break;
    }
    return SecretError(Code::Other, detail);
}

bool SecretError::isStoreUnavailable() const
{
    return m_code == Code::NoBackend || m_code == Code::AccessDenied || m_code == Code::Locked ||
           m_code == Code::Timeout;
}

QString SecretError::userMessage() const
{
    const QString text = message(m_code);
    if (m_detail.isEmpty())
        return text;
    return tr("%1 (%2)").arg(text, m_detail);
}

QString SecretError::message(Code code)
{
    switch (code) {
    case Code::None:
        return {};
    case Code::NoBackend:
        return tr("No keychain is available to store passwords securely. Install and start a "
                  "keychain such as GNOME Keyring or KWallet, or keep the sign-in for this "
                  "session only.");
    case Code::AccessDenied:
        return tr("Access to the keychain was denied.");
    case Code::Locked:
        return tr("The keychain is locked. Unlock it and try again.");
    case Code::EntryNotFound:
        return tr("No saved credentials for this account were found in the keychain.");
    case Code::EntryTooLarge:
        return tr("The secret is too large to be stored in the keychain; nothing was saved.");
    case Code::CouldNotDelete:
        return tr("The saved credentials could not be removed from the keychain.");
    case Code::Timeout:
        return tr("The keychain did not answer in time. It may be waiting for you to unlock it "
                  "in another window, or its service may have stopped responding; try again.");
    case Code::Other:
        return tr("The keychain reported an error.");
    }
    return tr("The keychain reported an error.");
}

QString SecretError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("None");
    case Code::NoBackend:
        return QStringLiteral("NoBackend");
    case Code::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Code::Locked:
        return QStringLiteral("Locked");
    case Code::EntryNotFound:
        return QStringLiteral("EntryNotFound");
    case Code::EntryTooLarge:
        return QStringLiteral("EntryTooLarge");
    case Code::CouldNotDelete:
        return QStringLiteral("CouldNotDelete");
    case Code::Timeout:
        return QStringLiteral("Timeout");
    case Code::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}

} // namespace mb
