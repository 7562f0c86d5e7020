#pragma once

#include "OAuthClientConfig.h"
#include "OAuthError.h"
#include "OAuthSignInResult.h"
#include "SecretError.h"
#include "rest/AccessTokenCredential.h"

#include <QDateTime>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;

namespace mb {

class SecretStore;
class TokenEndpoint;

// An OAuth access token that renews itself (docs §5.6). RestClient asks for a refresh when a
// call gets expired_token/invalid_token or when isExpired() says the stored expiry has passed;
// it holds every call meanwhile and replays them after refreshFinished(). There is no timer:
// an idle account never talks to the authorization server (the docs warn against it).
//
// A refresh rotates the pair. The new refresh token is written to the keychain before the new
// access token is used, so a crash in between cannot leave the keychain with a dead token.
// If that write fails the new pair is still used for this session (the old refresh token is
// already void on the server, so nothing would be gained by dropping it) and
// secretsNotSaved() tells the user; nothing stored is ever deleted.
//
// When the refresh token is refused (invalid_grant after 180 days, the app revoked, its
// secret changed) the credential enters SignInNeeded: every waiting and later call fails with
// RestError::SignInNeeded until applySignIn() installs a fresh grant; the caller then
// replays what failed.
class OAuthCredential : public AccessTokenCredential
{
    Q_OBJECT
public:
    enum class State { Ready, Refreshing, SignInNeeded };
    Q_ENUM(State)

    // `config` carries client_id and client_secret; `tokenServer` is where refreshes go.
    OAuthCredential(const QUrl &clientEndpoint, const QString &accessToken,
                    const QString &refreshToken, const QDateTime &expiresAt,
                    const OAuthClientConfig &config, const QUrl &tokenServer,
                    QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    // A credential for a sign-in that just succeeded.
    static OAuthCredential *fromSignIn(const OAuthSignInResult &result,
                                       const OAuthClientConfig &config,
                                       QNetworkAccessManager *nam = nullptr,
                                       QObject *parent = nullptr);

    // Where rotated tokens are written (not owned; may be null: memory only).
    void setSecretStore(SecretStore *store, const QString &accountId);

    QString refreshToken() const { return m_refreshToken; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QUrl tokenServer() const { return m_tokenServer; }
    QStringList scopes() const { return m_scopes; }
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    QString userId() const { return m_userId; }
    void setUserId(const QString &userId) { m_userId = userId; }
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId) { m_memberId = memberId; }
    State state() const { return m_state; }
    // Why the credential needs a new sign-in (valid in SignInNeeded).
    OAuthError signInError() const { return m_signInError; }

    // Seconds before the stored expiry at which the token already counts as expired, so a
    // call does not leave with a token that dies on the way.
    static constexpr qint64 ExpiryMarginSecs = 10;

    bool isExpired() const override;
    bool canRefresh() const override;
    // Also counts the calls signed with the current token (see refresh()).
    void authorize(QNetworkRequest &request, QJsonObject *body) const override;
    void refresh() override;
    QByteArrayList secrets() const override;

    // Installs the tokens of a new sign-in (after SignInNeeded, or to switch user), writing
    // them like a refresh does, and returns to Ready. `done` (optional) learns whether the
    // keychain took them.
    void applySignIn(const OAuthSignInResult &result,
                     std::function<void(const SecretError &)> done = {});

Q_SIGNALS:
    void stateChanged(mb::OAuthCredential::State state);
    // The refresh token was refused: the user must sign in again.
    void signInNeeded(const mb::OAuthError &why);
    // The keychain did not take a rotated token; the session goes on with it in memory.
    void secretsNotSaved(const mb::SecretError &error);

private:
    void setState(State state);
    // Persists `grant` (refresh token first), then installs it and calls `installed`.
    void adopt(const TokenGrant &grant, std::function<void(const SecretError &)> installed);
    void install(const TokenGrant &grant);
    void finishRefresh(const RestError &error);

    QString m_refreshToken;
    QDateTime m_expiresAt;
    OAuthClientConfig m_config;
    QUrl m_tokenServer;
    QStringList m_scopes;
    QString m_userId;
    QString m_memberId;
    TokenEndpoint *m_endpoint;
    QPointer<SecretStore> m_store;
    QString m_accountId;
    State m_state = State::Ready;
    OAuthError m_signInError;
    // Calls signed with the current access token; -1 until the token was first replaced.
    mutable qint64 m_signedWithCurrent = -1;
};

} // namespace mb
