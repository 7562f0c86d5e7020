#include "AccountDialog.h"

#include "PermissionMatrix.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/OAuthClientConfig.h"
#include "auth/OAuthCredential.h"
#include "auth/SessionController.h"
#include "auth/WebhookSetup.h"
#include "models/PlainToolTip.h"
#include "rest/ScopeAdvice.h"
#include "settings/AppSettings.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWindow>

namespace mb {

namespace {

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(name);
    b->setAutoDefault(false);
    return b;
}

QLineEdit *field(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

AccountDialog::AccountDialog(AccountManager *accounts, SessionController *sessions,
                             AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_list(new QListWidget(this))
    , m_open(button(tr("Open"), tr("Open the selected account"), this))
    , m_signInAgain(button(tr("Sign in again"), tr("Sign in again to the selected account"), this))
    , m_remove(button(tr("Remove"), tr("Remove the selected account"), this))
    , m_showOAuth(button(tr("Add with OAuth…"), tr("Add an account with OAuth"), this))
    , m_showWebhook(button(tr("Add webhook…"), tr("Add an account with a webhook"), this))
    , m_sample(button(tr("Try the sample portal"), tr("Try the sample portal"), this))
    , m_webhookGroup(new QGroupBox(tr("Add a webhook"), this))
    , m_webhookUrl(field(tr("Webhook URL"), m_webhookGroup))
    , m_webhookAdd(button(tr("Check and add"), tr("Check and add the webhook"), m_webhookGroup))
    , m_webhook(new WebhookSetup(settings->networkAccess(), this))
    , m_oauthGroup(new QGroupBox(tr("Add with OAuth"), this))
    , m_portal(field(tr("Portal address"), m_oauthGroup))
    , m_clientId(field(tr("Client ID"), m_oauthGroup))
    , m_clientSecret(field(tr("Client secret"), m_oauthGroup))
    , m_fixedPort(new QRadioButton(tr("Use the fixed handler address"), m_oauthGroup))
    , m_pasteCode(new QRadioButton(tr("Paste the code the portal shows"), m_oauthGroup))
    , m_port(new QSpinBox(m_oauthGroup))
    , m_handler(new QLabel(m_oauthGroup))
    , m_code(field(tr("Code from the portal"), m_oauthGroup))
    , m_advancedToggle(new QToolButton(m_oauthGroup))
    , m_advanced(new QWidget(m_oauthGroup))
    , m_authServer(field(tr("Authorization server"), m_advanced))
    , m_submitCode(button(tr("Use the code"), tr("Use the pasted code"), m_oauthGroup))
    , m_signInButton(button(tr("Sign in"), tr("Sign in in the browser"), m_oauthGroup))
    , m_cancelSignIn(button(tr("Cancel sign-in"), tr("Cancel the sign-in"), m_oauthGroup))
    , m_status(new QLabel(this))
    , m_keepSessionOnly(
          button(tr("Keep for this session only"), tr("Keep sign-ins for this session only"), this))
    , m_scroll(new QScrollArea(this))
    , m_matrix(new PermissionMatrix(this))
{
    setWindowTitle(tr("Accounts"));
    m_confirm = [this](const QString &title) {
        return QMessageBox::question(
                   this, tr("Remove account"),
                   tr("Remove the account “%1” and its secrets from this computer?").arg(title)) ==
               QMessageBox::Yes;
    };

    m_list->setAccessibleName(tr("Saved accounts"));
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        onSessionChanged(m_sessions->session());
    });
    connect(m_list, &QListWidget::itemActivated, this, &AccountDialog::openSelected);
    connect(m_open, &QPushButton::clicked, this, &AccountDialog::openSelected);
    connect(m_signInAgain, &QPushButton::clicked, this, &AccountDialog::signInAgain);
    connect(m_remove, &QPushButton::clicked, this, &AccountDialog::removeSelected);
    connect(m_showOAuth, &QPushButton::clicked, this, &AccountDialog::showOAuthForm);
    connect(m_showWebhook, &QPushButton::clicked, this, [this] {
        m_webhookGroup->setVisible(true);
        m_oauthGroup->setVisible(false);
        m_webhookUrl->setFocus();
    });
    connect(m_sample, &QPushButton::clicked, this, &AccountDialog::samplePortalRequested);

    // Webhook
    m_webhookUrl->setPlaceholderText(QStringLiteral("https://portal.bitrix24.com/rest/1/…/"));
    connect(m_webhookUrl, &QLineEdit::returnPressed, this, &AccountDialog::addWebhook);
    connect(m_webhookAdd, &QPushButton::clicked, this, &AccountDialog::addWebhook);
    connect(m_webhook, &WebhookSetup::checked, this, &AccountDialog::onWebhookChecked);
    auto *webhookLayout = new QHBoxLayout(m_webhookGroup);
    webhookLayout->addWidget(m_webhookUrl, 1);
    webhookLayout->addWidget(m_webhookAdd);
    m_webhookGroup->setVisible(false);

    // OAuth
    m_portal->setPlaceholderText(QStringLiteral("https://portal.bitrix24.com/"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_fixedPort->setAccessibleName(tr("Use the fixed handler address"));
    m_pasteCode->setAccessibleName(tr("Paste the code the portal shows"));
    m_port->setRange(1024, 65535);
    m_port->setValue(7000);
    m_port->setAccessibleName(tr("Handler port"));
    m_fixedPort->setChecked(true);
    m_handler->setWordWrap(true);
    m_handler->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_submitCode->setEnabled(false);
    m_cancelSignIn->setEnabled(false);
    connect(m_fixedPort, &QRadioButton::toggled, this, &AccountDialog::updateHandler);
    connect(m_port, &QSpinBox::valueChanged, this, &AccountDialog::updateHandler);
    connect(m_signInButton, &QPushButton::clicked, this, &AccountDialog::startOAuth);
    connect(m_submitCode, &QPushButton::clicked, this, [this] {
        if (!m_signIn || !m_signIn->submitCode(m_code->text()))
            setStatus(tr("There is no code in the pasted text."));
    });
    connect(m_cancelSignIn, &QPushButton::clicked, this, [this] {
        if (m_signIn)
            m_signIn->cancel();
    });
    // Advanced: the authorization server, for on-premise portals and the local portal.
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setAccessibleName(tr("Show advanced sign-in settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_authServer->setText(OAuthClientConfig::defaultAuthorizationServer().toString());
    m_authServer->setToolTip(tr("Where tokens are issued and renewed: %1 for Bitrix24 cloud "
                                "portals; an on-premise portal may have its own.")
                                 .arg(OAuthClientConfig::defaultAuthorizationServer().toString()));
    auto *advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    advancedLayout->addRow(tr("Authorization server:"), m_authServer);
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });

    // A plain form: every field at its natural height, rows wrapped when labels are long
    // (German, Russian), nothing squeezed; the scroll area takes what does not fit.
    auto *oauthLayout = new QFormLayout(m_oauthGroup);
    oauthLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    oauthLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    oauthLayout->addRow(tr("Portal address:"), m_portal);
    oauthLayout->addRow(tr("Client ID:"), m_clientId);
    oauthLayout->addRow(tr("Client secret:"), m_clientSecret);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_fixedPort);
    portRow->addWidget(m_port);
    portRow->addStretch(1);
    oauthLayout->addRow(portRow);
    oauthLayout->addRow(m_handler);
    oauthLayout->addRow(m_pasteCode);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_submitCode);
    oauthLayout->addRow(tr("Code:"), codeRow);
    oauthLayout->addRow(m_advancedToggle);
    oauthLayout->addRow(m_advanced);
    auto *signInRow = new QHBoxLayout;
    signInRow->addStretch(1);
    signInRow->addWidget(m_cancelSignIn);
    signInRow->addWidget(m_signInButton);
    oauthLayout->addRow(signInRow);
    m_oauthGroup->setVisible(false);
    updateHandler();

    m_status->setTextFormat(Qt::PlainText); // may hold the portal's words
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_keepSessionOnly->setVisible(false);
    connect(m_keepSessionOnly, &QPushButton::clicked, this, [this] {
        m_keepSessionOnly->setVisible(false);
        m_accounts->keepForSessionOnly();
        if (const auto retry = std::exchange(m_retrySave, {}))
            retry();
    });

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_open, m_signInAgain, m_remove, m_showOAuth, m_showWebhook, m_sample})
        side->addWidget(b);
    side->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(side);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_keepSessionOnly, 0, Qt::AlignTop);

    // Everything but Close scrolls, so the dialog never needs more than the screen.
    auto *content = new QWidget(m_scroll);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top, 1);
    contentLayout->addWidget(m_webhookGroup);
    contentLayout->addWidget(m_oauthGroup);
    contentLayout->addLayout(statusRow);
    contentLayout->addWidget(new QLabel(tr("What the open account may do:"), content));
    contentLayout->addWidget(m_matrix, 1);
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    fitToScreen();

    connect(m_accounts, &AccountManager::accountsChanged, this, &AccountDialog::refresh);
    connect(m_sessions, &SessionController::sessionChanged, this, &AccountDialog::onSessionChanged);
    connect(m_sessions, &SessionController::openFailed, this,
            [this](const QString &, const QString &why) { setStatus(why); });
    refresh();
    onSessionChanged(m_sessions->session());
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitToScreen(); // the screen and the window frame are known for sure only now
}

