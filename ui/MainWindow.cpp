#include "MainWindow.h"

#include "ErrorBanner.h"
#include "FailureCoordinator.h"
#include "KeychainBanner.h"
#include "LoadState.h"
#include "MailboxDetailPanel.h"
#include "RateMeter.h"
#include "RequestInspector.h"
#include "Retranslator.h"
#include "RowTable.h"
#include "SavedDataNotice.h"
#include "ScrollAnchor.h"
#include "SendersPage.h"
#include "StatusSummary.h"
#include "ViewPositionKeeper.h"
#include "WelcomePanel.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/SessionController.h"
#include "models/AccountCacheKeeper.h"
#include "models/ExportFormat.h"
#include "models/FieldCatalog.h"
#include "models/FieldModel.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"
#include "models/SenderModel.h"
#include "rest/Credential.h"
#include "rest/RestClient.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace mb {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
const QString mailboxHeaderKey = QStringLiteral("mainWindow/mailboxHeader");

void setUpTable(QTableView *view)
{
    setUpRowTable(view);
    view->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

MainWindow::MainWindow(AccountManager *accounts, SessionController *sessions, AppSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_fields(new FieldCatalog(this))
    , m_mailboxes(new MailboxListModel(this))
    , m_filter(new MailboxFilterProxyModel(this))
    , m_detail(new MailboxDetailModel(m_fields, this))
    , m_senders(new SenderModel(this))
    , m_fieldModel(new FieldModel(m_fields, this))
    , m_failures(new FailureCoordinator(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/mailbox-browser.svg")));
    m_filter->setSourceModel(m_mailboxes);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildMailboxesTab(), QString());
    m_tabs->addTab(buildSendersTab(), QString());
    m_tabs->addTab(buildFieldsTab(), QString());
    // The keychain banner above the tabs: it concerns every view.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_keychainBanner = new KeychainBanner(accounts, central);
    centralLayout->addWidget(m_keychainBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_inspector = new RequestInspector(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->hide();

    m_rateMeter = new RateMeter(this);
    m_status = new StatusSummary(this);
    m_cacheKeeper = new AccountCacheKeeper(m_mailboxes, m_senders, m_fields, this);
    m_cacheKeeper->setDirectory(accounts->cacheDirectory());
    m_savedNotice = new SavedDataNotice(m_mailboxes, this);
    // The start opens the current account before the window exists: its saved lists are read
    // meanwhile.
    if (m_sessions->isOpening() && !m_sessions->session())
        m_cacheKeeper->prefetch(accounts->currentAccountId());
    statusBar()->addPermanentWidget(m_savedNotice);
    statusBar()->addPermanentWidget(m_status);
    statusBar()->addPermanentWidget(m_rateMeter);
    connect(m_tabs, &QTabWidget::currentChanged, m_status, &StatusSummary::setCurrentView);

    buildActions();

    connect(m_sessions, &SessionController::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_sessions, &SessionController::openingChanged, this, [this] {
        updateTitle();
        updateMailboxState();
        updateSenderState();
        updateFieldState();
    });
    connect(m_sessions, &SessionController::openFailed, this,
            [this](const QString &, const QString &why) { statusBar()->showMessage(why); });
    connect(m_sessions, &SessionController::signInNeeded, this, [this] {
        statusBar()->showMessage(
            tr("The sign-in has expired. Sign in again to carry on where you were."));
    });
    connect(m_sessions, &SessionController::sessionResumed, this, &MainWindow::onSessionResumed);
    for (LoadState *state : {m_mailboxState, m_detailState, m_senderState, m_fieldState}) {
        connect(state, &LoadState::signInRequested, this, &MainWindow::requestSignIn);
        // Allowed for this session only; kept once the new address answered (relocated).
        connect(state, &LoadState::moveAccepted, this, [this](const QUrl &portal) {
            if (m_client) {
                m_client->allowMoveTo(portal);
                m_failures->retryAll();
            }
        });
    }
    // One failure, one banner: Retry asks every failed view again; the detail pane under
    // the list shows a quiet line when it failed for the list's reason.
    m_failures->addView(m_mailboxState, [this] { m_mailboxes->retry(); });
    m_failures->addView(
        m_detailState,
        [this] {
            if (m_detail->mailboxId() != 0)
                m_detail->showMailbox(m_detail->mailboxId());
        },
        m_mailboxState);
    m_failures->addView(m_senderState, [this] { m_senders->reload(); });
    m_failures->addView(m_fieldState, [this] { m_fieldModel->reload(); });
    onSessionChanged(m_sessions->session());
    restoreState();

    // A language chosen in Settings reaches every string at once: the fixed ones here, and
    // those the views' states compose from their models.
    Retranslator::bind(this, [this] {
        m_tabs->tabBar()->setAccessibleName(tr("Views"));
        m_tabs->setTabText(MailboxesTab, tr("&Mailboxes"));
        m_tabs->setTabText(SendersTab, tr("&Senders"));
        m_tabs->setTabText(FieldsTab, tr("F&ields"));
        updateTitle();
        updateMailboxState();
        updateDetailState();
        updateSenderState();
        updateFieldState();
        updateActions();
    });
}

MainWindow::~MainWindow()
{
    // While the models are whole: what a load just brought is written before they go.
    m_cacheKeeper->flush();
}

QWidget *MainWindow::buildMailboxesTab()
{
    auto *page = new QWidget(this);
    m_notice = new QLabel(page);
    m_notice->setWordWrap(true);
    m_search = new QLineEdit(page);
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_mailboxes, &MailboxListModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_mailboxes, &MailboxListModel::searchNow);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        if (m_tabs->currentIndex() == SendersTab) { // Ctrl+F searches the tab that is showing
            m_sendersPage->focusSearch();
            return;
        }
        m_tabs->setCurrentIndex(MailboxesTab);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_mailboxState = new LoadState(page);
    m_welcome = new WelcomePanel(page);
    connect(m_welcome, &WelcomePanel::addAccountRequested, this, &MainWindow::accountsRequested);
    connect(m_welcome, &WelcomePanel::samplePortalRequested, this,
            &MainWindow::samplePortalRequested);
    for (auto signal : {&MailboxListModel::loadingChanged, &MailboxListModel::completeChanged,
                        &MailboxListModel::emptyChanged})
        connect(m_mailboxes, signal, this, &MainWindow::updateMailboxState);
    connect(m_mailboxes, &MailboxListModel::errorChanged, this, &MainWindow::updateMailboxState);
    connect(m_mailboxes, &MailboxListModel::rowsLoadedChanged, this,
            &MainWindow::updateMailboxState);
    connect(m_mailboxes, &MailboxListModel::completeChanged, this, [this](bool complete) {
        if (complete && m_mailboxExport)
            finishMailboxExport();
    });
    // A list too long to hold exports the rows held.
    connect(m_mailboxes, &MailboxListModel::loadingChanged, this, [this] {
        if (m_mailboxes->isCapped() && !m_mailboxes->isLoading() && m_mailboxExport)
            finishMailboxExport();
    });
    connect(m_mailboxes, &MailboxListModel::searchTextChanged, this,
            &MainWindow::updateMailboxState);
    // "12 of 10,000 mailboxes match" follows what the view shows.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateMailboxState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateMailboxState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateMailboxState);
    // A search over a long list rebuilds the proxy in one layout change.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateMailboxState);
    connect(m_mailboxes, &MailboxListModel::errorChanged, this, [this] {
        if (!m_mailboxes->hasError() || !m_mailboxExport)
            return;
        const QString fileName = m_mailboxExport->fileName;
        m_mailboxExport.reset();
        const QString why =
            tr("The mailboxes could not all be loaded: %1").arg(m_mailboxes->errorMessage());
        statusBar()->showMessage(why);
        Q_EMIT exportFinished(fileName, why);
    });

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_mailboxView = new QTableView(m_splitter);
    m_mailboxView->setModel(m_filter);
    setUpTable(m_mailboxView);
    // Server order until the user picks a column. The whole list is held, so a sort covers
    // every mailbox; rows arriving later take their sorted place (ScrollAnchor keeps the rows
    // being read where they are).
    QHeaderView *header = m_mailboxView->horizontalHeader();
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_mailboxView->setSortingEnabled(true);
    // The address takes the width left over; the id, last, needs little.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MailboxListModel::EmailColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_mailboxView->setColumnWidth(MailboxListModel::NameColumn, 14 * em);
    m_mailboxView->setColumnWidth(MailboxListModel::SenderNameColumn, 12 * em);
    m_mailboxView->setColumnWidth(MailboxListModel::IdColumn, 5 * em);
    connect(m_mailboxes, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { noteOwnMailboxes(first, last); });
    connect(m_mailboxes, &QAbstractItemModel::modelReset, this,
            [this] { noteOwnMailboxes(0, m_mailboxes->rowCount() - 1); });
    connect(m_mailboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedMailbox);
    m_place = new ViewPositionKeeper(m_mailboxView, MailboxListModel::IdRole, this);
    new ScrollAnchor(m_mailboxView, this);

    m_detailPanel = new MailboxDetailPanel(m_detail, m_splitter);
    m_detailState = m_detailPanel->loadState();
    m_detailView = m_detailPanel->table();
    // "Also a sender" in the panel: the sender list as the Senders tab has it.
    connect(m_senders, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateDetailSenders);
    connect(m_senders, &QAbstractItemModel::modelReset, this, &MainWindow::updateDetailSenders);
    connect(m_senders, &SenderModel::loadingChanged, this, &MainWindow::updateDetailSenders);
    connect(m_senders, &SenderModel::errorMessageChanged, this, &MainWindow::updateDetailSenders);
    // Export Selected follows the list's selection.
    connect(m_mailboxView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateActions);
    connect(m_detail, &MailboxDetailModel::mailboxIdChanged, this, &MainWindow::updateActions);
    connect(m_detail, &MailboxDetailModel::mailboxIdChanged, this, &MainWindow::updateDetailState);
    connect(m_detail, &MailboxDetailModel::loadingChanged, this, &MainWindow::updateActions);
    connect(m_detail, &MailboxDetailModel::loadingChanged, this, &MainWindow::updateDetailState);
    connect(m_detail, &MailboxDetailModel::errorMessageChanged, this,
            &MainWindow::updateDetailState);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_notice);
    layout->addWidget(m_search);
    layout->addWidget(m_mailboxState);
    layout->addWidget(m_welcome);
    layout->addWidget(m_splitter, 1);
    Retranslator::bind(page, [this] {
        m_notice->setText(tr("Bitrix24 lists only your own mailboxes and the mailboxes shared "
                             "with you. Other users' mailboxes do not appear here, so a short "
                             "list is expected."));
        m_notice->setAccessibleName(tr("About this list"));
        m_search->setPlaceholderText(tr("Search by name, address, sender name or ID (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search mailboxes"));
        m_mailboxView->setAccessibleName(tr("Mailboxes"));
    });
    return page;
}

QWidget *MainWindow::buildSendersTab()
{
    m_sendersPage = new SendersPage(m_senders, this);
    m_senderState = m_sendersPage->loadState();
    m_senderView = m_sendersPage->view();
    connect(m_sendersPage, &SendersPage::contentChanged, this, &MainWindow::updateExportTabAction);
    // The page follows the senders' loading, errors and rows; the status bar follows the page.
    connect(m_sendersPage, &SendersPage::contentChanged, this, &MainWindow::updateStatusSummary);
    connect(m_senders, &SenderModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_senderExport)
            finishSenderExport();
    });
    return m_sendersPage;
}

