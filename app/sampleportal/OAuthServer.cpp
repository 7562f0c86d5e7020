#include "OAuthServer.h"

#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

QString hostPort(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port());
}

QByteArray encodedPair(const char *key, const QString &value, const QByteArray &keep = {})
{
    return QByteArray(key) + '=' + QUrl::toPercentEncoding(value, keep);
}

} // namespace

HttpReply OAuthServer::errorPage(const QString &message) const
{
    // The portal's own page; it never redirects back to the app on failure (§5.2).
    const QString page =
        u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bitrix24</title>"
        u"</head><body><div class=\"error\">"_s +
        message.toHtmlEscaped() + u"</div></body></html>"_s;
    return HttpReply::html(m_state.config.authorizeErrorStatus, page.toUtf8());
}

HttpReply OAuthServer::authorize(const HttpRequest &request)
{
    PortalState &s = m_state;
    const QUrlQuery query(request.url);
    const QString clientId = query.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString state = query.queryItemValue(u"state"_s, QUrl::FullyDecoded);
    if (clientId.isEmpty() || clientId != s.credentials.clientId())
        return errorPage(u"The application was not found or is not installed."_s);
    if (!s.config.authorizeApproves)
        return errorPage(u"Access denied. Contact your Bitrix24 administrator."_s);

    QString target = s.config.redirectUri;
    if (s.config.acceptRedirectUriParam && query.hasQueryItem(u"redirect_uri"_s))
        target = query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    const QUrl targetUrl(target, QUrl::StrictMode);
    if (!target.isEmpty() && (!targetUrl.isValid() || targetUrl.scheme().isEmpty()))
        return errorPage(u"The redirect address is invalid."_s);
    if (!target.isEmpty() && !s.config.allowLoopbackRedirect && targetUrl.scheme() != u"https")
        return errorPage(u"The redirect address must use HTTPS."_s);

    const QString scope = s.config.appScopes.join(u',');
    const QString code = s.credentials.issueCode(s.config.authorizeUserId, s.config.appScopes,
                                                 s.clock.now() + double(s.config.codeTtlSecs));
    if (target.isEmpty()) {
        // An app without a handler: the portal shows the code for the user to paste (§5.7).
        const QString page = u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                             u"<p>Authorization code:</p><code id=\"code\">"_s +
                             code + u"</code></body></html>"_s;
        return HttpReply::html(200, page.toUtf8());
    }

    // Built by hand so the comma in `scope` is percent-encoded as the portal does.
    QByteArray location = targetUrl.toEncoded(QUrl::RemoveFragment);
    location += targetUrl.hasQuery() ? '&' : '?';
    location += encodedPair("code", code) + '&' + encodedPair("state", state) + '&' +
                encodedPair("domain", hostPort(s.baseUrl), ":") + '&' +
                encodedPair("member_id", s.credentials.memberId()) + '&' +
                encodedPair("scope", scope) + '&' +
                encodedPair("server_domain", hostPort(s.authServerUrl), ":");
    HttpReply reply =
        HttpReply::html(302, QByteArrayLiteral("<html><body>Redirecting</body></html>"));
    reply.headers.append({QByteArrayLiteral("Location"), location});
    return reply;
}

HttpReply OAuthServer::tokenError(const QString &error, const QString &description) const
{
    const int status =
        error == u"invalid_client" && m_state.config.tokenErrorsUse401ForClient ? 401 : 400;
    return HttpReply::json(status, {{u"error"_s, error}, {u"error_description"_s, description}});
}

HttpReply OAuthServer::token(const HttpRequest &request)
{
    PortalState &s = m_state;
    QUrlQuery params(request.url);
    if (request.verb == "POST") {
        if (!s.config.tokenAcceptsPost) {
            HttpReply refused = tokenError(u"invalid_request"_s, u"Only GET is supported"_s);
            refused.status = s.config.tokenPostRefusalStatus;
            return refused;
        }
        const QUrlQuery form(QString::fromUtf8(request.body));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            params.addQueryItem(key, value);
    }
    const auto param = [&](const QString &key) {
        return params.queryItemValue(key, QUrl::FullyDecoded);
    };

    const QString grantType = param(u"grant_type"_s);
    const bool exchange = grantType == u"authorization_code";
    if (exchange)
        s.stats.codeExchanges += 1;
    else if (grantType == u"refresh_token")
        s.stats.tokenRefreshes += 1;
    else
        return tokenError(u"invalid_request"_s, u"Unsupported or missing grant_type"_s);

    const QString secretParam = exchange ? u"code"_s : u"refresh_token"_s;
    for (const QString &key : {u"client_id"_s, u"client_secret"_s, secretParam}) {
        if (param(key).isEmpty())
            return tokenError(u"invalid_request"_s, u"Missing parameter: "_s + key);
    }
    if (param(u"client_id"_s) != s.credentials.clientId() ||
        param(u"client_secret"_s) != s.credentials.clientSecret())
        return tokenError(u"invalid_client"_s, u"Invalid client credentials"_s);

    const double now = s.clock.now();
    std::optional<CredentialStore::Grant> grant;
    if (exchange) {
        CredentialStore::Grant redeemed;
        switch (s.credentials.redeemCode(param(u"code"_s), now, &redeemed)) {
        case CredentialStore::TokenState::Valid:
            grant = redeemed;
            break;
        case CredentialStore::TokenState::Expired:
            // expired_token is the one recorded real answer to a late code (§5.5); the
            // invalid_grant reading answers as for an unknown code.
            if (s.config.expiredCodeError != u"invalid_grant")
                return tokenError(s.config.expiredCodeError,
                                  u"The authorization token provided has expired."_s);
            break;
        case CredentialStore::TokenState::Unknown:
            break;
        }
    } else {
        grant = s.credentials.redeemRefreshToken(param(u"refresh_token"_s), now,
                                                 s.config.refreshInvalidatesOld);
    }
    if (!grant)
        return tokenError(u"invalid_grant"_s,
                          exchange ? u"Invalid authorization code"_s : u"Invalid refresh token"_s);

    const qint64 ttl = s.config.accessTokenTtlSecs;
    QJsonObject out{
        {u"access_token"_s,
         s.credentials.issueAccessToken(grant->userId, grant->scopes, now + double(ttl))},
        {u"refresh_token"_s,
         s.credentials.issueRefreshToken(grant->userId, grant->scopes,
                                         now + double(s.config.refreshTokenTtlSecs))},
        {u"expires_in"_s, ttl},
        {u"scope"_s, grant->scopes.join(u',')},
        {u"status"_s, u"L"_s},
        {u"member_id"_s, s.credentials.memberId()},
        {u"domain"_s, hostPort(s.authServerUrl)}, // the auth server, not the portal (§5.4)
        {u"client_endpoint"_s, s.baseUrl.toString() + u"rest/"_s},
        {u"server_endpoint"_s, s.authServerUrl.toString() + u"rest/"_s},
    };
    // The docs show expires/user_id only on refresh (§5.4).
    if (!exchange || s.config.exchangeIncludesExpires) {
        out.insert(u"expires"_s, qint64(std::floor(now)) + ttl);
        out.insert(u"user_id"_s, grant->userId);
    }
    return HttpReply::json(200, out);
}

} // namespace fake
