#pragma once

#include "OAuthError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace mb {

// One answer of the authorization server's /oauth/token/ (docs §5.4): a new token pair and
// what it says about the portal. Holds secrets (the two tokens): never log it.
struct TokenGrant
{
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; receipt time + `expires_in`, else `expires`
    QStringList scopes;  // `scope`, split at commas
    QString userId;      // `user_id`; only refresh answers are documented to carry it
    QString memberId;    // `member_id`
    QUrl clientEndpoint; // `client_endpoint`, the portal's REST base https://portal/rest/
    QUrl serverEndpoint; // `server_endpoint`, the auth server's REST base
    QString domain;      // `domain`: the auth server's host, not the portal (§5.4)
    QString status;      // `status`: F, D, T, P or L

    // Parses a 200 answer received at `receivedAt`. Both tokens are required; every other
    // field is optional because the exchange and refresh examples differ (§5.4). Registers
    // both tokens with SecretRedactor before anything else can print them.
    static std::optional<TokenGrant> fromJson(const QJsonObject &json, const QDateTime &receivedAt,
                                              OAuthError *error);
    // "mail,user" or "mail user" into {"mail", "user"}.
    static QStringList splitScopes(const QString &scope);
};

} // namespace mb
