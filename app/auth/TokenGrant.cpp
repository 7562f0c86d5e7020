#include "TokenGrant.h"

#include "rest/SecretRedactor.h"
#include "rest/WireNumber.h"

#include <QRegularExpression>

#include <limits>

namespace mb {

namespace {

// Numbers arrive as JSON numbers in the examples; digit strings are taken too. A token lives
// an hour and a refresh token 180 days: ten years is beyond anything a server means.
constexpr qint64 maxLifetimeSecs = 10LL * 366 * 24 * 3600;

std::optional<qint64> integer(const QJsonValue &value, qint64 max)
{
    return WireNumber::integer(value, 0, max);
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (const auto n = WireNumber::integer(value, 0, std::numeric_limits<qint64>::max()))
        return QString::number(*n);
    return {};
}

QUrl httpUrl(const QJsonValue &value)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return {};
    return url;
}

} // namespace

QStringList TokenGrant::splitScopes(const QString &scope)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return scope.split(separators, Qt::SkipEmptyParts);
}

std::optional<TokenGrant> TokenGrant::fromJson(const QJsonObject &json, const QDateTime &receivedAt,
                                               OAuthError *error)
{
    TokenGrant grant;
    grant.accessToken = json.value(QLatin1String("access_token")).toString();
    grant.refreshToken = json.value(QLatin1String("refresh_token")).toString();
    SecretRedactor::instance().add(grant.accessToken.toUtf8());
    SecretRedactor::instance().add(grant.refreshToken.toUtf8());
    if (grant.accessToken.isEmpty() || grant.refreshToken.isEmpty()) {
        if (error)
            *error = OAuthError(OAuthError::Code::Protocol,
                                OAuthError::tr("the answer holds no token pair"));
        return std::nullopt;
    }

    // `expires_in` counts from when we got the answer, on our own clock, so a skewed system
    // clock cannot make a fresh token look expired (and trigger a refresh per call).
    // `expires` (absolute, the server's clock) is the fallback.
    if (const auto in = integer(json.value(QLatin1String("expires_in")), maxLifetimeSecs);
        in && *in > 0)
        grant.expiresAt = receivedAt.toUTC().addSecs(*in);
    else if (const auto expires =
                 integer(json.value(QLatin1String("expires")), qint64(WireNumber::MaxUnixSecs));
             expires && *expires > 0)
        grant.expiresAt = QDateTime::fromSecsSinceEpoch(*expires, Qt::UTC);

    grant.scopes = splitScopes(json.value(QLatin1String("scope")).toString());
    grant.userId = text(json.value(QLatin1String("user_id")));
    grant.memberId = text(json.value(QLatin1String("member_id")));
    grant.clientEndpoint = httpUrl(json.value(QLatin1String("client_endpoint")));
    grant.serverEndpoint = httpUrl(json.value(QLatin1String("server_endpoint")));
    grant.domain = json.value(QLatin1String("domain")).toString();
    grant.status = json.value(QLatin1String("status")).toString();
    return grant;
}

} // namespace mb
