#pragma once

#include "Account.h"
#include "OAuthClientConfig.h"
#include "OAuthSignInResult.h"
#include "SecretError.h"
#include "rest/WebhookCredential.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace mb {

class AccountStore;
class Credential;
class OAuthCredential;
class SecretStore;

// One account in use: its stored data and the live Credential that signs its calls. Creates
// accounts from a finished sign-in or a checked webhook, and reopens them from AccountStore +
// SecretStore at the next start. Keeps the settings in step with the credential (a rotated
// token's expiry, a relocated portal, the user id a refresh reveals); the secrets themselves
// are written by the credential (OAuthCredential) or here (webhook URL, client secret).
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
                     QNetworkAccessManager *nam = nullptr);
    // Stores a finished sign-in: updates the account of the same user on the same portal, or
    // adds one. `config` holds the client secret that signed in.
    static void saveOAuth(AccountStore *accounts, SecretStore *secrets,
                          const OAuthSignInResult &result, const OAuthClientConfig &config,
                          QObject *parent, Callback done, QNetworkAccessManager *nam = nullptr);
    // Stores a checked webhook (WebhookSetup::parts()): the URL goes to the keychain in its
    // normalised v3 form, the portal and user id to the settings.
    static void saveWebhook(AccountStore *accounts, SecretStore *secrets,
                            const WebhookCredential::Parts &parts, QObject *parent, Callback done);

    ~AccountSession() override;

    Account account() const { return m_account; }
    QString accountId() const { return m_account.id; }
    Credential *credential() const { return m_credential; }
    // Null for a webhook account.
    OAuthCredential *oauthCredential() const;

    // After "sign-in needed": installs a new sign-in of the same account and keeps the
    // credential object, so the caller's client and models stay as they are and can replay
    // what failed.
    void applySignIn(const OAuthSignInResult &result,
                     std::function<void(const SecretError &)> done = {});

Q_SIGNALS:
    // Settings could not be written (the secrets are fine); translated.
    void settingsNotSaved(const QString &why);

private:
    AccountSession(AccountStore *accounts, SecretStore *secrets, QObject *parent);
    void setCredential(Credential *credential);
    void syncAccount(); // credential -> settings
    static Account oauthAccount(const OAuthSignInResult &result);

    QPointer<AccountStore> m_accounts;
    QPointer<SecretStore> m_secrets;
    Account m_account;
    Credential *m_credential = nullptr;
};

} // namespace mb
