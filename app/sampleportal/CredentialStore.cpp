#include "CredentialStore.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

QString seededHex(QRandomGenerator &rng, int chars)
{
    QString out;
    for (int i = 0; i < chars; ++i)
        out += QLatin1Char("0123456789abcdef"[rng.bounded(16)]);
    return out;
}

QString seededAlnum(QRandomGenerator &rng, int chars)
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < chars; ++i)
        out += QLatin1Char(kAlphabet[rng.bounded(int(sizeof(kAlphabet) - 1))]);
    return out;
}

} // namespace

CredentialStore::CredentialStore(quint64 seed, const QString &webhookCode,
                                 const QString &clientSecret)
{
    // The app's public identity follows the seed; its secrets do not: anyone who knows the
    // seed (it is in the source) could otherwise call a running demo portal.
    QRandomGenerator rng(quint32(seed ^ (seed >> 32)) ^ 0x5eed1234u);
    m_clientId =
        u"local."_s + seededHex(rng, 14) + u'.' + QString::number(rng.bounded(10000000, 99999999));
    m_memberId = seededHex(rng, 32);
    m_clientSecret =
        clientSecret.isEmpty() ? seededAlnum(*QRandomGenerator::system(), 50) : clientSecret;
    m_defaultWebhook = webhookCode.isEmpty() ? randomHex(16) : webhookCode;
    m_webhooks.insert(m_defaultWebhook, {1, {QStringLiteral("mail"), QStringLiteral("user")}});
}

QString CredentialStore::randomHex(int chars)
{
    return seededHex(*QRandomGenerator::system(), chars);
}

QString CredentialStore::addWebhook(int userId, const QStringList &scopes)
{
    const QString code = randomHex(16);
    m_webhooks.insert(code, {userId, scopes});
    return code;
}

void CredentialStore::revokeWebhook(const QString &code)
{
    m_webhooks.remove(code);
}

std::optional<Credential> CredentialStore::webhook(int userId, const QString &code) const
{
    const auto it = m_webhooks.constFind(code);
    if (it == m_webhooks.cend() || it->userId != userId)
        return std::nullopt;
    return Credential{Credential::Kind::Webhook, it->userId, it->scopes, u"hook:"_s + code};
}

QString CredentialStore::issueAccessToken(int userId, const QStringList &scopes, double expiresAt)
{
    const QString token = randomHex(32) + randomHex(38);
    m_accessTokens.insert(token, {userId, scopes, expiresAt});
    return token;
}

CredentialStore::TokenState CredentialStore::token(const QString &accessToken, double now,
                                                   Credential *out) const
{
    const auto it = m_accessTokens.constFind(accessToken);
    if (it == m_accessTokens.cend())
        return TokenState::Unknown;
    if (now >= it->expiresAt)
        return TokenState::Expired;
    if (out)
        *out = {Credential::Kind::Token, it->userId, it->scopes, u"app:"_s + m_clientId};
    return TokenState::Valid;
}

void CredentialStore::expireAllAccessTokens(double now)
{
    for (Grant &grant : m_accessTokens)
        grant.expiresAt = std::min(grant.expiresAt, now - 1);
}

QString CredentialStore::issueCode(int userId, const QStringList &scopes, double expiresAt)
{
    const QString code = randomHex(32);
    m_codes.insert(code, {userId, scopes, expiresAt});
    return code;
}

CredentialStore::TokenState CredentialStore::redeemCode(const QString &code, double now, Grant *out)
{
    // Single use: a code is gone after the first attempt, valid or late.
    const auto grant = m_codes.take(code);
    if (grant.userId == 0)
        return TokenState::Unknown;
    if (now >= grant.expiresAt)
        return TokenState::Expired;
    *out = grant;
    return TokenState::Valid;
}

std::optional<CredentialStore::Grant>
CredentialStore::redeemRefreshToken(const QString &refreshToken, double now, bool invalidate)
{
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (it == m_refreshTokens.cend() || now >= it->expiresAt)
        return std::nullopt;
    const Grant grant = *it;
    if (invalidate)
        m_refreshTokens.remove(refreshToken);
    return grant;
}

QString CredentialStore::issueRefreshToken(int userId, const QStringList &scopes, double expiresAt)
{
    const QString token = randomHex(32) + randomHex(38);
    m_refreshTokens.insert(token, {userId, scopes, expiresAt});
    return token;
}

} // namespace fake