void AccountDialog::fitToScreen()
{
    const QScreen *where = screen();
    if (!where)
        return;
    // The frame (title bar, borders) counts too: the whole window must fit.
    const QMargins frame = windowHandle() ? windowHandle()->frameMargins() : QMargins();
    const QSize available = where->availableGeometry().size().shrunkBy(frame);
    setMaximumSize(available);
    // What the content asks for, at least the size the dialog always had, at most the screen.
    const QSize wanted = sizeHint().expandedTo(QSize(640, 560));
    resize(wanted.boundedTo(available));
}

void AccountDialog::showOAuthForm()
{
    m_oauthGroup->setVisible(true);
    m_webhookGroup->setVisible(false);
    m_portal->setFocus();
    // Once laid out, scroll so that the form's last row (Sign in) is in view.
    QTimer::singleShot(0, this, [this] { m_scroll->ensureWidgetVisible(m_signInButton); });
}

void AccountDialog::offerSessionOnly(const SecretError &error, std::function<void()> retry)
{
    if (!error.isStoreUnavailable() || m_accounts->isSessionOnly())
        return;
    m_retrySave = std::move(retry);
    m_keepSessionOnly->setVisible(true);
}

void AccountDialog::setBrowserOpener(OAuthSignIn::BrowserOpener opener)
{
    m_opener = std::move(opener);
}