QWidget *MainWindow::buildFieldsTab()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(page);
    intro->setWordWrap(true);
    m_fieldState = new LoadState(page);
    m_fieldView = new QTableView(page);
    m_fieldView->setModel(m_fieldModel);
    setUpTable(m_fieldView);
    connect(m_fieldModel, &FieldModel::loadingChanged, this, &MainWindow::updateFieldState);
    connect(m_fieldModel, &FieldModel::errorMessageChanged, this, &MainWindow::updateFieldState);
    connect(m_fieldModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateFieldState);
    connect(m_fieldModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateFieldState);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_fieldState);
    layout->addWidget(m_fieldView, 1);
    Retranslator::bind(page, [this, intro] {
        intro->setText(tr("The fields a mailbox has, as the portal describes them."));
        m_fieldView->setAccessibleName(tr("Field reference"));
    });
    return page;
}

void MainWindow::buildActions()
{
    auto icon = [](const char *theme, const char *file) {
        return QIcon::fromTheme(QLatin1String(theme),
                                QIcon(QStringLiteral(":/icons/") + QLatin1String(file)));
    };

    m_refreshAction = new QAction(icon("view-refresh", "refresh.svg"), QString(), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_copyAction = new QAction(icon("edit-copy", "copy.svg"), QString(), this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySelection);

    const QIcon exportIcon = icon("document-save-as", "export.svg");
    m_exportListCsv = new QAction(exportIcon, QString(), this);
    connect(m_exportListCsv, &QAction::triggered, this, [this] { exportMailboxes(Format::Csv); });
    m_exportListJson = new QAction(exportIcon, QString(), this);
    connect(m_exportListJson, &QAction::triggered, this, [this] { exportMailboxes(Format::Json); });
    m_exportSelectedCsv = new QAction(exportIcon, QString(), this);
    connect(m_exportSelectedCsv, &QAction::triggered, this,
            [this] { exportSelectedMailboxes(Format::Csv); });
    m_exportMailbox = new QAction(exportIcon, QString(), this);
    connect(m_exportMailbox, &QAction::triggered, this,
            [this] { exportSelectedMailboxes(Format::Json); });
    m_exportSendersCsv = new QAction(exportIcon, QString(), this);
    connect(m_exportSendersCsv, &QAction::triggered, this, [this] { exportSenders(Format::Csv); });
    m_exportSendersJson = new QAction(exportIcon, QString(), this);
    connect(m_exportSendersJson, &QAction::triggered, this,
            [this] { exportSenders(Format::Json); });

    m_accountsAction = new QAction(this);
    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::accountsRequested);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    auto *quit = new QAction(this);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *inspector = inspectorAction();
    inspector->setShortcut(QKeySequence(Qt::Key_F12));

    QMenu *file = menuBar()->addMenu(QString());
    file->addAction(m_accountsAction);
    QMenu *exportMenu = file->addMenu(QString());
    exportMenu->addActions(
        {m_exportListCsv, m_exportListJson, m_exportSelectedCsv, m_exportMailbox});
    exportMenu->addSeparator();
    exportMenu->addActions({m_exportSendersCsv, m_exportSendersJson});
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(QString());
    edit->addAction(m_copyAction);

    QMenu *view = menuBar()->addMenu(QString());
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addAction(inspector);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    auto *aboutQt = new QAction(this);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    QMenu *help = menuBar()->addMenu(QString());
    help->addAction(m_aboutAction);
    help->addAction(aboutQt);

    QToolBar *toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    // Words as well as icons: themes without these icons still show what the buttons do.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refreshAction);
    toolbar->addAction(m_copyAction);
    // One export button for the tab that is showing; the menu keeps every export.
    m_exportTabCsv = new QAction(exportIcon, QString(), this);
    connect(m_exportTabCsv, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() == SendersTab)
            exportSenders(Format::Csv);
        else if (m_tabs->currentIndex() == MailboxesTab)
            exportMailboxes(Format::Csv);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateExportTabAction);
    toolbar->addAction(m_exportTabCsv);

    // Actions live on the window so their shortcuts work in every tab.
    addActions(
        {m_refreshAction, m_copyAction, m_accountsAction, m_settingsAction, quit, inspector});

    Retranslator::bind(this, [=, this] {
        m_refreshAction->setText(tr("&Refresh"));
        m_refreshAction->setToolTip(tr("Load the mailboxes and senders again (F5)"));
        m_copyAction->setText(tr("&Copy"));
        m_copyAction->setToolTip(tr("Copy the selected rows as tab-separated text (Ctrl+C)"));
        m_exportListCsv->setText(tr("Export Mailboxes as &CSV…"));
        m_exportListJson->setText(tr("Export Mailboxes as &JSON…"));
        m_exportSelectedCsv->setText(tr("Export Selected Mailboxes as CS&V…"));
        m_exportMailbox->setText(tr("Export Selected &Mailboxes as JSON…"));
        m_exportSendersCsv->setText(tr("Export &Senders as CSV…"));
        m_exportSendersJson->setText(tr("Export S&enders as JSON…"));
        m_accountsAction->setText(tr("&Accounts…"));
        m_settingsAction->setText(tr("&Settings…"));
        quit->setText(tr("&Quit"));
        inspector->setText(tr("Request &Inspector"));
        m_aboutAction->setText(tr("&About Mailbox Browser"));
        aboutQt->setText(tr("About &Qt"));
        file->setTitle(tr("&File"));
        exportMenu->setTitle(tr("&Export"));
        edit->setTitle(tr("&Edit"));
        view->setTitle(tr("&View"));
        help->setTitle(tr("&Help"));
        toolbar->setWindowTitle(tr("Main toolbar"));
        toolbar->setAccessibleName(tr("Main toolbar"));
        updateExportTabAction();
    });
    updateActions();
}

