#include "RestError.h"

#include "ScopeAdvice.h"
#include "SecretRedactor.h"
#include "UntrustedText.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace mb {

using Category = RestError::Category;

namespace {

// The portal's code, message and validation field names are untrusted: they are cleaned once,
// here where the error is built (UntrustedText::plain, secrets masked, shortened), so no
// label, terminal, log or diagnostics file ever gets them raw. The message keeps
// MaxServerTextChars; a code and each field name keep this many characters:
constexpr qsizetype MaxCodeChars = 100;
// and all validation field names together this many; the issues past it become one "…".
constexpr qsizetype MaxFieldsChars = 600;

// Redacted on the whole text first: cutting first could split a secret so that neither
// half matches (see SecretRedactor::redactAndShorten).
QString cleanServerText(const QString &text, qsizetype maxChars)
{
    return SecretRedactor::instance().redactAndShorten(UntrustedText::plain(text), maxChars);
}

} // namespace

RestError::RestError(Category category, int httpStatus, QString code, QString serverMessage)
    : m_category(category)
    , m_httpStatus(httpStatus)
    , m_code(cleanServerText(code, MaxCodeChars))
    , m_serverMessage(cleanServerText(serverMessage, MaxServerTextChars))
{}

Category RestError::categoryForCode(int httpStatus, const QString &code)
{
    // Codes come in mixed case (GO SDK), so compare upper-cased; the v3 prefix is optional.
    static const QHash<QString, Category> byCode = {
        {QStringLiteral("NO_AUTH_FOUND"), Category::Authentication},
        {QStringLiteral("WRONG_AUTH_TYPE"), Category::Authentication},
        {QStringLiteral("EXPIRED_TOKEN"), Category::TokenExpired},
        {QStringLiteral("INVALID_TOKEN"), Category::TokenExpired},
        {QStringLiteral("INVALID_GRANT"), Category::SignInNeeded},
        {QStringLiteral("ACCESS_DENIED"), Category::AccessDenied},
        {QStringLiteral("INVALID_CREDENTIALS"), Category::AccessDenied},
        {QStringLiteral("USER_ACCESS_ERROR"), Category::AccessDenied},
        {QStringLiteral("INSUFFICIENT_SCOPE"), Category::InsufficientScope},
        {QStringLiteral("METHOD_CONFIRM_WAITING"), Category::MethodConfirm},
        {QStringLiteral("METHOD_CONFIRM_DENIED"), Category::MethodConfirm},
        {QStringLiteral("QUERY_LIMIT_EXCEEDED"), Category::RateLimited},
        {QStringLiteral("OPERATION_TIME_LIMIT"), Category::OperationTimeLimit},
        {QStringLiteral("OVERLOAD_LIMIT"), Category::Overloaded},
        {QStringLiteral("INVALID_REQUEST"), Category::HttpsRequired},
        {QStringLiteral("INTERNAL_SERVER_ERROR"), Category::Internal},
        {QStringLiteral("ERROR_UNEXPECTED_ANSWER"), Category::Internal},
        {QStringLiteral("PORTAL_DELETED"), Category::Internal},
        {QStringLiteral("ERROR_METHOD_NOT_FOUND"), Category::MethodNotFound},
        {QStringLiteral("ERROR_MANIFEST_IS_NOT_AVAILABLE"), Category::MethodNotFound},
        {QStringLiteral("EXCEPTION_ACCESSDENIEDEXCEPTION"), Category::AccessDenied},
        {QStringLiteral("EXCEPTION_INSUFFICIENTSCOPEEXCEPTION"), Category::InsufficientScope},
        {QStringLiteral("EXCEPTION_ENTITYNOTFOUNDEXCEPTION"), Category::NotFound},
        {QStringLiteral("REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION"), Category::NotFound},
        {QStringLiteral("EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"), Category::Validation},
        {QStringLiteral("EXCEPTION_INVALIDJSONEXCEPTION"), Category::Validation},
        {QStringLiteral("EXCEPTION_INVALIDPAGINATIONEXCEPTION"), Category::Pagination},
        {QStringLiteral("EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION"), Category::UnknownField},
        {QStringLiteral("EXCEPTION_INVALIDSELECTEXCEPTION"), Category::UnknownField},
        {QStringLiteral("EXCEPTION_UNKNOWNFILTEROPERATOREXCEPTION"), Category::Validation},
        {QStringLiteral("EXCEPTION_METHODNOTFOUNDEXCEPTION"), Category::MethodNotFound},
    };
    QString key = code.trimmed().toUpper();
    static const QString v3Prefix = QStringLiteral("BITRIX_REST_V3_");
    if (key.startsWith(v3Prefix))
        key = key.mid(v3Prefix.size());
    if (const auto it = byCode.constFind(key); it != byCode.constEnd())
        return *it;

    // An unknown code still says something through its status.
    switch (httpStatus) {
    case 401:
        return Category::Authentication;
    case 403:
        return Category::AccessDenied;
    case 404:
        return Category::NotFound;
    case 429:
        return Category::OperationTimeLimit;
    case 500:
        return Category::Internal;
    default:
        return Category::Other;
    }
}

