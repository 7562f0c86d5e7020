#include "MainWindow.h"

#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/SessionController.h"
#include "models/FieldCatalog.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"
#include "settings/AppSettings.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString splitterKey = QStringLiteral("mainWindow/splitter");
} // namespace

MainWindow::MainWindow(AccountManager *accounts, SessionController *sessions, AppSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
    , m_settings(settings)
    , m_fields(new FieldCatalog(this))
    , m_mailboxes(new MailboxListModel(this))
    , m_filter(new MailboxFilterProxyModel(this))
    , m_detail(new MailboxDetailModel(m_fields, this))
    , m_search(new QLineEdit(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_mailboxView(new QTableView(m_splitter))
    , m_detailView(new QTableView(m_splitter))
{
    setWindowTitle(tr("Mailbox Browser"));
    m_filter->setSourceModel(m_mailboxes);

    m_search->setPlaceholderText(tr("Search by name or address (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search mailboxes"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_mailboxes, &MailboxListModel::setSearchText);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_mailboxView->setModel(m_filter);
    m_mailboxView->setAccessibleName(tr("Mailboxes"));
    m_mailboxView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_mailboxView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mailboxView->setSortingEnabled(true);
    m_mailboxView->verticalHeader()->hide();
    m_mailboxView->horizontalHeader()->setStretchLastSection(true);
    connect(m_mailboxView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedMailbox);

    m_detailView->setModel(m_detail);
    m_detailView->setAccessibleName(tr("Mailbox details"));
    m_detailView->verticalHeader()->hide();
    m_detailView->horizontalHeader()->setStretchLastSection(true);
    m_detailView->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_search);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_sessions, &SessionController::sessionChanged, this, &MainWindow::onSessionChanged);
    onSessionChanged(m_sessions->session());
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::onSessionChanged(AccountSession *session)
{
    RestClient *client = session ? session->client() : nullptr;
    m_detail->clear();
    m_fields->setClient(client);
    m_mailboxes->setClient(client);
    if (client)
        m_fields->load();
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

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->uiState(geometryKey);
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 700);
    const QByteArray splitter = m_settings->uiState(splitterKey);
    if (splitter.isEmpty() || !m_splitter->restoreState(splitter))
        m_splitter->setSizes({600, 500});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setUiState(geometryKey, saveGeometry());
    m_settings->setUiState(splitterKey, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace mb