QMessageBox *MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Mailbox Browser"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Mailbox Browser %1</h3>"
                    "<p>Browse the mailboxes of a Bitrix24 portal, read every field of each, "
                    "and choose the address to send from.</p>"
                    "<p>Built with Qt %2; running on Qt %3.</p>")
                     .arg(QStringLiteral(MB_VERSION), QStringLiteral(QT_VERSION_STR),
                          QString::fromLatin1(qVersion())));
    // The licence's text is compiled in (ui/CMakeLists.txt): it is there however the app was
    // installed. "Show Details..." unfolds it.
    box->setInformativeText(tr("Mailbox Browser is free software under the MIT licence."));
    QFile license(QStringLiteral(":/legal/LICENSE"));
    if (license.open(QIODevice::ReadOnly | QIODevice::Text))
        box->setDetailedText(QString::fromUtf8(license.readAll()));
    box->open(); // window-modal, never a nested event loop
    return box;
}

QAction *MainWindow::inspectorAction() const
{
    return m_inspector->toggleViewAction();
}

void MainWindow::setSaveFileNameProvider(SaveFileNameProvider provider)
{
    m_askFile = provider;
    m_inspector->setSaveFileNameProvider(std::move(provider));
}

void MainWindow::onSessionChanged(AccountSession *session)
{
    RestClient *client = session ? session->client() : nullptr;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    if (client) {
        connect(client, &RestClient::backingOff, this, &MainWindow::onBackingOff);
        connect(client, &RestClient::relocated, this, &MainWindow::updateTitle);
    }
    m_status->reset();
    m_status->setSample(m_sessions->isSamplePortal());
    updateTitle();

    const QString changed = tr("The account changed before the export finished.");
    if (m_mailboxExport) {
        const QString fileName = m_mailboxExport->fileName;
        m_mailboxExport.reset();
        Q_EMIT exportFinished(fileName, changed);
    }
    if (m_senderExport) {
        const QString fileName = m_senderExport->fileName;
        m_senderExport.reset();
        Q_EMIT exportFinished(fileName, changed);
    }

    // The same account again (reopened, or a webhook pasted anew): the list comes back to
    // the same row and scroll position; another account's ids mean other rows.
    if (session) {
        const QString account = session->isSaved() ? session->accountId() : QString();
        if (account.isEmpty() || account != m_placeAccount)
            m_place->forget();
        m_placeAccount = account;
    }
    m_detail->clear();
    m_senders->setOwnMailboxEmails({});
    // The previous account's lists are written while the models still hold them.
    m_cacheKeeper->setAccount(session && session->isSaved() ? session->accountId() : QString());
    // The mailbox list first: the client sends its calls in order, so the first rows wait
    // for nothing else; field metadata and senders follow it.
    m_mailboxes->setClient(client);
    if (client)
        m_mailboxes->fetchAll();
    m_fields->setClient(client);
    m_senders->setClient(client);
    // A saved account's last lists at once, read again in the background.
    if (const auto savedAt = client ? m_cacheKeeper->restore() : std::nullopt)
        m_savedNotice->showSaved(*savedAt);
    else
        m_savedNotice->forget();
    m_inspector->setClient(client);
    m_rateMeter->setClient(client);
    if (client)
        m_fields->load();
    updateMailboxState();
    updateDetailState();
    updateSenderState();
    updateFieldState();
    updateActions();
}

