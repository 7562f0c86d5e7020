#pragma once

#include "FileDialogs.h"
#include "rest/Mailbox.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMessageBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace mb {

class AccountCacheKeeper;
class AccountManager;
class AccountSession;
class AppSettings;
class FailureCoordinator;
class FieldCatalog;
class FieldModel;
class KeychainBanner;
class LoadState;
class MailboxDetailModel;
class MailboxDetailPanel;
class MailboxFilterProxyModel;
class MailboxListModel;
class RateMeter;
class RequestInspector;
class RestClient;
class RestError;
class SavedDataNotice;
class SenderModel;
class SendersPage;
class SessionController;
class StatusSummary;
class ViewPositionKeeper;
class WelcomePanel;

// The main window, three views of the open account in tabs: the mailboxes with a search field
// and the detail panel of the selected one, the senders the user may send from, and the field
// reference. Each view shows its model's loading, empty and error states. Menus and a toolbar
// carry refresh, copy and the exports; a request inspector dock and a rate meter in the status
// bar are there for support. It shows what the models hold and holds no network code; the
// SessionController says which account is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Tab { MailboxesTab, SendersTab, FieldsTab };
    Q_ENUM(Tab)
    enum class Format { Csv, Json };

    MainWindow(AccountManager *accounts, SessionController *sessions, AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    MailboxListModel *mailboxModel() const { return m_mailboxes; }
    MailboxDetailModel *detailModel() const { return m_detail; }
    SenderModel *senderModel() const { return m_senders; }
    FieldModel *fieldModel() const { return m_fieldModel; }
    QTableView *mailboxView() const { return m_mailboxView; }
    MailboxDetailPanel *detailPanel() const { return m_detailPanel; }
    QTableView *detailView() const { return m_detailView; }
    QTableView *senderView() const { return m_senderView; }
    SendersPage *sendersPage() const { return m_sendersPage; }
    QTableView *fieldView() const { return m_fieldView; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *scopeNotice() const { return m_notice; }
    // No account open: "Add account…" and "Try the sample portal".
    WelcomePanel *welcomePanel() const { return m_welcome; }
    // No keychain: "Keep for this session only"; main() probes at start.
    KeychainBanner *keychainBanner() const { return m_keychainBanner; }
    LoadState *mailboxState() const { return m_mailboxState; }
    LoadState *detailState() const { return m_detailState; }
    LoadState *senderState() const { return m_senderState; }
    LoadState *fieldState() const { return m_fieldState; }
    RequestInspector *requestInspector() const { return m_inspector; }
    RateMeter *rateMeter() const { return m_rateMeter; }
    StatusSummary *statusSummary() const { return m_status; }
    // The saved lists of a saved account: shown at the start, written after each load.
    AccountCacheKeeper *cacheKeeper() const { return m_cacheKeeper; }
    SavedDataNotice *savedDataNotice() const { return m_savedNotice; }

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *exportListCsvAction() const { return m_exportListCsv; }
    QAction *exportListJsonAction() const { return m_exportListJson; }
    // Export Selected Mailboxes as JSON (one selected: every field of the detail panel).
    QAction *exportMailboxAction() const { return m_exportMailbox; }
    QAction *exportSelectedCsvAction() const { return m_exportSelectedCsv; }
    QAction *exportSendersCsvAction() const { return m_exportSendersCsv; }
    QAction *exportSendersJsonAction() const { return m_exportSendersJson; }
    // The toolbar's export button: the list of the tab that is showing, as CSV.
    QAction *exportTabCsvAction() const { return m_exportTabCsv; }
    QAction *accountsAction() const { return m_accountsAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *aboutAction() const { return m_aboutAction; }
    QAction *inspectorAction() const;

    // Where exports and diagnostics ask for a file name; QFileDialog by default. Tests answer
    // with a path (or "" for a cancel).
    void setSaveFileNameProvider(SaveFileNameProvider provider);

    // The text Copy puts on the clipboard for `view`: its selected rows, tab-separated (the
    // detail panel: the selected fields' values, one a line).
    QString selectionText(const QTableView *view) const;

public Q_SLOTS:
    void refresh();
    void copySelection();
    // Ask for a file, then (for the lists: after every row has loaded) write it atomically.
    // The mailboxes as the list shows them: the rows its search lets through, in its order.
    void exportMailboxes(mb::MainWindow::Format format);
    // The rows selected in the mailbox list, in the list's order.
    void exportSelectedMailboxes(mb::MainWindow::Format format);
    void exportSenders(mb::MainWindow::Format format);
    // The version and what the app is for; the box is open (not exec'd) when this returns.
    QMessageBox *showAbout();

Q_SIGNALS:
    // The user asked for the account dialog or the settings; main() opens them.
    void accountsRequested();
    void settingsRequested();
    // "Try the sample portal" in the empty window; main() starts it.
    void samplePortalRequested();
    // The open account's sign-in failed for good; main() opens the account dialog to sign
    // in again. Once SessionController::sessionResumed() follows, what failed is retried and
    // the views carry on where they were: search text, selection and scroll stay.
    void signInRequested(const QString &accountId);
    // An export ended: `error` is empty when the file was written.
    void exportFinished(const QString &fileName, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct PendingExport
    {
        QString fileName;
        Format format;
    };

    QWidget *buildMailboxesTab();
    QWidget *buildSendersTab();
    QWidget *buildFieldsTab();
    void buildActions();
    void onSessionChanged(AccountSession *session);
    void onSessionResumed();
    void requestSignIn();
    void onBackingOff(const QString &method, qint64 delayMs, const RestError &cause);
    void noteOwnMailboxes(int first, int last);
    void showSelectedMailbox();
    void updateMailboxState();
    void updateDetailState();
    void updateSenderState();
    void updateFieldState();
    void updateActions();
    void updateExportTabAction();
    void updateTitle();
    void updateStatusSummary();
    void finishMailboxExport();
    QList<Mailbox> selectedMailboxes() const;
    void updateDetailSenders();
    void finishSenderExport();
    void writeExport(const QString &fileName, const QByteArray &bytes, const QString &what);
    QString askFile(const QString &caption, const QString &suggested, Format format);
    QTableView *copySource() const;
    void restoreState();

    SessionController *m_sessions;
    AppSettings *m_settings;
    QPointer<RestClient> m_client;
    FieldCatalog *m_fields;
    MailboxListModel *m_mailboxes;
    MailboxFilterProxyModel *m_filter;
    MailboxDetailModel *m_detail;
    SenderModel *m_senders;
    FieldModel *m_fieldModel;
    FailureCoordinator *m_failures;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_notice = nullptr;
    QLineEdit *m_search = nullptr;
    LoadState *m_mailboxState = nullptr;
    WelcomePanel *m_welcome = nullptr;
    KeychainBanner *m_keychainBanner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_mailboxView = nullptr;
    MailboxDetailPanel *m_detailPanel = nullptr;
    LoadState *m_detailState = nullptr;
    QTableView *m_detailView = nullptr;
    SendersPage *m_sendersPage = nullptr;
    LoadState *m_senderState = nullptr; // the page's
    QTableView *m_senderView = nullptr; // the page's
    LoadState *m_fieldState = nullptr;
    QTableView *m_fieldView = nullptr;
    RequestInspector *m_inspector = nullptr;
    RateMeter *m_rateMeter = nullptr;
    StatusSummary *m_status = nullptr;
    AccountCacheKeeper *m_cacheKeeper = nullptr;
    SavedDataNotice *m_savedNotice = nullptr;

    QAction *m_refreshAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_exportListCsv = nullptr;
    QAction *m_exportListJson = nullptr;
    QAction *m_exportMailbox = nullptr;
    QAction *m_exportSelectedCsv = nullptr;
    QAction *m_exportSendersCsv = nullptr;
    QAction *m_exportSendersJson = nullptr;
    QAction *m_exportTabCsv = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;

    ViewPositionKeeper *m_place = nullptr;
    QString m_placeAccount; // whose rows m_place remembers
    SaveFileNameProvider m_askFile = askSaveFileName;
    std::optional<PendingExport> m_mailboxExport;
    std::optional<PendingExport> m_senderExport;
};

} // namespace mb
