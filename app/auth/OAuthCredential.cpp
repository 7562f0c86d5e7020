#include "OAuthCredential.h"

#include "SecretStore.h"
#include "TokenEndpoint.h"
#include "rest/CallLater.h"
#include "rest/SecretRedactor.h"

#include <algorithm>

namespace mb {

OAuthCredential::OAuthCredential(const QUrl &clientEndpoint, const QString &accessToken,
                                 const QString &refreshToken, const QDateTime &expiresAt,
                                 const OAuthClientConfig &config, const QUrl &tokenServer,
                                 QNetworkAccessManager *nam, QObject *parent)
    : AccessTokenCredential(clientEndpoint, accessToken, parent)
    , m_refreshToken(refreshToken)
    , m_expiresAt(expiresAt.toUTC())
    , m_config(config)
    , m_tokenServer(tokenServer.isValid() ? tokenServer : config.authorizationServer)
    , m_endpoint(new TokenEndpoint(config, nam, this))
{
    SecretRedactor::instance().add(refreshToken.toUtf8());
    SecretRedactor::instance().add(config.clientSecret.toUtf8());
}

OAuthCredential *OAuthCredential::fromSignIn(const OAuthSignInResult &result,
                                             const OAuthClientConfig &config,
                                             QNetworkAccessManager *nam, QObject *parent)
{
    const QUrl endpoint =
        result.grant.clientEndpoint.isValid() ? result.grant.clientEndpoint : result.portalUrl;
    auto *credential =
        new OAuthCredential(endpoint, result.grant.accessToken, result.grant.refreshToken,
                            result.grant.expiresAt, config, result.tokenServer, nam, parent);
    credential->m_issuedAt = config.now(); // the grant was just received
    credential->m_scopes = result.scopes;
    credential->m_userId = result.userId;
    credential->m_memberId = result.memberId;
    return credential;
}

void OAuthCredential::setSecretStore(SecretStore *store, const QString &accountId)
{
    m_store = store;
    m_accountId = accountId;
}

void OAuthCredential::setState(State state)
{
    m_state = state;
}

bool OAuthCredential::isExpired() const
{
    if (!m_expiresAt.isValid() || m_expiryIgnored)
        return false;
    // A grant that lives no longer than the margin would count as expired from the start.
    const bool shortLived =
        m_issuedAt.isValid() && m_issuedAt.secsTo(m_expiresAt) <= ExpiryMarginSecs;
    const qint64 margin = shortLived ? 0 : ExpiryMarginSecs;
    return m_config.now() >= m_expiresAt.addSecs(-margin);
}

bool OAuthCredential::canRefresh() const
{
    // Also true in SignInNeeded: refresh() then fails at once with the typed error, so
    // every call learns that a sign-in is needed instead of trying a dead token.
    return !m_refreshToken.isEmpty();
}

QByteArrayList OAuthCredential::secrets() const
{
    QByteArrayList all = AccessTokenCredential::secrets();
    all << m_refreshToken.toUtf8() << m_config.clientSecret.toUtf8();
    return all;
}

void OAuthCredential::finishRefresh(const RestError &error)
{
    // Queued, so RestClient always sees refreshFinished() after refresh() has returned.
    callLater(this, [this, error] { Q_EMIT refreshFinished(error); });
}

void OAuthCredential::endRefresh(const RestError &error)
{
    m_refreshRunning = false;
    finishRefresh(error);
}

bool OAuthCredential::dropIfStale(quint64 epoch)
{
    if (epoch == m_epoch)
        return false;
    m_refreshRunning = false;
    if (std::exchange(m_refreshWanted, false))
        refresh();
    return true;
}

void OAuthCredential::refresh()
{
    if (m_refreshRunning) {
        // Single flight: the running refresh answers everyone. One started before the last
        // sign-in answers nobody; the refresh asked for now follows it.
        if (m_runningEpoch != m_epoch)
            m_refreshWanted = true;
        return;
    }
    if (m_state == State::SignInNeeded) {
        finishRefresh(m_signInError.toRestError());
        return;
    }
    if (m_signedWithCurrent == 0 && !isExpired()) {
        // No call has carried the new token yet, so the call that got expired_token was
        // signed with the one the last refresh replaced (several were on the wire when the
        // first expired_token came back): replaying it is enough, a second refresh would
        // only rotate the pair again. RestClient cannot say which token a call carried; a
        // call that fails late, after replays went out with the new token, still costs
        // one more refresh (only possible with ClientOptions::maxConcurrent > 1).
        finishRefresh({});
        return;
    }
    if (m_retryNotBefore.isValid() && m_config.now() < m_retryNotBefore) {
        // Backing off: the server was asked moments ago and failed; the same answer now.
        finishRefresh(m_lastFailure.toRestError());
        return;
    }
    setState(State::Refreshing);
    m_refreshRunning = true;
    m_runningEpoch = m_epoch;
    requestRefresh(m_refreshToken, true, m_epoch);
}

void OAuthCredential::requestRefresh(const QString &refreshToken, bool mayReread, quint64 epoch)
{
    m_endpoint->refresh(
        m_tokenServer, refreshToken, this,
        [this, refreshToken, mayReread, epoch](const OAuthError &error, const TokenGrant &grant) {
            if (dropIfStale(epoch))
                return; // a sign-in replaced the grant this answer is about
            if (!error.isError()) {
                m_backoffMs = 0;
                m_retryNotBefore = {};
                m_lastFailure = {};
                adopt(
                    grant, epoch,
                    [this](const SecretError &) {
                        setState(State::Ready);
                        endRefresh({});
                    },
                    [this, epoch] { dropIfStale(epoch); });
                return;
            }
            if (!error.needsSignIn()) {
                backOff(error);
                setState(State::Ready);
                endRefresh(error.toRestError());
                return;
            }
            if (mayReread && m_store && !m_accountId.isEmpty()) {
                rereadStore(refreshToken, error, epoch);
                return;
            }
            enterSignInNeeded(error);
        });
}

void OAuthCredential::rereadStore(const QString &used, const OAuthError &refusal, quint64 epoch)
{
    m_store->read(
        m_accountId, SecretStore::Kind::RefreshToken, this,
        [this, used, refusal, epoch](const SecretError &error, const QString &storedRefresh) {
            if (dropIfStale(epoch))
                return;
            if (error.isError() || storedRefresh.isEmpty() || storedRefresh == used || !m_store) {
                enterSignInNeeded(refusal);
                return;
            }
            // The other program rotated the pair after we read it. It writes the refresh
            // token first, then the access token.
            m_store->read(m_accountId, SecretStore::Kind::AccessToken, this,
                          [this, storedRefresh, epoch](const SecretError &accessError,
                                                       const QString &storedAccess) {
                              if (dropIfStale(epoch))
                                  return;
                              if (!accessError.isError() && !storedAccess.isEmpty() &&
                                  storedAccess != m_accessToken) {
                                  installStored(storedRefresh, storedAccess);
                                  setState(State::Ready);
                                  endRefresh({});
                                  return;
                              }
                              // Its access token is not there (yet): renew with its
                              // refresh token, once; a second refusal is final.
                              m_refreshToken = storedRefresh;
                              requestRefresh(storedRefresh, false, epoch);
                          });
        });
}

void OAuthCredential::installStored(const QString &refreshToken, const QString &accessToken)
{
    SecretRedactor::instance().add(refreshToken.toUtf8());
    SecretRedactor::instance().add(accessToken.toUtf8());
    setAccessToken(accessToken);
    m_signedWithCurrent = 0;
    m_refreshToken = refreshToken;
    // The keychain holds no expiry: the portal's expired_token will say when it is over.
    m_expiresAt = {};
    m_issuedAt = m_config.now();
    m_expiryIgnored = false;
    m_backoffMs = 0;
    m_retryNotBefore = {};
    m_lastFailure = {};
    Q_EMIT changed();
}

void OAuthCredential::enterSignInNeeded(const OAuthError &why)
{
    m_signInError = why;
    setState(State::SignInNeeded);
    Q_EMIT signInNeeded(why);
    endRefresh(why.toRestError());
}

void OAuthCredential::backOff(const OAuthError &why)
{
    m_backoffMs = m_backoffMs == 0 ? BackoffFirstMs : std::min(m_backoffMs * 2, BackoffMaxMs);
    m_retryNotBefore = m_config.now().addMSecs(m_backoffMs);
    m_lastFailure = why;
}

void OAuthCredential::applySignIn(const OAuthSignInResult &result,
                                  std::function<void(const SecretError &)> done)
{
    if (result.grant.clientEndpoint.isValid())
        m_portal = AccessTokenCredential::portalRoot(result.grant.clientEndpoint);
    else if (result.portalUrl.isValid())
        m_portal = AccessTokenCredential::portalRoot(result.portalUrl);
    if (result.tokenServer.isValid())
        m_tokenServer = result.tokenServer;
    m_scopes = result.scopes;
    if (!result.userId.isEmpty())
        m_userId = result.userId;
    if (!result.memberId.isEmpty())
        m_memberId = result.memberId;
    m_backoffMs = 0;
    m_retryNotBefore = {};
    m_lastFailure = {};
    // Whatever a refresh still running brings back is about the grant this one replaces.
    const quint64 epoch = ++m_epoch;
    adopt(
        result.grant, epoch,
        [this, done](const SecretError &error) {
            m_signInError = {};
            setState(State::Ready);
            // Calls held for a refresh of the old grant go now, with the new one; that
            // refresh's own answer will be dropped.
            if (m_refreshRunning)
                finishRefresh({});
            if (done)
                done(error);
        },
        [done] {
            // A later sign-in took over before this one was stored.
            if (done)
                done({});
        });
}

void OAuthCredential::authorize(QNetworkRequest &request, QJsonObject *body) const
{
    if (m_signedWithCurrent >= 0)
        ++m_signedWithCurrent;
    AccessTokenCredential::authorize(request, body);
}

void OAuthCredential::install(const TokenGrant &grant)
{
    setAccessToken(grant.accessToken);
    m_signedWithCurrent = 0;
    m_refreshToken = grant.refreshToken;
    m_expiresAt = grant.expiresAt;
    m_issuedAt = m_config.now();
    m_expiryIgnored = m_expiresAt.isValid() && m_issuedAt >= m_expiresAt;
    if (!grant.scopes.isEmpty())
        m_scopes = grant.scopes;
    if (!grant.userId.isEmpty())
        m_userId = grant.userId;
    if (!grant.memberId.isEmpty())
        m_memberId = grant.memberId;
    if (grant.serverEndpoint.isValid())
        m_tokenServer = m_config.tokenServer(grant.serverEndpoint.toString());
    Q_EMIT changed();
}

void OAuthCredential::adopt(const TokenGrant &grant, quint64 epoch,
                            std::function<void(const SecretError &)> installed,
                            std::function<void()> superseded)
{
    SecretRedactor::instance().add(grant.accessToken.toUtf8());
    SecretRedactor::instance().add(grant.refreshToken.toUtf8());
    if (!m_store || m_accountId.isEmpty()) {
        install(grant);
        installed({});
        return;
    }
    // The refresh token first: once it is safe, the access token may be used.
    m_store->write(m_accountId, SecretStore::Kind::RefreshToken, grant.refreshToken, this,
                   [this, grant, epoch, installed, superseded](const SecretError &error) {
                       if (error.isError())
                           Q_EMIT secretsNotSaved(error);
                       if (epoch != m_epoch) {
                           // A sign-in came meanwhile; its own write follows this one, so
                           // the keychain ends with its refresh token, and so do we.
                           superseded();
                           return;
                       }
                       install(grant);
                       if (m_store) {
                           m_store->write(m_accountId, SecretStore::Kind::AccessToken,
                                          grant.accessToken, this,
                                          [this](const SecretError &accessError) {
                                              if (accessError.isError())
                                                  Q_EMIT secretsNotSaved(accessError);
                                          });
                       }
                       installed(error);
                   });
}

} // namespace mb