void MainWindow::onSessionResumed()
{
    // The same client and models: only what failed is asked again, so rows, search text,
    // selection and scroll position stay as they were.
    statusBar()->showMessage(tr("Signed in again."), 5000);
    m_mailboxes->retry();
    if (m_detail->mailboxId() != 0 && !m_detail->errorMessage().isEmpty())
        m_detail->showMailbox(m_detail->mailboxId());
    if (!m_senders->errorMessage().isEmpty())
        m_senders->reload();
    if (!m_fieldModel->errorMessage().isEmpty())
        m_fieldModel->reload();
}

void MainWindow::requestSignIn()
{
    if (AccountSession *session = m_sessions->session(); session && session->isSaved())
        Q_EMIT signInRequested(session->accountId());
    else
        Q_EMIT accountsRequested(); // the sample portal or a webhook given once: nothing saved
}

void MainWindow::onBackingOff(const QString &method, qint64 delayMs, const RestError &cause)
{
    const int secs = int(std::max<qint64>(1, (delayMs + 999) / 1000));
    const bool rateLimit = cause.category() == RestError::Category::RateLimited ||
                           cause.category() == RestError::Category::OperationTimeLimit;
    const QString text = rateLimit
                             ? tr("Waiting %n s: portal rate limit (%1)", nullptr, secs).arg(method)
                             : tr("Waiting %n s before trying %1 again: %2", nullptr, secs)
                                   .arg(method, cause.userMessage());
    statusBar()->showMessage(text, int(std::max<qint64>(delayMs, 1000)));
}

