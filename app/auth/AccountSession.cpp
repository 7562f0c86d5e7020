#include "AccountSession.h"

#include "AccountStore.h"
#include "OAuthCredential.h"
#include "SecretStore.h"
#include "rest/CallLater.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/Preconnect.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"

#include <QUuid>

namespace mb {

namespace {

using Kind = SecretStore::Kind;

// A session that could not even start: the caller learns why from the event loop.
void failLater(AccountSession *session, const AccountSession::Callback &done, const QString &error)
{
    callLater(session, [session, done, error] {
        done(nullptr, error, {});
        session->deleteLater();
    });
}

QString readFailure(const Account &account, const SecretError &error)
{
    if (error.code() == SecretError::Code::EntryNotFound)
        return AccountSession::tr("The keychain holds no sign-in for “%1”. Sign in again.")
            .arg(account.title());
    return AccountSession::tr("The sign-in of “%1” could not be read from the keychain: %2")
        .arg(account.title(), error.userMessage());
}

QString writeFailure(const SecretError &error)
{
    return AccountSession::tr("The sign-in could not be saved in the keychain: %1")
        .arg(error.userMessage());
}

} // namespace

AccountSession::AccountSession(AccountStore *accounts, SecretStore *secrets,
                               const SessionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_nam((settings.networkAccess ? settings.networkAccess
                                    : new NetworkAccessFactory(settings.network, this))
                ->create(this))
{}

AccountSession::~AccountSession()
{
    // In this order: the client still points at the credential, and both have requests that
    // are children of the network access manager.
    delete m_client;
    delete m_credential;
}

AccountSession *AccountSession::unsaved(Credential *credential, const SessionSettings &settings,
                                        QObject *parent)
{
    auto *session = new AccountSession(nullptr, nullptr, settings, parent);
    session->setCredential(credential);
    return session;
}

OAuthCredential *AccountSession::oauthCredential() const
{
    return qobject_cast<OAuthCredential *>(m_credential);
}

void AccountSession::setCredential(Credential *credential)
{
    Q_ASSERT(!m_credential);
    m_credential = credential;
    credential->setParent(this);
    if (auto *token = qobject_cast<AccessTokenCredential *>(credential))
        token->setBatchAuth(AccessTokenCredential::batchAuthFromString(m_account.batchAuth));
    if (const auto *oauth = oauthCredential())
        m_initialAccessToken = oauth->accessToken();
    m_client = new RestClient(credential, m_nam, this);
    m_client->setOptions(m_settings.client);
    connect(credential, &Credential::changed, this, &AccountSession::syncAccount);
}

Account AccountSession::oauthAccount(const OAuthSignInResult &result)
{
    Account a;
    a.authKind = Account::AuthKind::OAuth;
    a.portalUrl = result.portalUrl;
    a.memberId = result.memberId;
    a.userId = result.userId;
    a.scopes = result.scopes;
    a.serverEndpoint = result.tokenServer;
    a.tokenExpiry = result.grant.expiresAt;
    a.clientId = result.clientId;
    return a;
}

void AccountSession::syncAccount()
{
    if (!m_accounts || !m_credential)
        return;
    const auto *webhook = qobject_cast<const WebhookCredential *>(m_credential);
    if (!webhook || !m_secrets || !isSaved() || webhook->portalUrl() == m_account.portalUrl) {
        storeAccount();
        return;
    }
    // A moved webhook: its secret path stays, its host changed. A reopen builds the
    // credential from the keychain's URL, so that moves first and the settings follow once it
    // is stored; if the keychain fails, both keep the old address and agree.
    const QString url = webhook->baseUrl().toString(QUrl::FullyEncoded);
    SecretRedactor::instance().add(url.toUtf8());
    ++m_webhookWrites;
    m_secrets->write(accountId(), Kind::WebhookUrl, url, this, [this](const SecretError &error) {
        --m_webhookWrites;
        if (error.isError())
            Q_EMIT secretsNotSaved(error);
        else
            storeAccount();
        if (m_webhookWrites > 0)
            return;
        for (const auto &done : std::exchange(m_settleWaiters, {}))
            done(error);
    });
}

void AccountSession::storeAccount()
{
    if (!m_accounts || !m_credential)
        return;
    Account updated = m_account;
    updated.portalUrl = m_credential->portalUrl();
    if (const auto *token = qobject_cast<const AccessTokenCredential *>(m_credential))
        updated.batchAuth = AccessTokenCredential::batchAuthToString(token->provenBatchAuth());
    if (const OAuthCredential *oauth = oauthCredential()) {
        updated.tokenExpiry = oauth->expiresAt();
        if (!oauth->scopes().isEmpty())
            updated.scopes = oauth->scopes();
        if (!oauth->userId().isEmpty())
            updated.userId = oauth->userId();
        if (!oauth->memberId().isEmpty())
            updated.memberId = oauth->memberId();
        updated.serverEndpoint = oauth->tokenServer();
    }
    if (updated == m_account)
        return;
    if (!m_accounts->update(updated)) {
        Q_EMIT settingsNotSaved(m_accounts->errorString());
        return;
    }
    m_account = updated;
}

void AccountSession::settle(std::function<void(const SecretError &)> done)
{
    if (m_webhookWrites > 0) {
        m_settleWaiters.append(std::move(done));
        return;
    }
    const OAuthCredential *oauth = oauthCredential();
    if (!oauth || !m_secrets || !isSaved() || oauth->state() != OAuthCredential::State::Ready ||
        oauth->accessToken().isEmpty() || oauth->accessToken() == m_initialAccessToken) {
        callLater(this, [done] { done({}); });
        return;
    }
    // The same value the credential is writing already; waiting for a write of our own is
    // the one way to know it is stored.
    m_secrets->write(accountId(), SecretStore::Kind::AccessToken, oauth->accessToken(), this,
                     std::move(done));
}

void AccountSession::applySignIn(const OAuthSignInResult &result,
                                 std::function<void(const SecretError &)> done)
{
    OAuthCredential *oauth = oauthCredential();
    if (!oauth) {
        if (done)
            done(SecretError(SecretError::Code::Other, tr("not an OAuth account")));
        return;
    }
    oauth->applySignIn(result, std::move(done)); // changed() brings the settings along
}

bool AccountSession::isSignInOfThisAccount(const OAuthSignInResult &result) const
{
    if (!isSaved() || !oauthCredential() || !m_accounts)
        return false;
    const std::optional<Account> same = m_accounts->findSameUser(oauthAccount(result));
    return same && same->id == accountId();
}

void AccountSession::open(AccountStore *accounts, SecretStore *secrets, const QString &accountId,
                          const OAuthClientConfig &base, QObject *parent, Callback done,
                          const SessionSettings &settings)
{
    auto *session = new AccountSession(accounts, secrets, settings, parent);
    const std::optional<Account> account = accounts ? accounts->account(accountId) : std::nullopt;
    if (!account || !secrets) {
        failLater(session, done, tr("There is no such account."));
        return;
    }
    session->m_account = *account;
    // The keychain takes a while (a D-Bus round trip per secret, an unlock prompt at worst):
    // the connection is made meanwhile.
    preconnect(session->m_nam, account->portalUrl);
    const auto fail = [session, done, account](const SecretError &error) {
        done(nullptr, readFailure(*account, error), error);
        session->deleteLater();
    };

    if (account->authKind == Account::AuthKind::Webhook) {
        secrets->read(accountId, Kind::WebhookUrl, session,
                      [session, done, fail](const SecretError &error, const QString &url) {
                          if (error.isError()) {
                              fail(error);
                              return;
                          }
                          const auto parts = WebhookCredential::parse(QUrl(url, QUrl::StrictMode));
                          if (!parts) {
                              fail(SecretError(SecretError::Code::Other,
                                               tr("the stored webhook address is damaged")));
                              return;
                          }
                          session->setCredential(new WebhookCredential(*parts, session));
                          done(session, {}, {});
                      });
        return;
    }
    if (account->authKind != Account::AuthKind::OAuth) {
        failLater(session, done, tr("This account was made by a newer version."));
        return;
    }

    // Refresh token (required), access token (may be missing: then refresh first), client
    // secret (required unless the application ships it under the same client_id).
    secrets->read(
        accountId, Kind::RefreshToken, session,
        [=](const SecretError &refreshError, const QString &refreshToken) {
            if (refreshError.isError()) {
                fail(refreshError);
                return;
            }
            secrets->read(
                accountId, Kind::AccessToken, session,
                [=](const SecretError &accessError, const QString &accessToken) {
                    if (accessError.isError() &&
                        accessError.code() != SecretError::Code::EntryNotFound) {
                        fail(accessError);
                        return;
                    }
                    secrets->read(
                        accountId, Kind::ClientSecret, session,
                        [=](const SecretError &secretError, const QString &secret) {
                            OAuthClientConfig config = base;
                            config.clientId = account->clientId;
                            // The server chosen at sign-in, so an on-premise or local one
                            // stays trusted for refreshes.
                            if (!account->authorizationServer.isEmpty())
                                config.authorizationServer = account->authorizationServer;
                            if (!secretError.isError()) {
                                config.clientSecret = secret;
                            } else if (secretError.code() != SecretError::Code::EntryNotFound ||
                                       base.clientId != account->clientId ||
                                       base.clientSecret.isEmpty()) {
                                fail(secretError);
                                return;
                            }
                            // Without a stored access token, the expiry is put in the past so that
                            // the first call refreshes instead of going out unsigned.
                            const QDateTime expiry = accessToken.isEmpty()
                                                         ? QDateTime::fromSecsSinceEpoch(0, Qt::UTC)
                                                         : account->tokenExpiry;
                            auto *credential = new OAuthCredential(
                                account->portalUrl, accessToken, refreshToken, expiry, config,
                                config.tokenServer(account->serverEndpoint.toString()),
                                session->m_nam, session);
                            credential->setScopes(account->scopes);
                            credential->setUserId(account->userId);
                            credential->setMemberId(account->memberId);
                            credential->setSecretStore(secrets, accountId);
                            session->setCredential(credential);
                            done(session, {}, {});
                        });
                });
        });
}

void AccountSession::saveOAuth(AccountStore *accounts, SecretStore *secrets,
                               const OAuthSignInResult &result, const OAuthClientConfig &config,
                               QObject *parent, Callback done, const SessionSettings &settings)
{
    auto *session = new AccountSession(accounts, secrets, settings, parent);
    if (!accounts || !secrets) {
        failLater(session, done, tr("There is nowhere to store the account."));
        return;
    }
    Account account = oauthAccount(result);
    account.clientId = config.clientId;
    account.authorizationServer = config.authorizationServer;
    if (const auto existing = accounts->findSameUser(account)) {
        account.id = existing->id;
        account.displayName = existing->displayName;
        account.userName = existing->userName;
        account.batchAuth = existing->batchAuth;
    } else {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    session->m_account = account;
    const bool isNew = !accounts->contains(account.id);

    const auto fail = [session, done](const SecretError &error) {
        done(nullptr, writeFailure(error), error);
        session->deleteLater();
    };
    const QString id = account.id;
    // Refresh token first: it is the one that cannot be had again without a sign-in.
    secrets->write(
        id, Kind::RefreshToken, result.grant.refreshToken, session, [=](const SecretError &e1) {
            if (e1.isError()) {
                fail(e1);
                return;
            }
            secrets->write(
                id, Kind::AccessToken, result.grant.accessToken, session,
                [=](const SecretError &e2) {
                    if (e2.isError()) {
                        fail(e2);
                        return;
                    }
                    secrets->write(
                        id, Kind::ClientSecret, config.clientSecret, session,
                        [=](const SecretError &e3) {
                            if (e3.isError()) {
                                fail(e3);
                                return;
                            }
                            if (!session->m_accounts) {
                                fail(SecretError(SecretError::Code::Other));
                                return;
                            }
                            const bool stored =
                                isNew ? session->m_accounts->add(session->m_account).has_value()
                                      : session->m_accounts->update(session->m_account);
                            if (!stored) {
                                done(nullptr, session->m_accounts->errorString(), {});
                                session->deleteLater();
                                return;
                            }
                            auto *credential = OAuthCredential::fromSignIn(result, config,
                                                                           session->m_nam, session);
                            credential->setSecretStore(secrets, id);
                            session->setCredential(credential);
                            done(session, {}, {});
                        });
                });
        });
}

void AccountSession::saveWebhook(AccountStore *accounts, SecretStore *secrets,
                                 const WebhookCredential::Parts &parts, QObject *parent,
                                 Callback done, const SessionSettings &settings)
{
    auto *session = new AccountSession(accounts, secrets, settings, parent);
    if (!accounts || !secrets || parts.code.isEmpty()) {
        failLater(session, done, tr("There is nowhere to store the account."));
        return;
    }
    auto *credential = new WebhookCredential(parts, session);
    Account account;
    account.authKind = Account::AuthKind::Webhook;
    account.portalUrl = parts.portal;
    account.userId = parts.userId;
    if (const auto existing = accounts->findSameUser(account)) {
        account = *existing;
        // The keychain gets this webhook's URL: the settings name the same portal.
        account.portalUrl = parts.portal;
    } else {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    session->m_account = account;
    const bool isNew = !accounts->contains(account.id);
    const QString url = credential->baseUrl().toString(QUrl::FullyEncoded);
    SecretRedactor::instance().add(url.toUtf8());
    secrets->write(account.id, Kind::WebhookUrl, url, session, [=](const SecretError &error) {
        if (error.isError()) {
            done(nullptr, writeFailure(error), error);
            session->deleteLater();
            return;
        }
        if (!session->m_accounts) {
            done(nullptr, tr("There is nowhere to store the account."), {});
            session->deleteLater();
            return;
        }
        const bool stored = isNew ? session->m_accounts->add(session->m_account).has_value()
                                  : session->m_accounts->update(session->m_account);
        if (!stored) {
            done(nullptr, session->m_accounts->errorString(), {});
            session->deleteLater();
            return;
        }
        session->setCredential(credential);
        done(session, {}, {});
    });
}

} // namespace mb
