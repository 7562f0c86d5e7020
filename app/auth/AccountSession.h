#pragma once

#include "Account.h"
#include "OAuthClientConfig.h"
#include "OAuthSignInResult.h"
#include "SecretError.h"
#include "SessionSettings.h"
#include "rest/WebhookCredential.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace mb {

class AccountStore;
class Credential;
class OAuthCredential;
class RestClient;
class SecretStore;

// One account in use, and everything that talks to its portal: the network access manager
// (NetworkAccessFactory: proxy, trust, redirect policy), the Credential that signs the calls
// (with its token endpoint, for OAuth), and the RestClient over both. The credential is fixed
// for the session's life; switching accounts means switching sessions.
//
// Creates accounts from a finished sign-in or a checked webhook, and reopens them from
// AccountStore + SecretStore at the next start. Keeps the settings in step with the
// credential (a rotated token's expiry, a portal that moved, the user id a refresh reveals,
// the way batch calls carry the token); the secrets themselves are written by the credential
// (OAuthCredential) or here (webhook URL, client secret).
//
// Secrets are written before the account appears in the settings, so a keychain failure
// leaves no account without secrets behind; nothing is deleted when the keychain fails.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    // `session` is null on failure; then `error` says why (translated) and `keychainError`
    // carries the keychain's own failure, if that was it. The session belongs to the
    // `parent` given to the call.
    using Callback = std::function<void(AccountSession *session, const QString &error,
                                        const SecretError &keychainError)>;

    // Reopens a stored account. `base` supplies servers, trust and timeouts; client_id comes
    // from the account and client_secret from the keychain (or `base`, for an application
    // that ships its own under the same client_id).
    static void open(AccountStore *accounts, SecretStore *secrets, const QString &accountId,
                     const OAuthClientConfig &base, QObject *parent, Callback done,
                     const SessionSettings &settings = {});
    // Stores a finished sign-in: updates the account of the same user on the same portal, or
    // adds one. `config` holds the client secret that signed in.
    static void saveOAuth(AccountStore *accounts, SecretStore *secrets,
                          const OAuthSignInResult &result, const OAuthClientConfig &config,
                          QObject *parent, Callback done, const SessionSettings &settings = {});
    // Stores a checked webhook (WebhookSetup::parts()): the URL goes to the keychain in its
    // normalised v3 form, the portal and user id to the settings.
    static void saveWebhook(AccountStore *accounts, SecretStore *secrets,
                            const WebhookCredential::Parts &parts, QObject *parent, Callback done,
                            const SessionSettings &settings = {});
    // A session for a credential that is not saved (a webhook URL or a token given on the
    // command line). Takes `credential` over; account() is empty.
    static AccountSession *unsaved(Credential *credential, const SessionSettings &settings,
                                   QObject *parent);

    // Ends the client's calls (their replies finish with Aborted from the event loop), then
    // the credential, then the network access manager.
    ~AccountSession() override;

    Account account() const { return m_account; }
    QString accountId() const { return m_account.id; }
    bool isSaved() const { return !m_account.id.isEmpty(); }
    Credential *credential() const { return m_credential; }
    RestClient *client() const { return m_client; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    // Null for a webhook account.
    OAuthCredential *oauthCredential() const;

    // Calls `done` from the event loop once what this session changed is stored. A token
    // refresh writes the new refresh token before the access token is used, but the access
    // token's own write may still be running when the caller's work is done; a process that
    // ended then would leave the old access token stored and cost the next run a refresh.
    // `done` learns whether that last write failed.
    void settle(std::function<void(const SecretError &)> done);

    // After "sign-in needed": installs a new sign-in of the same account and keeps the
    // credential object, so the caller's client and models stay as they are and can replay
    // what failed.
    void applySignIn(const OAuthSignInResult &result,
                     std::function<void(const SecretError &)> done = {});
    // Whether `result` is a sign-in of this session's account (the same user on the same
    // portal, as AccountStore::findSameUser decides), so applySignIn() may continue it.
    bool isSignInOfThisAccount(const OAuthSignInResult &result) const;

Q_SIGNALS:
    // Settings could not be written (the secrets are fine); translated.
    void settingsNotSaved(const QString &why);
    // A moved webhook's new address could not be written to the keychain; the account stays
    // on its old address in both the keychain and the settings.
    void secretsNotSaved(const mb::SecretError &error);

private:
    AccountSession(AccountStore *accounts, SecretStore *secrets, const SessionSettings &settings,
                   QObject *parent);
    // Takes the credential over and builds the client on it; once per session.
    void setCredential(Credential *credential);
    // credential -> keychain (a moved webhook's URL) -> settings
    void syncAccount();
    void storeAccount(); // credential -> settings
    static Account oauthAccount(const OAuthSignInResult &result);

    QPointer<AccountStore> m_accounts;
    QPointer<SecretStore> m_secrets;
    SessionSettings m_settings;
    Account m_account;
    QNetworkAccessManager *m_nam;
    Credential *m_credential = nullptr;
    RestClient *m_client = nullptr;
    QString m_initialAccessToken; // to see whether a refresh replaced it
    int m_webhookWrites = 0;      // moved webhook URLs on their way to the keychain
    QList<std::function<void(const SecretError &)>> m_settleWaiters;
};

} // namespace mb