void MainWindow::noteOwnMailboxes(int first, int last)
{
    // The senders list does not say which addresses are mailboxes; the loaded mailboxes do.
    QList<Mailbox> mailboxes;
    for (int row = first; row <= last; ++row)
        mailboxes << m_mailboxes->mailbox(row);
    m_senders->addOwnMailboxes(mailboxes);
}

void MainWindow::showSelectedMailbox()
{
    const QModelIndex current = m_mailboxView->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showMailbox(current.data(MailboxListModel::IdRole).toLongLong());
}

void MainWindow::updateMailboxState()
{
    // The count of the whole list, and of its matches with a search.
    const int rows = m_mailboxes->rowsLoaded();
    const bool searching = !m_mailboxes->searchText().trimmed().isEmpty();
    const QString matches = QLocale().toString(m_filter->rowCount());
    QString count;
    if (m_mailboxes->isRefreshing())
        count = tr("Refreshing %Ln mailbox(es)…", nullptr, rows);
    else if (m_mailboxes->isLoading() && searching)
        count = tr("Loading… %1 of %Ln mailbox(es) so far match", nullptr, rows).arg(matches);
    else if (m_mailboxes->isLoading())
        count = tr("Loading… %Ln mailbox(es) so far", nullptr, rows);
    else if (rows > 0 && searching)
        count = tr("%1 of %Ln mailbox(es) match", nullptr, rows).arg(matches);
    else if (rows > 0 && m_mailboxes->isCapped())
        count = tr("The first %Ln mailbox(es); a search also asks the portal", nullptr, rows);
    else if (rows > 0)
        count = tr("%Ln mailbox(es)", nullptr, rows);
    m_mailboxState->setLoading(m_mailboxes->isLoading(), count);
    m_mailboxState->setSummary(m_client ? count : QString());
    m_mailboxState->setError(m_mailboxes->errorMessage(), m_mailboxes->lastError());
    QString empty;
    if (!m_client)
        empty = m_sessions->isOpening()
                    ? (m_sessions->openingName().isEmpty()
                           ? tr("Opening the account…")
                           : tr("Opening %1…").arg(m_sessions->openingName()))
                    : tr("No account is open. Add your Bitrix24 account, or try the sample "
                         "portal to see what Mailbox Browser shows.");
    else if (m_mailboxes->isEmpty())
        empty = m_mailboxes->searchText().trimmed().isEmpty()
                    ? tr("This account has no mailboxes you can see.")
                    : tr("No mailbox matches “%1”.").arg(m_mailboxes->searchText().trimmed());
    m_mailboxState->setEmptyText(empty);
    m_welcome->setVisible(!m_client && !m_sessions->isOpening());
    updateStatusSummary();
}

