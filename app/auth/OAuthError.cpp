#include "OAuthError.h"

#include "rest/SecretRedactor.h"
#include "rest/UntrustedText.h"

namespace mb {

OAuthError::OAuthError(Code code, QString detail)
    : m_code(code)
    , m_detail(SecretRedactor::instance().redact(std::move(detail)))
{}

OAuthError OAuthError::fromServer(const QString &error, const QString &description, int httpStatus,
                                  bool exchange)
{
    // Keyed on `error` only: statuses are undocumented (docs §5.5). expired_token is what
    // a real server answered for an expired code (§5.5); on a refresh it can only mean the
    // grant is gone too, so both are "sign in again", like invalid_grant.
    const QString key = error.toLower();
    Code code = Code::ServerError;
    if (key == QLatin1String("invalid_grant") || key == QLatin1String("bad_verification_code") ||
        key == QLatin1String("expired_token"))
        code = exchange ? Code::CodeRejected : Code::RefreshRejected;
    else if (key == QLatin1String("invalid_client"))
        code = Code::InvalidClient;
    else if (key == QLatin1String("insufficient_scope") || key == QLatin1String("invalid_scope"))
        code = Code::ScopeRejected;
    else if (key == QLatin1String("payment_required"))
        code = Code::PaymentRequired;
    else if (key == QLatin1String("invalid_request"))
        code = Code::InvalidRequest;
    OAuthError result(code);
    // The server's words are untrusted (UntrustedText), and redacted whole before they are
    // shortened (see SecretRedactor::redactAndShorten).
    result.m_detail = SecretRedactor::instance().redactAndShorten(UntrustedText::plain(description),
                                                                  MaxServerTextChars);
    result.m_serverCode = SecretRedactor::instance().redactAndShorten(UntrustedText::plain(error),
                                                                      MaxServerTextChars);
    result.m_httpStatus = httpStatus;
    return result;
}

bool OAuthError::needsSignIn() const
{
    // invalid_client on a refresh means the app was removed from the portal or its secret
    // changed; either way the stored grant cannot be renewed any more.
    return m_code == Code::RefreshRejected || m_code == Code::InvalidClient ||
           m_code == Code::CodeRejected;
}

RestError OAuthError::toRestError() const
{
    if (!isError())
        return {};
    if (needsSignIn())
        return RestError(RestError::Category::SignInNeeded, m_httpStatus, m_serverCode,
                         userMessage());
    if (m_code == Code::Network) {
        RestError error(RestError::Category::Network, m_httpStatus);
        error.setDetail(userMessage());
        return error;
    }
    if (m_code == Code::Protocol) {
        RestError error(RestError::Category::Protocol, m_httpStatus);
        error.setDetail(userMessage());
        return error;
    }
    return RestError(RestError::Category::Other, m_httpStatus, m_serverCode, userMessage());
}

QString OAuthError::message(Code code)
{
    switch (code) {
    case Code::None:
        return tr("No error");
    case Code::InvalidPortal:
        return tr("This is not a usable portal address. Use the https:// address of your "
                  "Bitrix24, e.g. https://example.bitrix24.com/");
    case Code::InvalidServer:
        return tr("The authorization server address is not usable (https:// is required).");
    case Code::MissingClient:
        return tr("The application's client ID and client secret are needed to sign in. Copy "
                  "them from the application's card on the portal.");
    case Code::ListenFailed:
        return tr("Mailbox Browser could not listen for the portal's answer on this computer. "
                  "Another program may use the port registered as the redirect address; close "
                  "it or choose another port.");
    case Code::BrowserFailed:
        return tr("The web browser could not be opened. Open the sign-in address yourself, or "
                  "paste the code the portal shows.");
    case Code::NoRedirect:
        return tr("The portal did not send the browser back to Mailbox Browser in time. If the "
                  "portal showed its own error page (access denied, application not installed "
                  "or redirect address not registered), fix that on the portal and sign in "
                  "again, or paste the code the portal shows.");
    case Code::StateMismatch:
        return tr("The portal's answer did not belong to this sign-in (it may come from an "
                  "older browser tab), so it was ignored. Sign in again.");
    case Code::Denied:
        return tr("Access was not granted on the portal. Sign in again and allow access.");
    case Code::NoCode:
        return tr("No authorization code was found. Paste the code the portal shows, or the "
                  "whole address the browser was sent to.");
    case Code::CodeRejected:
        return tr("The portal refused the authorization code: a code works only once and only "
                  "for 30 seconds. Sign in again.");
    case Code::RefreshRejected:
        return tr("The sign-in has expired or was revoked on the portal. Sign in again.");
    case Code::InvalidClient:
        return tr("The authorization server refused the application's client ID or client "
                  "secret, or the application is not installed on this portal. Check both "
                  "values in the application's card.");
    case Code::ScopeRejected:
        return tr("The application asked for permissions its card on the portal does not "
                  "allow.");
    case Code::PaymentRequired:
        return tr("The portal's plan or trial period has ended; the application cannot be "
                  "used until it is renewed.");
    case Code::InvalidRequest:
        return tr("The authorization server refused the request as malformed.");
    case Code::ServerError:
        return tr("The authorization server reported an error.");
    case Code::Network:
        return tr("The authorization server could not be reached. Check the network and try "
                  "again.");
    case Code::Protocol:
        return tr("The authorization server sent an answer Mailbox Browser does not "
                  "understand.");
    case Code::Cancelled:
        return tr("Sign-in was cancelled.");
    }
    return {};
}

QString OAuthError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("None");
    case Code::InvalidPortal:
        return QStringLiteral("InvalidPortal");
    case Code::InvalidServer:
        return QStringLiteral("InvalidServer");
    case Code::MissingClient:
        return QStringLiteral("MissingClient");
    case Code::ListenFailed:
        return QStringLiteral("ListenFailed");
    case Code::BrowserFailed:
        return QStringLiteral("BrowserFailed");
    case Code::NoRedirect:
        return QStringLiteral("NoRedirect");
    case Code::StateMismatch:
        return QStringLiteral("StateMismatch");
    case Code::Denied:
        return QStringLiteral("Denied");
    case Code::NoCode:
        return QStringLiteral("NoCode");
    case Code::CodeRejected:
        return QStringLiteral("CodeRejected");
    case Code::RefreshRejected:
        return QStringLiteral("RefreshRejected");
    case Code::InvalidClient:
        return QStringLiteral("InvalidClient");
    case Code::ScopeRejected:
        return QStringLiteral("ScopeRejected");
    case Code::PaymentRequired:
        return QStringLiteral("PaymentRequired");
    case Code::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case Code::ServerError:
        return QStringLiteral("ServerError");
    case Code::Network:
        return QStringLiteral("Network");
    case Code::Protocol:
        return QStringLiteral("Protocol");
    case Code::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QString OAuthError::userMessage() const
{
    QString text = message(m_code);
    QString extra = m_detail;
    if (!m_serverCode.isEmpty())
        extra = extra.isEmpty() ? m_serverCode : m_serverCode + QStringLiteral(": ") + extra;
    if (!extra.isEmpty())
        text += QStringLiteral(" (") + SecretRedactor::instance().redact(extra) + QLatin1Char(')');
    return text;
}

} // namespace mb
