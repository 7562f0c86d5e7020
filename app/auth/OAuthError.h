#pragma once

#include "rest/RestError.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace mb {

// Why an OAuth sign-in or a token request failed. Callers act on code(); every code has its
// own translated text telling the user what to do next. Nothing in here ever holds a secret:
// the detail passes SecretRedactor, and the authorization server's own words are kept only
// for its error code and description.
class OAuthError
{
    Q_DECLARE_TR_FUNCTIONS(OAuthError)
public:
    enum class Code {
        None,
        InvalidPortal,   // not an https:// portal address (plain http only on loopback)
        InvalidServer,   // the authorization server address is not acceptable
        MissingClient,   // no client_id or client_secret configured
        ListenFailed,    // the loopback port is taken or cannot be bound
        BrowserFailed,   // the system browser could not be opened
        NoRedirect,      // the portal never sent the browser back (its own error page)
        StateMismatch,   // the redirect did not belong to this sign-in
        Denied,          // the redirect carried error=access_denied (or another error)
        NoCode,          // the redirect or the pasted text carried no code
        CodeRejected,    // invalid_grant / expired_token on the code: used twice or older
                         // than 30 s
        RefreshRejected, // invalid_grant / expired_token on the refresh token: sign in again
        InvalidClient,   // invalid_client: wrong client_id/client_secret, app not installed
        ScopeRejected,   // insufficient_scope / invalid_scope
        PaymentRequired, // PAYMENT_REQUIRED
        InvalidRequest,  // invalid_request
        ServerError,     // another error code from the authorization server
        Network,         // transport failure, TLS, timeout
        Protocol,        // an answer that is not the documented JSON
        Cancelled,       // the user or the program stopped the sign-in
    };

    // The most of the server's error_description a message quotes.
    static constexpr qsizetype MaxServerTextChars = 300;

    OAuthError() = default;
    explicit OAuthError(Code code, QString detail = {});

    // Maps the authorization server's `error` field (case-insensitive) for a code exchange
    // (`exchange` true) or a refresh.
    static OAuthError fromServer(const QString &error, const QString &description, int httpStatus,
                                 bool exchange);

    bool isError() const { return m_code != Code::None; }
    Code code() const { return m_code; }
    // Our own extra words or the server's error_description; redacted.
    QString detail() const { return m_detail; }
    // The server's `error`, e.g. "invalid_grant"; empty for our own failures.
    QString serverCode() const { return m_serverCode; }
    int httpStatus() const { return m_httpStatus; }

    // The refresh token (or the whole grant) is dead: only a new sign-in helps.
    bool needsSignIn() const;
    // Another attempt may work without the user changing anything.
    bool isTransient() const { return m_code == Code::Network; }

    // The same failure as RestClient sees it when a refresh fails: SignInNeeded when the
    // grant is gone, Network for transport trouble, Other with the server's code otherwise.
    RestError toRestError() const;

    QString userMessage() const;
    static QString message(Code code);
    static QString codeName(Code code); // stable English name for logs and tests

    bool operator==(const OAuthError &) const = default;

private:
    Code m_code = Code::None;
    QString m_detail;
    QString m_serverCode;
    int m_httpStatus = 0;
};

} // namespace mb

Q_DECLARE_METATYPE(mb::OAuthError)