void MainWindow::updateDetailState()
{
    m_detailState->setLoading(m_detail->isLoading());
    m_detailState->setError(m_detail->errorMessage(), m_detail->lastError());
    const bool nothingChosen = m_client && m_detail->mailboxId() == 0;
    m_detailState->setEmptyText(nothingChosen ? tr("Select a mailbox to see every field it has.")
                                              : QString());
}

void MainWindow::updateSenderState()
{
    m_sendersPage->updateState(!m_client.isNull());
    updateActions();
    updateStatusSummary();
}

void MainWindow::updateFieldState()
{
    m_fieldState->setLoading(m_fieldModel->isLoading());
    m_fieldState->setError(m_fieldModel->errorMessage(), m_fieldModel->lastError());
    QString empty;
    if (m_client && !m_fieldModel->isLoading() && m_fieldModel->errorMessage().isEmpty() &&
        m_fieldModel->rowCount() == 0)
        empty = tr("The portal describes no mailbox fields.");
    m_fieldState->setEmptyText(empty);
    updateStatusSummary();
}

void MainWindow::updateTitle()
{
    // Always say where the rows come from: account, portal host, app.
    QStringList parts;
    if (AccountSession *session = m_sessions->session()) {
        const QString name = m_sessions->sessionName();
        const QString host =
            session->credential() ? session->credential()->portalUrl().host() : QString();
        if (!name.isEmpty())
            parts << name;
        if (!host.isEmpty() && host != name)
            parts << host;
    } else if (m_sessions->isOpening() && !m_sessions->openingName().isEmpty()) {
        parts << tr("Opening %1…").arg(m_sessions->openingName());
    }
    parts << tr("Mailbox Browser");
    setWindowTitle(parts.join(QStringLiteral(" — ")));
}

void MainWindow::updateStatusSummary()
{
    if (!m_status)
        return; // still building the tabs
    if (!m_client) {
        m_status->setView(MailboxesTab, {}, false, false);
        m_status->setView(SendersTab, {}, false, false);
        m_status->setView(FieldsTab, {}, false, false);
        return;
    }
    const int mailboxes = m_mailboxView->model()->rowCount();
    m_status->setView(MailboxesTab, tr("%Ln mailbox(es)", nullptr, mailboxes),
                      m_mailboxes->isLoading(), m_mailboxes->hasError());
    m_status->setView(SendersTab, tr("%n sender(s)", nullptr, m_senders->rowCount()),
                      m_senders->isLoading(), !m_senders->errorMessage().isEmpty());
    m_status->setView(FieldsTab, tr("%n field(s)", nullptr, m_fieldModel->rowCount()),
                      m_fieldModel->isLoading(), !m_fieldModel->errorMessage().isEmpty());
    m_status->finishRefreshIfDone();
}

void MainWindow::updateActions()
{
    const bool open = !m_client.isNull();
    m_refreshAction->setEnabled(open);
    m_exportListCsv->setEnabled(open);
    m_exportListJson->setEnabled(open);
    m_exportSendersCsv->setEnabled(open);
    m_exportSendersJson->setEnabled(open);
    const bool selected = m_mailboxView->selectionModel()->hasSelection();
    m_exportSelectedCsv->setEnabled(open && selected);
    m_exportMailbox->setEnabled(open && selected);
    updateExportTabAction();
}

