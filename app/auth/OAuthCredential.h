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
// When the refresh token is refused (invalid_grant or expired_token after 180 days, the app
// revoked, its secret changed), the keychain is read once more first: the GUI and b24mail
// share the account, and the other one may have rotated the pair meanwhile, which voids
// ours. A different stored refresh token is adopted (with the stored access token, or by
// renewing with it once) and the refresh succeeds. Otherwise the credential enters
// SignInNeeded: every waiting and later call fails with RestError::SignInNeeded until
// applySignIn() installs a fresh grant; the caller then replays what failed.
//
// A refresh that fails for a reason that may pass (network, a 5xx, a garbled answer) backs
// off: until BackoffFirstMs, then twice as long after each further failure (at most
// BackoffMaxMs), measured on the config's clock, refresh() fails at once with the last
// error instead of asking the server again. A success ends the back-off.
//
// Short-lived tokens: the expiry margin is dropped for a grant that lived no longer than
// the margin, and a grant that arrives already expired by its own stated expiry (a skewed
// clock, a server that sends no expires_in) is not refreshed for that expiry at all: only a
// call that actually gets expired_token asks again. Either would otherwise cost a refresh
// per call.
//
// A sign-in during a refresh (applySignIn) wins: each sign-in starts a new epoch, and what
// a refresh of an older epoch brings back (a grant, a refusal, what the keychain held) is
// dropped, so it can neither overwrite the new grant nor end it in SignInNeeded. Calls held
// for that refresh are released at once with the new grant. At most one token request runs
// at a time: a refresh asked for while an older epoch's request is still out waits for it,
// and then runs for the new grant (or finds that the new token has not been tried yet).
//
// Safe to destroy at any time: a token request in flight is aborted and keychain answers
// that arrive later are dropped.
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
                    QNetworkAccessManager *nam, QObject *parent = nullptr);
    // A credential for a sign-in that just succeeded.
    static OAuthCredential *fromSignIn(const OAuthSignInResult &result,
                                       const OAuthClientConfig &config, QNetworkAccessManager *nam,
                                       QObject *parent = nullptr);

    // Where rotated tokens are written (not owned; may be null: memory only).
    void setSecretStore(SecretStore *store, const QString &accountId);

    QString refreshToken() const { return m_refreshToken; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QUrl tokenServer() const { return m_tokenServer; }
    // Holds the client secret: never log it.
    const OAuthClientConfig &config() const { return m_config; }
    QStringList scopes() const { return m_scopes; }
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    QString userId() const { return m_userId; }
    void setUserId(const QString &userId) { m_userId = userId; }
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId) { m_memberId = memberId; }
    State state() const { return m_state; }

    // Seconds before the stored expiry at which the token already counts as expired, so a
    // call does not leave with a token that dies on the way.
    static constexpr qint64 ExpiryMarginSecs = 10;
    // Back-off after a refresh that failed for a passing reason.
    static constexpr qint64 BackoffFirstMs = 2 * 1000;
    static constexpr qint64 BackoffMaxMs = 60 * 1000;

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
    // The refresh token was refused: the user must sign in again.
    void signInNeeded(const mb::OAuthError &why);
    // The keychain did not take a rotated token; the session goes on with it in memory.
    void secretsNotSaved(const mb::SecretError &error);

private:
    void setState(State state);
    // Persists `grant` (refresh token first), then installs it and calls `installed`, unless
    // a sign-in started another epoch than `epoch` meanwhile: then calls `superseded`.
    void adopt(const TokenGrant &grant, quint64 epoch,
               std::function<void(const SecretError &)> installed,
               std::function<void()> superseded);
    // Ends the running refresh and tells the waiting calls.
    void endRefresh(const RestError &error);
    // True when the running refresh belongs to an older epoch than the current one: it ends
    // silently, and a refresh asked for meanwhile starts.
    bool dropIfStale(quint64 epoch);
    void install(const TokenGrant &grant);
    void finishRefresh(const RestError &error);
    // Asks the server with `refreshToken`; a refusal re-reads the keychain if `mayReread`.
    void requestRefresh(const QString &refreshToken, bool mayReread, quint64 epoch);
    // After a refusal of `used`: adopts what the other program stored, or gives up.
    void rereadStore(const QString &used, const OAuthError &refusal, quint64 epoch);
    void installStored(const QString &refreshToken, const QString &accessToken);
    void enterSignInNeeded(const OAuthError &why);
    void backOff(const OAuthError &why);

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
    QDateTime m_issuedAt;          // when the current grant was installed; invalid: unknown
    bool m_expiryIgnored = false;  // the grant arrived expired: trust the server instead
    OAuthError m_lastFailure;      // of the last refresh, while backing off
    QDateTime m_retryNotBefore;    // no request to the token server before this
    qint64 m_backoffMs = 0;        // the current back-off step; 0: none
    quint64 m_epoch = 0;           // bumped by every applySignIn()
    bool m_refreshRunning = false; // a token request (and what follows it) is out
    quint64 m_runningEpoch = 0;    // the epoch the running refresh was started in
    bool m_refreshWanted = false;  // refresh() came while an older epoch's request ran
};

} // namespace mb
