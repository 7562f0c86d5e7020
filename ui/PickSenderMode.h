#pragma once

#include <QDialog>
#include <QObject>
#include <QPointer>

class QLabel;
class QPushButton;
class QTextStream;

namespace mb {

class AccountManager;
class AccountSession;
class AppSettings;
class SenderPicker;
class SessionController;

// The small dialog of `mailbox-browser --pick-sender`: the sender picker with OK and Cancel.
// OK is on while the picker's input is a sender (SenderPicker::hasAcceptableInput); the
// picker says under its field why not, and shows a failed load with Retry (a portal that
// moved to another domain with Follow and Don't Follow).
class PickSenderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PickSenderDialog(AppSettings *settings, QWidget *parent = nullptr);

    SenderPicker *picker() const { return m_picker; }
    // Shown above the picker: which account, or why it could not be opened.
    void setStatus(const QString &text);
    QString status() const;

private:
    void updateOk();
    void updateStatus();

    SenderPicker *m_picker;
    QLabel *m_status;
    QPushButton *m_ok;
};

// `--pick-sender [--account NAME]`: opens the named (or current) saved account through the
// SessionController, shows only the picker, and prints the chosen "Name <email>" on `out`:
// one line of plain text (UntrustedText::plain: no line breaks, control characters or bidi
// controls, the portal's or the picker's isolates), so a script reads exactly one sender.
// Exit codes (also in `--help` and the README): 0 a sender was chosen, 1 cancelled, 2 usage
// (a wrong option, no such account), 3 the portal or the network failed: the account could
// not be opened or the senders not loaded, and the dialog was closed without a choice (the
// reason on `err`).
class PickSenderMode : public QObject
{
    Q_OBJECT
public:
    enum ExitCode { Chosen = 0, Cancelled = 1, Usage = 2, NoAccount = Usage, PortalError = 3 };

    PickSenderMode(AccountManager *accounts, SessionController *sessions, AppSettings *settings,
                   QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~PickSenderMode() override;

    // The saved account called `accountName` (empty: the current one). False when there is
    // none: the reason is on `err` and the exit code is NoAccount; else the dialog is shown
    // and finished() follows.
    bool startForAccount(const QString &accountName);
    // For a session opened elsewhere (the demo's sample portal); choices are remembered
    // under `accountKey`.
    void startForSession(const QString &accountKey, const QString &title);

    PickSenderDialog *dialog() const { return m_dialog; }
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    void showDialog(const QString &accountKey, const QString &title);
    void onSessionChanged(AccountSession *session);
    void onDialogFinished(int result);

    AccountManager *m_accounts;
    SessionController *m_sessions;
    AppSettings *m_settings;
    QTextStream *m_out;
    QTextStream *m_err;
    QPointer<PickSenderDialog> m_dialog;
    QString m_title;
    QString m_openError; // why the account could not be opened
    int m_exitCode = Cancelled;
};

} // namespace mb