void MainWindow::updateExportTabAction()
{
    if (!m_exportTabCsv)
        return;
    const bool open = !m_client.isNull();
    switch (m_tabs->currentIndex()) {
    case SendersTab: {
        const int shown = m_sendersPage->shownCount();
        m_exportTabCsv->setText(tr("Export Senders as CSV…"));
        m_exportTabCsv->setToolTip(
            m_senders->isLoading()
                ? tr("Export the senders as CSV once every one has loaded")
                : tr("Export the %n sender(s) shown, in the table's order, as CSV", nullptr,
                     shown));
        m_exportTabCsv->setEnabled(open && (m_senders->isLoading() || shown > 0));
        break;
    }
    case MailboxesTab:
        m_exportTabCsv->setText(tr("Export Mailboxes as CSV…"));
        m_exportTabCsv->setToolTip(tr("Export every mailbox of the list as CSV"));
        m_exportTabCsv->setEnabled(m_exportListCsv->isEnabled());
        break;
    default:
        m_exportTabCsv->setText(tr("Export as CSV…"));
        m_exportTabCsv->setToolTip(tr("This tab has nothing to export"));
        m_exportTabCsv->setEnabled(false);
        break;
    }
}

void MainWindow::refresh()
{
    if (!m_client)
        return;
    m_status->beginRefresh();
    m_mailboxes->refresh();
    m_senders->reload();
    m_fieldModel->reload();
    if (m_detail->mailboxId() != 0)
        m_detail->showMailbox(m_detail->mailboxId());
    updateStatusSummary(); // "Refreshing…" until every view has its new rows
}

QTableView *MainWindow::copySource() const
{
    for (QTableView *view : {m_mailboxView, m_detailView, m_senderView, m_fieldView}) {
        if (view->hasFocus())
            return view;
    }
    switch (m_tabs->currentIndex()) {
    case SendersTab:
        return m_senderView;
    case FieldsTab:
        return m_fieldView;
    default:
        return m_mailboxView;
    }
}

QString MainWindow::selectionText(const QTableView *view) const
{
    const QAbstractItemModel *model = view->model();
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes())
        rows << index.row();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    QList<QStringList> cells;
    for (int row : rows) {
        QStringList line;
        if (view == m_detailView) {
            line << model->index(row, MailboxDetailModel::ValueColumn).data().toString();
        } else {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (!view->isColumnHidden(column))
                    line << model->index(row, column).data().toString();
            }
        }
        cells << line;
    }
    return ExportFormat::toTabSeparated(cells);
}

void MainWindow::copySelection()
{
    // From the detail panel's value or JSON box when it has the focus (the toolbar button).
    QString text = m_detailPanel->focusedText();
    if (text.isEmpty())
        text = selectionText(copySource());
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(tr("Copied to the clipboard."), 3000);
}

QString MainWindow::askFile(const QString &caption, const QString &suggested, Format format)
{
    const QString filter =
        format == Format::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    // The suggested name, in the folder the last export went to.
    return m_askFile(this, caption, suggestedSavePath(m_settings->lastExportFolder(), suggested),
                     filter);
}

void MainWindow::exportMailboxes(Format format)
{
    if (!m_client || m_mailboxExport)
        return;
    const QString fileName = askFile(tr("Export mailboxes"),
                                     format == Format::Csv ? QStringLiteral("mailboxes.csv")
                                                           : QStringLiteral("mailboxes.json"),
                                     format);
    if (fileName.isEmpty())
        return;
    m_mailboxExport = PendingExport{fileName, format};
    if (m_mailboxes->isComplete() || (m_mailboxes->isCapped() && !m_mailboxes->isLoading())) {
        finishMailboxExport();
        return;
    }
    statusBar()->showMessage(tr("Loading every mailbox for the export…"));
    // Asynchronous: completeChanged or errorChanged (connected in the constructor) ends it.
    if (m_mailboxes->hasError())
        m_mailboxes->retry();
    m_mailboxes->fetchAll();
}

void MainWindow::finishMailboxExport()
{
    if (!m_mailboxExport)
        return;
    const PendingExport pending = *m_mailboxExport;
    m_mailboxExport.reset();
    // What the user sees: the rows the search lets through, in the list's sort order.
    QList<Mailbox> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows << m_mailboxes->mailbox(m_filter->mapToSource(m_filter->index(row, 0)).row());
    const bool filtered =
        !m_search->text().trimmed().isEmpty() || m_filter->rowCount() < m_mailboxes->rowCount();
    const QString count = tr("%Ln mailbox(es)", nullptr, int(rows.size()));
    writeExport(pending.fileName,
                pending.format == Format::Csv ? ExportFormat::mailboxesToCsv(rows)
                                              : ExportFormat::mailboxesToJson(rows),
                filtered ? tr("%1 (filtered)").arg(count) : count);
}