RestError RestError::fromBitrixError(int httpStatus, const QString &code, const QString &message,
                                     const QJsonArray &validation)
{
    RestError e(categoryForCode(httpStatus, code), httpStatus, code, message);
    qsizetype fieldChars = 0;
    for (const QJsonValue &v : validation) {
        const QJsonObject o = v.toObject();
        const QString field =
            cleanServerText(o.value(QLatin1String("field")).toString(), MaxCodeChars);
        // A portal could send any number of issues: past the budget one "…" stands for them.
        fieldChars += std::max<qsizetype>(field.size(), 1) + 2;
        if (fieldChars > MaxFieldsChars) {
            e.m_validation.append({QStringLiteral("…"), {}});
            break;
        }
        e.m_validation.append({field, cleanServerText(o.value(QLatin1String("message")).toString(),
                                                      MaxServerTextChars)});
    }
    return e;
}

std::optional<RestError> RestError::fromBody(int httpStatus, const QJsonObject &body)
{
    const QJsonValue err = body.value(QLatin1String("error"));
    if (err.isObject()) {
        const QJsonObject e = err.toObject();
        return fromBitrixError(httpStatus, e.value(QLatin1String("code")).toVariant().toString(),
                               e.value(QLatin1String("message")).toString(),
                               e.value(QLatin1String("validation")).toArray());
    }
    if (err.isString())
        return fromBitrixError(httpStatus, err.toString(),
                               body.value(QLatin1String("error_description")).toString());
    return std::nullopt;
}

void RestError::setPause(const QString &method, const QDateTime &retryAt)
{
    m_pausedMethod = method;
    m_retryAt = retryAt.toUTC();
}

void RestError::setMove(const QUrl &from, const QUrl &to)
{
    m_movedFrom = from;
    m_movedTo = to;
}

QString RestError::shownHost(const QUrl &url)
{
    // The new host came from the network: cleaned as any other portal text.
    QString host = UntrustedText::forMessage(url.host(), 255);
    if (url.port() >= 0)
        host += u':' + QString::number(url.port());
    return host;
}

bool RestError::isTransient() const
{
    switch (m_category) {
    case Category::Network:
    case Category::Timeout:
    case Category::RateLimited:
    case Category::Internal:
        return true;
    case Category::HttpStatus:
        return m_httpStatus >= 500;
    default:
        return false;
    }
}

bool RestError::isAuthProblem() const
{
    return m_category == Category::Authentication || m_category == Category::TokenExpired ||
           m_category == Category::SignInNeeded;
}

bool RestError::isPermissionProblem() const
{
    return m_category == Category::AccessDenied || m_category == Category::InsufficientScope ||
           m_category == Category::MethodConfirm;
}

