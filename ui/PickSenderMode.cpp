#include "PickSenderMode.h"

#include "SenderPicker.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/SessionController.h"
#include "models/SenderModel.h"
#include "rest/UntrustedText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextStream>
#include <QVBoxLayout>

namespace mb {

PickSenderDialog::PickSenderDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_picker(new SenderPicker(settings, this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Choose a sender"));
    m_status->setTextFormat(Qt::PlainText); // may hold the portal's words
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setAccessibleName(tr("Use this sender"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        // A sender typed in full is taken as if picked from the list.
        if (m_picker->commitInput())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_picker, &SenderPicker::currentSenderChanged, this, &PickSenderDialog::updateOk);
    connect(m_picker, &SenderPicker::inputChanged, this, &PickSenderDialog::updateOk);
    connect(m_picker->model(), &SenderModel::loadingChanged, this, &PickSenderDialog::updateStatus);
    connect(m_picker, &SenderPicker::signInRequested, this, [this] {
        setStatus(tr("The sign-in has expired. Sign in again in Mailbox Browser (File > "
                     "Accounts…) or with b24mail login, then choose Retry."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_picker);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    updateOk();
    m_picker->setFocus();
}

void PickSenderDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString PickSenderDialog::status() const
{
    return m_status->text();
}

void PickSenderDialog::updateOk()
{
    m_ok->setEnabled(m_picker->hasAcceptableInput());
}

void PickSenderDialog::updateStatus()
{
    if (m_picker->model()->isLoading())
        setStatus(tr("Loading the senders…"));
    else if (!m_picker->model()->errorMessage().isEmpty())
        setStatus(tr("The senders could not be loaded.")); // the picker's banner says why
    else
        setStatus(tr("Type to find a sender; Enter picks it."));
}

PickSenderMode::PickSenderMode(AccountManager *accounts, SessionController *sessions,
                               AppSettings *settings, QTextStream *out, QTextStream *err,
                               QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_out(out)
    , m_err(err)
{
    connect(m_sessions, &SessionController::sessionChanged, this,
            &PickSenderMode::onSessionChanged);
    connect(m_sessions, &SessionController::openFailed, this,
            [this](const QString &, const QString &why) {
                m_openError = why;
                if (m_dialog)
                    m_dialog->setStatus(why);
            });
}

PickSenderMode::~PickSenderMode()
{
    delete m_dialog;
}

bool PickSenderMode::startForAccount(const QString &accountName)
{
    std::optional<Account> account;
    QString why;
    if (accountName.isEmpty()) {
        account = m_accounts->currentAccount();
        if (!account)
            why = tr("No account is saved. Add one in Mailbox Browser (Accounts…) or with "
                     "b24mail login, or name one with --account.");
    } else {
        account = m_accounts->find(accountName, &why);
    }
    if (!account) {
        m_exitCode = NoAccount;
        *m_err << why << Qt::endl;
        return false;
    }
    showDialog(account->id, account->title());
    if (m_sessions->session() && m_sessions->session()->accountId() == account->id)
        onSessionChanged(m_sessions->session());
    else
        m_sessions->openAccount(account->id);
    return true;
}

void PickSenderMode::startForSession(const QString &accountKey, const QString &title)
{
    showDialog(accountKey, title);
    if (m_sessions->session())
        onSessionChanged(m_sessions->session());
}

void PickSenderMode::showDialog(const QString &accountKey, const QString &title)
{
    delete m_dialog;
    m_title = title;
    m_dialog = new PickSenderDialog(m_settings);
    m_dialog->setWindowTitle(tr("Choose a sender — %1").arg(title));
    m_dialog->setStatus(tr("Opening %1…").arg(title));
    m_dialog->picker()->setAccountKey(accountKey);
    connect(m_dialog, &QDialog::finished, this, &PickSenderMode::onDialogFinished);
    m_dialog->show();
}

void PickSenderMode::onSessionChanged(AccountSession *session)
{
    if (session)
        m_openError.clear();
    if (m_dialog)
        m_dialog->picker()->setClient(session ? session->client() : nullptr);
}

void PickSenderMode::onDialogFinished(int result)
{
    const std::optional<Sender> sender =
        m_dialog ? m_dialog->picker()->currentSender() : std::nullopt;
    const QString loadError = m_dialog ? m_dialog->picker()->model()->errorMessage() : QString();
    if (result == QDialog::Accepted && sender) {
        // One line a script can trust: no line breaks, escapes or bidi controls, neither
        // the portal's nor the isolates the picker shows around the name.
        *m_out << UntrustedText::plain(SenderModel::displayText(*sender)) << Qt::endl;
        m_exitCode = Chosen;
    } else if (!m_openError.isEmpty() || !loadError.isEmpty()) {
        // Closed without a choice because there was none to make: the portal's fault (or the
        // network's), not the user's cancel.
        *m_err << (loadError.isEmpty() ? m_openError : loadError) << Qt::endl;
        m_exitCode = PortalError;
    } else {
        m_exitCode = Cancelled;
    }
    Q_EMIT finished(m_exitCode);
}

} // namespace mb