QList<Mailbox> MainWindow::selectedMailboxes() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_mailboxView->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<Mailbox> mailboxes;
    mailboxes.reserve(rows.size());
    for (int row : std::as_const(rows))
        mailboxes << m_mailboxes->mailbox(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return mailboxes;
}

void MainWindow::exportSelectedMailboxes(Format format)
{
    const QList<Mailbox> rows = selectedMailboxes();
    if (!m_client || rows.isEmpty())
        return;
    const QString extension =
        format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    const QString suggested =
        rows.size() == 1 ? QStringLiteral("mailbox-%1.%2").arg(rows.first().id).arg(extension)
                         : QStringLiteral("mailboxes-selected.%1").arg(extension);
    const QString fileName = askFile(tr("Export selected mailboxes"), suggested, format);
    if (fileName.isEmpty())
        return;
    QByteArray bytes;
    if (format == Format::Csv) {
        bytes = ExportFormat::mailboxesToCsv(rows);
    } else if (rows.size() == 1) {
        // One mailbox: an object, every field of mail.mailbox.get when the panel has it.
        const bool detailed = m_detail->mailbox() && m_detail->mailboxId() == rows.first().id;
        bytes = ExportFormat::toJson(detailed ? m_detail->toJson() : rows.first().toJson());
    } else {
        bytes = ExportFormat::mailboxesToJson(rows);
    }
    writeExport(fileName, bytes, tr("%Ln mailbox(es)", nullptr, int(rows.size())));
}

void MainWindow::updateDetailSenders()
{
    QStringList emails;
    emails.reserve(m_senders->rowCount());
    for (int row = 0; row < m_senders->rowCount(); ++row)
        emails << m_senders->senderAt(row).email;
    const bool complete =
        m_senders->client() && !m_senders->isLoading() && m_senders->errorMessage().isEmpty();
    m_detailPanel->setSenderAddresses(emails, complete);
}

void MainWindow::exportSenders(Format format)
{
    if (!m_client || m_senderExport)
        return;
    const QString fileName = askFile(tr("Export senders"),
                                     format == Format::Csv ? QStringLiteral("senders.csv")
                                                           : QStringLiteral("senders.json"),
                                     format);
    if (fileName.isEmpty())
        return;
    m_senderExport = PendingExport{fileName, format};
    if (m_senders->isLoading()) {
        statusBar()->showMessage(tr("Loading every sender for the export…"));
        return; // loadingChanged(false) finishes it
    }
    if (!m_senders->errorMessage().isEmpty()) {
        m_senders->reload();
        return;
    }
    finishSenderExport();
}

void MainWindow::finishSenderExport()
{
    if (!m_senderExport)
        return;
    const PendingExport pending = *m_senderExport;
    m_senderExport.reset();
    if (!m_senders->errorMessage().isEmpty()) {
        const QString why =
            tr("The senders could not all be loaded: %1").arg(m_senders->errorMessage());
        statusBar()->showMessage(why);
        Q_EMIT exportFinished(pending.fileName, why);
        return;
    }
    const QList<SenderAddress> rows = m_sendersPage->shownAddresses(); // the view's order
    writeExport(pending.fileName,
                pending.format == Format::Csv ? ExportFormat::sendersToCsv(rows)
                                              : ExportFormat::sendersToJson(rows),
                tr("%n sender(s)", nullptr, int(rows.size())));
}

void MainWindow::writeExport(const QString &fileName, const QByteArray &bytes, const QString &what)
{
    QString error;
    if (ExportFormat::writeFile(fileName, bytes, &error)) {
        m_settings->setLastExportFolder(QFileInfo(fileName).absolutePath());
        statusBar()->showMessage(tr("Exported %1 to %2.").arg(what, fileName), 5000);
    } else {
        statusBar()->showMessage(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // window-modal, never a nested event loop
    }
    Q_EMIT exportFinished(fileName, error);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->uiState(geometryKey);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
    const QByteArray splitter = m_settings->uiState(splitterKey);
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({600, 500});
    const QByteArray header = m_settings->uiState(mailboxHeaderKey);
    if (!header.isEmpty() && m_mailboxView->horizontalHeader()->restoreState(header))
        m_filter->sort(m_mailboxView->horizontalHeader()->sortIndicatorSection(),
                       m_mailboxView->horizontalHeader()->sortIndicatorOrder());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setUiState(geometryKey, saveGeometry());
    m_settings->setUiState(splitterKey, m_splitter->saveState());
    m_settings->setUiState(mailboxHeaderKey, m_mailboxView->horizontalHeader()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace mb