QString RestError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return tr("No error");
    case Category::Network:
        return tr("Network error");
    case Category::Timeout:
        return tr("The portal did not answer in time");
    case Category::Tls:
        return tr("Secure connection failed");
    case Category::Aborted:
        return tr("Cancelled");
    case Category::HttpStatus:
        return tr("The portal answered with an HTTP error");
    case Category::Protocol:
        return tr("The portal's answer could not be understood");
    case Category::PortalMoved:
        return tr("The portal moved to another domain");
    case Category::Authentication:
        return tr("Wrong authorization data");
    case Category::TokenExpired:
        return tr("The access token has expired");
    case Category::SignInNeeded:
        return tr("Sign-in needed");
    case Category::AccessDenied:
        return tr("Access denied");
    case Category::InsufficientScope:
        return tr("The application or webhook lacks the “mail” permission");
    case Category::MethodConfirm:
        return tr("The administrator has not approved this method");
    case Category::NotFound:
        return tr("Not found");
    case Category::Validation:
        return tr("The request was rejected as invalid");
    case Category::Pagination:
        return tr("Invalid page parameters");
    case Category::UnknownField:
        return tr("Unknown field");
    case Category::MethodNotFound:
        return tr("The portal does not offer this method (REST 3.0 needed)");
    case Category::RateLimited:
        return tr("Too many requests; the portal asks to slow down");
    case Category::OperationTimeLimit:
        return tr("This method used up its time budget; retry later");
    case Category::Overloaded:
        return tr("REST access to the portal is blocked; contact Bitrix24 support");
    case Category::HttpsRequired:
        return tr("The portal requires HTTPS");
    case Category::Internal:
        return tr("The portal reported an internal error");
    case Category::Other:
        return tr("The portal reported an error");
    }
    return tr("Unknown error");
}

QString RestError::advice() const
{
    switch (m_category) {
    case Category::None:
    case Category::Aborted:
        return {};
    case Category::Network:
        return tr("Check the internet connection and the proxy in Settings, then retry.");
    case Category::Timeout:
        return tr("Retry. If it keeps happening, check the proxy in Settings or try later.");
    case Category::Tls:
        return tr("The portal's certificate is not trusted here. If your company uses its own "
                  "certificate authority, add its certificate in Settings; otherwise ask your "
                  "IT administrator.");
    case Category::HttpStatus:
        return tr("The portal, or a proxy on the way, sent an error page. Retry later; if it "
                  "persists, ask your portal administrator.");
    case Category::Protocol:
        return tr("Retry. If it persists, save the diagnostics (View > Request Inspector) and "
                  "send them to support.");
    case Category::PortalMoved:
        return tr("Follow it only if you expect this move: from then on the new address "
                  "receives the account's sign-in.");
    case Category::Authentication:
        return tr("The webhook address or the sign-in is no longer valid: sign in again, or "
                  "ask your portal administrator for a new webhook.");
    case Category::TokenExpired:
    case Category::SignInNeeded:
        return tr("Sign in again; the app carries on where you were.");
    case Category::AccessDenied:
        return tr("Your Bitrix24 user may not do this. Ask your portal administrator for "
                  "access.");
    case Category::InsufficientScope:
        return ScopeAdvice::text(ScopeAdvice::For::Either);
    case Category::MethodConfirm:
        return tr("A portal administrator must approve this application's access to the "
                  "method in Bitrix24.");
    case Category::NotFound:
        return tr("It may have been removed or is no longer shared with you. Refresh the list.");
    case Category::Validation:
    case Category::Pagination:
    case Category::UnknownField:
        return tr("The portal did not accept the request. Save the diagnostics (View > Request "
                  "Inspector) and send them to support.");
    case Category::MethodNotFound:
        return tr("This portal does not offer REST 3.0 yet. Ask your portal administrator "
                  "about updating Bitrix24.");
    case Category::RateLimited:
        return tr("The app waits and retries by itself. An Enterprise plan allows more: turn "
                  "its limits on in Settings.");
    case Category::OperationTimeLimit:
        if (m_retryAt.isValid())
            return tr("Retry then; other methods keep working meanwhile.");
        return tr("The portal lets this method work again shortly; retry in a minute.");
    case Category::Overloaded:
        return tr("Ask your portal administrator to contact Bitrix24 support to lift the "
                  "block.");
    case Category::HttpsRequired:
        return tr("Use the portal's https:// address.");
    case Category::Internal:
    case Category::Other:
        return tr("Retry later. If it persists, ask your portal administrator or Bitrix24 "
                  "support, with the diagnostics (View > Request Inspector).");
    }
    return {};
}