void AccountDialog::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

QString AccountDialog::selectedAccountId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AccountDialog::selectAccount(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

QString AccountDialog::statusText() const
{
    return m_status->text();
}

void AccountDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void AccountDialog::refresh()
{
    const QString selected = selectedAccountId();
    const QString current = m_accounts->currentAccountId();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Account &account : m_accounts->accounts()) {
        const bool isCurrent = account.id == current;
        const QString title = isCurrent ? tr("%1 (current)").arg(account.title()) : account.title();
        // A second line: how it signs in and where, so two accounts of one name differ.
        const QString kind = account.authKind == Account::AuthKind::OAuth     ? tr("OAuth")
                             : account.authKind == Account::AuthKind::Webhook ? tr("Webhook")
                                                                              : tr("Unknown");
        QString where = tr("%1 · %2").arg(kind, account.portalUrl.host());
        if (m_accounts->store()->isSessionOnly(account.id))
            where = tr("%1 · this session only").arg(where);
        auto *item = new QListWidgetItem(title + u'\n' + where, m_list);
        item->setData(Qt::UserRole, account.id);
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(title, where));
        item->setToolTip(plainToolTip(account.portalUrl.toDisplayString()));
        if (isCurrent) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    selectAccount(selected.isEmpty() ? current : selected);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void AccountDialog::updateButtons()
{
    const bool any = !selectedAccountId().isEmpty();
    m_open->setEnabled(any);
    m_signInAgain->setEnabled(any);
    m_remove->setEnabled(any);
}

void AccountDialog::updateHandler()
{
    m_port->setEnabled(m_fixedPort->isChecked());
    m_code->setEnabled(true);
    if (m_fixedPort->isChecked()) {
        m_handler->setText(tr("Register this handler address on the application's card: %1")
                               .arg(OAuthSignIn::handlerAddress(oauthConfig()).toString()));
    } else {
        m_handler->setText(tr("Leave the handler address empty on the application's card; "
                              "paste the code the portal shows."));
    }
}

const OAuthCredential *AccountDialog::openOAuthCredential(const QString &accountId) const
{
    const AccountSession *open = m_sessions->session();
    return open && open->accountId() == accountId ? open->oauthCredential() : nullptr;
}

OAuthClientConfig AccountDialog::oauthConfig() const
{
    OAuthClientConfig config = m_sessions->oauthConfig();
    config.clientId = m_clientId->text().trimmed();
    config.clientSecret = m_clientSecret->text().trimmed();
    // Signing the open account in again: the secret it was stored with serves unless the
    // user typed another, so an expired sign-in costs one click in the browser.
    const OAuthCredential *oauth = openOAuthCredential(selectedAccountId());
    if (config.clientSecret.isEmpty() && oauth && oauth->config().clientId == config.clientId)
        config.clientSecret = oauth->config().clientSecret;
    // The code exchange and every refresh go there (the authorize page is the portal's).
    if (const auto server = OAuthClientConfig::parseAuthorizationServer(m_authServer->text()))
        config.authorizationServer = *server;
    config.redirectPort = m_fixedPort->isChecked() ? quint16(m_port->value()) : 0;
    if (m_fixedPort->isChecked())
        config.redirectHost = OAuthClientConfig::RedirectHost::Localhost;
    return config;
}

void AccountDialog::addWebhook()
{
    m_webhook->setClientOptions(m_settings->sessionSettings().client);
    if (!m_webhook->check(m_webhookUrl->text().trimmed())) {
        setStatus(m_webhook->errorString());
        return;
    }
    m_webhookAdd->setEnabled(false);
    setStatus(tr("Checking the webhook…"));
}

void AccountDialog::onWebhookChecked()
{
    m_webhookAdd->setEnabled(true);
    const QString verdict = m_webhook->statusMessage();
    setStatus(verdict);
    if (!WebhookSetup::worthKeeping(m_webhook->status()))
        return;
    saveWebhook(m_webhook->parts(), verdict);
}

void AccountDialog::saveWebhook(const WebhookCredential::Parts &parts, const QString &verdict)
{
    AccountSession::saveWebhook(
        m_accounts->store(), m_accounts->secrets(), parts, this,
        [this, parts, verdict](AccountSession *session, const QString &error,
                               const SecretError &keychainError) {
            adoptSaved(session, error);
            if (session) {
                m_webhookUrl->clear();
                setStatus(verdict);
            } else {
                offerSessionOnly(keychainError,
                                 [this, parts, verdict] { saveWebhook(parts, verdict); });
            }
        },
        m_settings->sessionSettings());
}

void AccountDialog::startOAuth()
{
    const QUrl portal = QUrl::fromUserInput(m_portal->text().trimmed());
    if (!portal.isValid() || portal.host().isEmpty()) {
        setStatus(tr("Enter the portal's address, e.g. https://portal.bitrix24.com/."));
        return;
    }
    if (m_clientId->text().trimmed().isEmpty()) {
        setStatus(tr("Enter the client ID from the application's card."));
        return;
    }
    if (!OAuthClientConfig::parseAuthorizationServer(m_authServer->text())) {
        m_advancedToggle->setChecked(true);
        m_authServer->setFocus();
        setStatus(tr("The authorization server must be an https address such as %1 (plain "
                     "http only on this computer).")
                      .arg(OAuthClientConfig::defaultAuthorizationServer().toString()));
        return;
    }
    delete m_signIn;
    const OAuthClientConfig config = oauthConfig();
    m_signIn = new OAuthSignIn(config, m_opener, m_settings->networkAccess(), this);
    connect(m_signIn, &OAuthSignIn::succeeded, this, &AccountDialog::onSignedIn);
    connect(m_signIn, &OAuthSignIn::failed, this, [this](const OAuthError &error) {
        setStatus(error.userMessage());
        m_submitCode->setEnabled(false);
        m_cancelSignIn->setEnabled(false);
        m_signInButton->setEnabled(true);
    });
    connect(m_signIn, &OAuthSignIn::scopeMissing, this, [this] {
        setStatus(tr("The application was not granted the “mail” scope; the account is kept, "
                     "but mailboxes cannot be read until the scope is added.") +
                  QLatin1Char(' ') + ScopeAdvice::text(ScopeAdvice::For::Application));
    });
    connect(m_signIn, &OAuthSignIn::browserOpened, this, [this](const QUrl &url) {
        setStatus(tr("Approve the access in the browser. If it did not open, visit: %1")
                      .arg(url.toString()));
    });
    m_submitCode->setEnabled(true);
    m_cancelSignIn->setEnabled(true);
    m_signInButton->setEnabled(false);
    m_signIn->start(portal, m_pasteCode->isChecked() ? OAuthSignIn::Mode::PastedCode
                                                     : OAuthSignIn::Mode::LoopbackRedirect);
}

void AccountDialog::onSignedIn(const OAuthSignInResult &result)
{
    m_submitCode->setEnabled(false);
    m_cancelSignIn->setEnabled(false);
    m_signInButton->setEnabled(true);
    const bool resumed = m_sessions->resumeWithSignIn(result, [this](const SecretError &error) {
        if (error.isError()) {
            setStatus(tr("Signed in again, but the keychain did not store the new sign-in: %1")
                          .arg(error.userMessage()));
            return; // stay open: the user should read this
        }
        m_clientSecret->clear();
        m_code->clear();
        setStatus(tr("Signed in again; the account carries on."));
        if (m_closeWhenResumed)
            accept();
    });
    if (resumed) {
        setStatus(tr("Signed in; storing the new sign-in…"));
        return;
    }
    saveSignIn(result, m_signIn->config());
}

void AccountDialog::saveSignIn(const OAuthSignInResult &result, const OAuthClientConfig &config)
{
    setStatus(tr("Signed in; saving the account…"));
    AccountSession::saveOAuth(
        m_accounts->store(), m_accounts->secrets(), result, config, this,
        [this, result, config](AccountSession *session, const QString &error,
                               const SecretError &keychainError) {
            adoptSaved(session, error);
            if (session) {
                m_clientSecret->clear();
                m_code->clear();
                setStatus(tr("The account was added."));
            } else {
                // The sign-in is not lost: its tokens are saved again once the user chooses.
                offerSessionOnly(keychainError,
                                 [this, result, config] { saveSignIn(result, config); });
            }
        },
        m_settings->sessionSettings());
}

void AccountDialog::adoptSaved(AccountSession *session, const QString &error)
{
    if (!session) {
        setStatus(error);
        return;
    }
    QStringList problems;
    const Account account = m_accounts->adopt(session->account(), {}, &problems);
    session->deleteLater(); // the SessionController opens its own
    refresh();
    selectAccount(account.id);
    if (!problems.isEmpty())
        setStatus(problems.join(u'\n'));
    m_pendingOpen = account.id;
    m_sessions->openAccount(account.id);
}

void AccountDialog::removeSelected()
{
    const QString id = selectedAccountId();
    const std::optional<Account> account = m_accounts->account(id);
    if (!account || !m_confirm(account->title()))
        return;
    if (m_sessions->session() && m_sessions->session()->accountId() == id)
        m_sessions->close();
    m_accounts->store()->remove(
        id, AccountStore::RemovePolicy::KeepAccountIfKeychainFails, this,
        [this, title = account->title()](bool removed, const SecretError &keychainError) {
            if (removed && !keychainError.isError())
                setStatus(tr("The account “%1” was removed.").arg(title));
            else if (removed)
                setStatus(tr("The account “%1” was removed, but its keychain entries may "
                             "remain: %2")
                              .arg(title, keychainError.userMessage()));
            else
                setStatus(tr("The account “%1” was kept: %2")
                              .arg(title, keychainError.isError()
                                              ? keychainError.userMessage()
                                              : m_accounts->store()->errorString()));
            m_accounts->reload();
            refresh();
        });
}

void AccountDialog::openSelected()
{
    const QString id = selectedAccountId();
    if (id.isEmpty())
        return;
    m_pendingOpen = id;
    setStatus(tr("Opening…"));
    m_sessions->openAccount(id);
}

void AccountDialog::signInAgain()
{
    const std::optional<Account> account = m_accounts->account(selectedAccountId());
    if (!account)
        return;
    if (account->authKind == Account::AuthKind::OAuth) {
        m_portal->setText(account->portalUrl.toString());
        m_clientId->setText(account->clientId);
        if (!account->authorizationServer.isEmpty())
            m_authServer->setText(account->authorizationServer.toString());
        m_oauthGroup->setVisible(true);
        m_webhookGroup->setVisible(false);
        if (openOAuthCredential(account->id)) {
            m_signInButton->setFocus();
            setStatus(tr("Sign in again in the browser; the stored client secret is used "
                         "unless you enter another."));
        } else {
            m_clientSecret->setFocus();
            setStatus(tr("Enter the client secret and sign in; the account is continued."));
        }
    } else {
        m_webhookGroup->setVisible(true);
        m_oauthGroup->setVisible(false);
        m_webhookUrl->setFocus();
        setStatus(tr("Paste the webhook's URL again; the account is updated."));
    }
}

void AccountDialog::beginSignInAgain(const QString &accountId)
{
    selectAccount(accountId);
    if (selectedAccountId() != accountId)
        return;
    m_closeWhenResumed = true;
    signInAgain();
}

void AccountDialog::onSessionChanged(AccountSession *session)
{
    const bool selectedIsOpen =
        session && session->isSaved() && session->accountId() == selectedAccountId();
    if (session && session->isSaved() && session->accountId() == m_pendingOpen) {
        m_pendingOpen.clear();
        if (statusText() == tr("Opening…"))
            setStatus(tr("Opened."));
    }
    RestClient *client = selectedIsOpen ? session->client() : nullptr;
    if (client != m_matrix->client())
        m_matrix->setClient(client);
}

} // namespace mb
