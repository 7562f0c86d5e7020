#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace mb {

// One field-level complaint from REQUESTVALIDATION (`error.validation[]`).
struct ValidationIssue
{
    QString field;
    QString message;
    bool operator==(const ValidationIssue &) const = default;
};

// The typed outcome of a failed call. `category` is what callers act on; `code` and
// `serverMessage` are the portal's own words, cleaned once here (control characters, bidi
// overrides and secrets masked, length capped): every view shows them as plain text.
// Categories are decided from HTTP status + code (case-insensitive), never from the
// localized message.
class RestError
{
    Q_DECLARE_TR_FUNCTIONS(RestError)
public:
    enum class Category {
        None, // no error
        // transport
        Network, // DNS, refused, reset, unreachable
        Timeout, // no complete answer within the request timeout
        Tls,     // certificate or handshake failure
        Aborted, // cancelled by the caller
        // HTTP / protocol
        HttpStatus,  // an HTTP error without a Bitrix24 error body (HTML 502 page, ...)
        Protocol,    // not JSON, wrong shape, body too large, bad redirect
        PortalMoved, // a redirect to another registrable domain, not followed: movedTo()
        // Bitrix24 error codes
        Authentication,     // NO_AUTH_FOUND, wrong webhook code or token
        TokenExpired,       // expired_token / invalid_token: refreshing may help
        SignInNeeded,       // refresh failed (invalid_grant...): the user must sign in again
        AccessDenied,       // ACCESSDENIEDEXCEPTION, ACCESS_DENIED, INVALID_CREDENTIALS,
                            // user_access_error
        InsufficientScope,  // INSUFFICIENTSCOPEEXCEPTION, insufficient_scope
        MethodConfirm,      // METHOD_CONFIRM_WAITING / METHOD_CONFIRM_DENIED
        NotFound,           // ENTITYNOTFOUNDEXCEPTION, FIELDNOTFOUNDEXCEPTION
        Validation,         // REQUESTVALIDATIONEXCEPTION, INVALIDJSONEXCEPTION
        Pagination,         // INVALIDPAGINATIONEXCEPTION
        UnknownField,       // UNKNOWNDTOPROPERTYEXCEPTION, INVALIDSELECTEXCEPTION
        MethodNotFound,     // METHODNOTFOUNDEXCEPTION, ERROR_METHOD_NOT_FOUND (no REST 3.0)
        RateLimited,        // 503 QUERY_LIMIT_EXCEEDED
        OperationTimeLimit, // 429 OPERATION_TIME_LIMIT
        Overloaded,         // 503 OVERLOAD_LIMIT: a manual block, never retried
        HttpsRequired,      // 400 INVALID_REQUEST
        Internal,           // 500 INTERNAL_SERVER_ERROR, ERROR_UNEXPECTED_ANSWER, PORTAL_DELETED
        Other,              // any other Bitrix24 error code
    };

    RestError() = default;
    RestError(Category category, int httpStatus = 0, QString code = {}, QString serverMessage = {});

    // Builds an error from a Bitrix24 error body (v3 nested or flat v1 shape).
    static RestError fromBitrixError(int httpStatus, const QString &code, const QString &message,
                                     const QJsonArray &validation = {});
    // The error an answer body carries, in either shape: v3 nests {"error":{code,message,
    // validation}}, system errors come flat {"error","error_description"}. nullopt when the
    // body carries no error.
    static std::optional<RestError> fromBody(int httpStatus, const QJsonObject &body);
    static Category categoryForCode(int httpStatus, const QString &code);

    bool isError() const { return m_category != Category::None; }
    Category category() const { return m_category; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString serverMessage() const { return m_serverMessage; }
    QList<ValidationIssue> validation() const { return m_validation; }

    // Extra detail from our side (Qt's network error text, a redacted URL, ...).
    QString detail() const { return m_detail; }
    void setDetail(const QString &detail) { m_detail = detail; }

    // Seconds until retrying makes sense (OPERATION_TIME_LIMIT), 0 if unknown.
    qint64 retryAfterSecs() const { return m_retryAfterSecs; }
    void setRetryAfterSecs(qint64 s) { m_retryAfterSecs = s; }
    // OPERATION_TIME_LIMIT: the method the portal paused, and when (UTC, this computer's
    // clock) it may be called again. Invalid/empty when unknown.
    QDateTime retryAt() const { return m_retryAt; }
    QString pausedMethod() const { return m_pausedMethod; }
    void setPause(const QString &method, const QDateTime &retryAt);

    // PortalMoved: the portal in use and the one it redirects to (roots, no secrets). The
    // caller may ask the user and allow the move (RestClient::allowMoveTo).
    QUrl movedFrom() const { return m_movedFrom; }
    QUrl movedTo() const { return m_movedTo; }
    void setMove(const QUrl &from, const QUrl &to);

    // Retrying the same read can succeed (transport, 5xx, rate limit).
    bool isTransient() const;
    // The credential is at fault: authentication, expired token, sign-in needed.
    bool isAuthProblem() const;
    // Missing scope or rights.
    bool isPermissionProblem() const;

    // The portal's message is shown up to this length, redacted whole before it is cut.
    static constexpr qsizetype MaxServerTextChars = 300;
    // Translated text for people: what happened and, where our words say it, what to do.
    // No portal code and no HTTP status: those belong to describe()/technicalMessage().
    QString userMessage() const;
    // userMessage() plus the portal's code and the HTTP status in brackets, for the command
    // line, logs and the diagnostics file.
    QString technicalMessage() const;
    // Translated name of the category alone.
    static QString categoryName(Category category);
    // Translated: what the user can do about it, and whom to ask. Empty when nothing can be
    // done (no error, cancelled).
    QString advice() const;

private:
    QString message(bool technical) const;
    // host[:port] of `url`, cleaned for a message.
    static QString shownHost(const QUrl &url);

    Category m_category = Category::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_serverMessage;
    QString m_detail;
    QList<ValidationIssue> m_validation;
    qint64 m_retryAfterSecs = 0;
    QDateTime m_retryAt;
    QString m_pausedMethod;
    QUrl m_movedFrom;
    QUrl m_movedTo;
};

// Category, code, status and our detail; the detail passes the redactor first.
QDebug operator<<(QDebug debug, const RestError &error);

} // namespace mb

Q_DECLARE_METATYPE(mb::RestError)
