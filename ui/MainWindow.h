#pragma once

#include <QMainWindow>

class QLineEdit;
class QSplitter;
class QTableView;

namespace mb {

class AccountManager;
class AccountSession;
class AppSettings;
class FieldCatalog;
class MailboxDetailModel;
class MailboxFilterProxyModel;
class MailboxListModel;
class SessionController;

// The main window: the mailboxes of the open account with a search field, and the detail
// panel of the selected one beside them. It shows what the models hold and holds no network
// code; the SessionController says which account is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AccountManager *accounts, SessionController *sessions, AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    MailboxListModel *mailboxModel() const { return m_mailboxes; }
    MailboxDetailModel *detailModel() const { return m_detail; }
    QTableView *mailboxView() const { return m_mailboxView; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    // The user asked for the account dialog or the settings; main() opens them.
    void accountsRequested();
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onSessionChanged(AccountSession *session);
    void showSelectedMailbox();
    void restoreState();

    AccountManager *m_accounts;
    SessionController *m_sessions;
    AppSettings *m_settings;
    FieldCatalog *m_fields;
    MailboxListModel *m_mailboxes;
    MailboxFilterProxyModel *m_filter;
    MailboxDetailModel *m_detail;
    QLineEdit *m_search;
    QSplitter *m_splitter;
    QTableView *m_mailboxView;
    QTableView *m_detailView;
};

} // namespace mb
