#pragma once

#include "auth/OAuthSignIn.h"
#include "auth/SecretError.h"
#include "rest/WebhookCredential.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QToolButton;
class QSpinBox;

namespace mb {

class AccountManager;
class AccountSession;
class AppSettings;
class OAuthCredential;
class PermissionMatrix;
class SessionController;
class WebhookSetup;

// "Accounts…": the saved accounts (the current one marked), adding one with OAuth or a
// webhook, removing one, signing in again, opening one, the sample portal, and what the open
// account may do (PermissionMatrix). Holds no network code: sign-in, the webhook check and
// the probe are services of app/auth, sessions come from the SessionController.
class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    // Asks the user to confirm removing the account called `title`.
    using Confirm = std::function<bool(const QString &title)>;

    AccountDialog(AccountManager *accounts, SessionController *sessions, AppSettings *settings,
                  QWidget *parent = nullptr);
    ~AccountDialog() override;

    // The system browser by default (QDesktopServices::openUrl); tests script one.
    void setBrowserOpener(OAuthSignIn::BrowserOpener opener);
    // A question box by default.
    void setConfirm(Confirm confirm);

    // The selected account's id, empty when none.
    QString selectedAccountId() const;
    void selectAccount(const QString &id);

    // Adds the webhook in the URL field: checks it, saves it, opens it.
    void addWebhook();
    // Starts the OAuth sign-in with the fields' values.
    void startOAuth();
    void removeSelected();
    void openSelected();
    void signInAgain();
    // Opened because the open account's sign-in expired: selects it, prepares the sign-in,
    // and closes the dialog once the session carries on with the new sign-in.
    void beginSignInAgain(const QString &accountId);

    QListWidget *accountList() const { return m_list; }
    QLineEdit *webhookField() const { return m_webhookUrl; }
    QPushButton *webhookAddButton() const { return m_webhookAdd; }
    QLineEdit *portalField() const { return m_portal; }
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *clientSecretField() const { return m_clientSecret; }
    QLineEdit *codeField() const { return m_code; }
    QSpinBox *portField() const { return m_port; }
    QRadioButton *fixedPortChoice() const { return m_fixedPort; }
    QRadioButton *pasteCodeChoice() const { return m_pasteCode; }
    QLabel *handlerLabel() const { return m_handler; }
    // Advanced (collapsed by default): the authorization server.
    QToolButton *advancedToggle() const { return m_advancedToggle; }
    QLineEdit *authServerField() const { return m_authServer; }
    // Shown when saving failed for want of a keychain: keeps sign-ins for this session only
    // and saves again.
    QPushButton *sessionOnlyButton() const { return m_keepSessionOnly; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QPushButton *signInButton() const { return m_signInButton; }
    QPushButton *cancelSignInButton() const { return m_cancelSignIn; }
    QPushButton *submitCodeButton() const { return m_submitCode; }
    // Shows the OAuth form (as "Add with OAuth…" does).
    void showOAuthForm();
    PermissionMatrix *permissionMatrix() const { return m_matrix; }
    OAuthSignIn *signIn() const { return m_signIn; }
    QString statusText() const;

Q_SIGNALS:
    // "Try the sample portal": main() starts it.
    void samplePortalRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    // Never larger than the screen's available area: what does not fit scrolls.
    void fitToScreen();
    void saveWebhook(const WebhookCredential::Parts &parts, const QString &verdict);
    void saveSignIn(const OAuthSignInResult &result, const OAuthClientConfig &config);
    // A save failed: when for want of a keychain, offers "Keep for this session only",
    // which runs `retry` once chosen.
    void offerSessionOnly(const SecretError &error, std::function<void()> retry);
    void updateButtons();
    void updateHandler();
    void setStatus(const QString &text);
    void onWebhookChecked();
    void onSignedIn(const OAuthSignInResult &result);
    void adoptSaved(AccountSession *session, const QString &error);
    void onSessionChanged(AccountSession *session);
    OAuthClientConfig oauthConfig() const;
    // The credential of the open session when it is this OAuth account's; null otherwise.
    const OAuthCredential *openOAuthCredential(const QString &accountId) const;

    AccountManager *m_accounts;
    SessionController *m_sessions;
    AppSettings *m_settings;
    OAuthSignIn::BrowserOpener m_opener;
    Confirm m_confirm;

    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_signInAgain;
    QPushButton *m_remove;
    QPushButton *m_showOAuth;
    QPushButton *m_showWebhook;
    QPushButton *m_sample;

    QGroupBox *m_webhookGroup;
    QLineEdit *m_webhookUrl;
    QPushButton *m_webhookAdd;
    WebhookSetup *m_webhook;

    QGroupBox *m_oauthGroup;
    QLineEdit *m_portal;
    QLineEdit *m_clientId;
    QLineEdit *m_clientSecret;
    QRadioButton *m_fixedPort;
    QRadioButton *m_pasteCode;
    QSpinBox *m_port;
    QLabel *m_handler;
    QLineEdit *m_code;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_authServer;
    QPushButton *m_submitCode;
    QPushButton *m_signInButton;
    QPushButton *m_cancelSignIn;
    OAuthSignIn *m_signIn = nullptr;

    QLabel *m_status;
    QPushButton *m_keepSessionOnly;
    std::function<void()> m_retrySave;
    QScrollArea *m_scroll;
    PermissionMatrix *m_matrix;
    QString m_pendingOpen; // an account saved here, to open and probe
    bool m_closeWhenResumed = false;
};

} // namespace mb
