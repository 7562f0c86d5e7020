#pragma once

#include "AccountSession.h"
#include "OAuthClientConfig.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace mb {

class AccountManager;
class RestClient;

// Which account the GUI talks to right now: opens one AccountSession at a time (for a saved
// account, or for the sample portal's webhook in the demo), closes the previous one first, and
// tells the models through sessionChanged(). Sessions are opened with the settings given by
// setSessionSettings(); a change applies to the next session.
class SessionController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool opening READ isOpening NOTIFY openingChanged)
public:
    SessionController(AccountManager *accounts, QObject *parent = nullptr);
    ~SessionController() override;

    void setSessionSettings(const SessionSettings &settings) { m_settings = settings; }
    // Authorization server and trust for OAuth accounts (client_id and secret come from the
    // account and the keychain).
    void setOAuthConfig(const OAuthClientConfig &config) { m_oauth = config; }
    const OAuthClientConfig &oauthConfig() const { return m_oauth; }

    AccountSession *session() const { return m_session; }
    RestClient *client() const;
    bool isOpening() const { return m_opening > 0 || !m_expected.isEmpty(); }
    // What is being opened, for "Opening …": the saved account's title or the name given
    // to expectSession(); empty when nothing is.
    QString openingName() const;
    // The open session's name: the saved account's title, or the name an unsaved session
    // was opened with ("Sample portal"); empty without a session.
    QString sessionName() const;
    // Whether the open session is the bundled sample portal's.
    bool isSamplePortal() const { return m_session && m_sample; }

    // Closes the current session and opens this saved account; sessionChanged() follows.
    void openAccount(const QString &accountId);
    // The account manager's current account, if there is one.
    void openCurrent();
    // A session that is not saved, for the sample portal's webhook.
    void openUnsavedWebhook(const QUrl &webhookUrl);
    // The sample portal's webhook: named "Sample portal", marked as sample data.
    void openSamplePortal(const QUrl &webhookUrl);
    // A session called `name` is on its way but cannot be opened yet (the sample portal is
    // starting): views say "Opening …" instead of "no account" until the next open, close
    // or cancelExpectedSession().
    void expectSession(const QString &name);
    void cancelExpectedSession();
    void close();

    // After signInNeeded(): when `result` signs in the open account again, installs it in
    // the open session (its client and every model on it stay as they are), calls `done`
    // once the tokens are stored and emits sessionResumed(). Returns false, doing nothing,
    // for a sign-in of another account or when no OAuth account is open.
    bool resumeWithSignIn(const OAuthSignInResult &result,
                          std::function<void(const SecretError &)> done = {});

Q_SIGNALS:
    void openingChanged(bool opening);
    // The new session, or null after close() or a failed open.
    void sessionChanged(mb::AccountSession *session);
    // Translated; the account stays saved.
    void openFailed(const QString &accountId, const QString &why);
    // The open account's sign-in was refused for good: sign in again.
    void signInNeeded(const QString &accountId);
    // The open session signed in again (resumeWithSignIn): what failed may be retried.
    void sessionResumed(mb::AccountSession *session);

private:
    void adopt(AccountSession *session, const QString &unsavedName = {}, bool sample = false);
    void openWebhook(const QUrl &webhookUrl, const QString &name, bool sample);
    void setOpening(int delta);

    AccountManager *m_accounts;
    SessionSettings m_settings;
    OAuthClientConfig m_oauth;
    QPointer<AccountSession> m_session;
    quint64 m_generation = 0; // an open that finishes after a newer one is dropped
    int m_opening = 0;
    QString m_openingName;
    QString m_expected; // expectSession()'s name until a session comes or it is cancelled
    QString m_unsavedName;
    bool m_sample = false;
};

} // namespace mb