QString RestError::userMessage() const
{
    return message(false);
}

QString RestError::technicalMessage() const
{
    return message(true);
}

QString RestError::message(bool technical) const
{
    if (!isError())
        return categoryName(m_category);
    QString text;
    switch (m_category) {
    case Category::InsufficientScope:
        // What a support engineer needs to act on; the code and status stay in the details.
        text = tr("This account may not read mailboxes: the portal has not granted the “mail” "
                  "permission. Ask your portal administrator to add it.");
        break;
    case Category::AccessDenied:
        text = tr("Your Bitrix24 user may not read these mailboxes.");
        break;
    case Category::OperationTimeLimit:
        if (m_retryAt.isValid() && !m_pausedMethod.isEmpty()) {
            // The time of day, in this computer's zone; the date too once it is not today.
            const QDateTime local = m_retryAt.toLocalTime();
            const QString format = local.date() == QDate::currentDate()
                                       ? QStringLiteral("HH:mm:ss")
                                       : QStringLiteral("yyyy-MM-dd HH:mm:ss");
            text = tr("%1 is available again at %2.")
                       .arg(SecretRedactor::instance().redactAndShorten(m_pausedMethod, 100),
                            local.toString(format));
        } else {
            text = categoryName(m_category);
        }
        break;
    case Category::PortalMoved:
        if (!m_movedFrom.isEmpty() && !m_movedTo.isEmpty()) {
            text = tr("The portal at %1 now redirects to %2, another domain.")
                       .arg(shownHost(m_movedFrom), shownHost(m_movedTo));
        } else {
            text = categoryName(m_category);
        }
        break;
    default:
        text = categoryName(m_category);
        break;
    }
    // The portal's own words help diagnose ("Record with ID = `3` not found") where they
    // describe the request; for limits, blocks and permissions our sentence says it all and
    // the words (in the portal's language) stay in the details.
    const bool serverWordsHelp =
        technical || m_category == Category::NotFound || m_category == Category::Validation ||
        m_category == Category::Pagination || m_category == Category::UnknownField ||
        m_category == Category::Internal || m_category == Category::Other ||
        m_category == Category::SignInNeeded; // there: the sign-in's own translated words
    // Cleaned where it was built; redacted again for secrets registered since.
    if (serverWordsHelp && !m_serverMessage.isEmpty() && m_serverMessage != text)
        text += QStringLiteral(": ") + SecretRedactor::instance().redact(m_serverMessage);
    QStringList tags;
    if (technical && !m_code.isEmpty())
        tags << m_code;
    if (technical && m_httpStatus > 0)
        tags << tr("HTTP %1").arg(m_httpStatus);
    if (!tags.isEmpty())
        text += QStringLiteral(" (%1)").arg(tags.join(QStringLiteral(", ")));
    if (!m_validation.isEmpty()) {
        QStringList fields;
        for (const ValidationIssue &v : m_validation)
            fields << v.field;
        text += QLatin1Char(' ') + tr("Fields: %1.").arg(fields.join(QStringLiteral(", ")));
    }
    if (!m_detail.isEmpty())
        text += QStringLiteral(" — ") + m_detail;
    return text;
}

QDebug operator<<(QDebug debug, const RestError &error)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "RestError(" << RestError::categoryName(error.category());
    if (!error.code().isEmpty())
        debug << ", " << error.code();
    if (error.httpStatus())
        debug << ", HTTP " << error.httpStatus();
    if (!error.detail().isEmpty())
        debug << ", " << SecretRedactor::instance().redact(error.detail());
    debug << ')';
    return debug;
}

} // namespace mb
