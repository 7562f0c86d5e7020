#pragma once

#include "Credential.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace fake {

// Webhooks, the one installed local app, and every OAuth artefact it was issued.
class CredentialStore
{
public:
    enum class TokenState { Valid, Expired, Unknown };
    struct Grant
    {
        int userId = 0;
        QStringList scopes;
        double expiresAt = 0;
    };

    // `webhookCode` and `clientSecret` empty: random per run (tests may fix them).
    CredentialStore(quint64 seed, const QString &webhookCode, const QString &clientSecret);

    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }
    QString memberId() const { return m_memberId; }
    QString defaultWebhook() const { return m_defaultWebhook; }

    QString addWebhook(int userId, const QStringList &scopes);
    void revokeWebhook(const QString &code);
    std::optional<Credential> webhook(int userId, const QString &code) const;

    QString issueAccessToken(int userId, const QStringList &scopes, double expiresAt);
    TokenState token(const QString &accessToken, double now, Credential *out) const;
    void expireAllAccessTokens(double now);

    QString issueCode(int userId, const QStringList &scopes, double expiresAt);
    // Both consume what they are given. A code is Expired when it was issued but is late,
    // Unknown when it never was or was already tried; a refresh token's nullopt is either.
    TokenState redeemCode(const QString &code, double now, Grant *out);
    std::optional<Grant> redeemRefreshToken(const QString &refreshToken, double now,
                                            bool invalidate);
    QString issueRefreshToken(int userId, const QStringList &scopes, double expiresAt);
    void revokeAllRefreshTokens() { m_refreshTokens.clear(); }

private:
    struct Webhook
    {
        int userId = 0;
        QStringList scopes;
    };
    static QString randomHex(int chars);

    QString m_clientId;
    QString m_clientSecret;
    QString m_memberId;
    QString m_defaultWebhook;
    QHash<QString, Webhook> m_webhooks;
    QHash<QString, Grant> m_accessTokens;
    QHash<QString, Grant> m_refreshTokens;
    QHash<QString, Grant> m_codes;
};

} // namespace fake
