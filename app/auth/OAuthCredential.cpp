#include "OAuthCredential.h"

#include "SecretStore.h"
#include "TokenEndpoint.h"
#include "rest/SecretRedactor.h"

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
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool OAuthCredential::isExpired() const
{
    return m_expiresAt.isValid() && m_config.now() >= m_expiresAt.addSecs(-ExpiryMarginSecs);
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
    QMetaObject::invokeMethod(
        this, [this, error] { Q_EMIT refreshFinished(error); }, Qt::QueuedConnection);
}

void OAuthCredential::refresh()
{
    if (m_state == State::Refreshing)
        return; // single flight: the running refresh answers everyone
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
    setState(State::Refreshing);
    m_endpoint->refresh(m_tokenServer, m_refreshToken, this,
                        [this](const OAuthError &error, const TokenGrant &grant) {
                            if (error.isError()) {
                                if (error.needsSignIn()) {
                                    m_signInError = error;
                                    setState(State::SignInNeeded);
                                    Q_EMIT signInNeeded(error);
                                } else {
                                    setState(State::Ready);
                                }
                                finishRefresh(error.toRestError());
                                return;
                            }
                            adopt(grant, [this](const SecretError &) {
                                setState(State::Ready);
                                finishRefresh({});
                            });
                        });
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
    adopt(result.grant, [this, done](const SecretError &error) {
        m_signInError = {};
        setState(State::Ready);
        if (done)
            done(error);
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

void OAuthCredential::adopt(const TokenGrant &grant,
                            std::function<void(const SecretError &)> installed)
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
                   [this, grant, installed](const SecretError &error) {
                       if (error.isError())
                           Q_EMIT secretsNotSaved(error);
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
