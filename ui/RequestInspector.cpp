#include "RequestInspector.h"

#include "Retranslator.h"

#include "models/RequestLogModel.h"
#include "rest/CurlCommand.h"
#include "rest/Exchange.h"
#include "rest/RestClient.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

namespace {
QPlainTextEdit *readOnlyText(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}
} // namespace

RequestInspector::RequestInspector(QWidget *parent)
    : QDockWidget(parent)
    , m_log(new RequestLogModel(this))
    , m_table(new QTableView)
    , m_url(nullptr)
    , m_request(nullptr)
    , m_response(nullptr)
    , m_time(nullptr)
    , m_save(new QPushButton)
    , m_copyCurl(new QPushButton)
    , m_copyCurlSecret(new QPushButton)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("requestInspector"));
    auto *body = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, body);

    m_table->setParent(splitter);
    m_table->setModel(m_log);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Method names and hosts in full: "mail.mailbox.fi…" tells support nothing.
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::MethodColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::HostColumn,
                                                      QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestInspector::showSelected);
    // A new exchange can land on the selected row when old ones are trimmed.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &RequestInspector::showSelected);
    connect(m_log, &QAbstractItemModel::modelReset, this, &RequestInspector::showSelected);

    auto *tabs = new QTabWidget(splitter);
    m_url = readOnlyText(tabs);
    m_request = readOnlyText(tabs);
    m_response = readOnlyText(tabs);
    m_time = readOnlyText(tabs);
    tabs->addTab(m_url, QString());
    tabs->addTab(m_request, QString());
    tabs->addTab(m_response, QString());
    tabs->addTab(m_time, QString());

    m_save->setParent(body);
    connect(m_save, &QPushButton::clicked, this, &RequestInspector::saveDiagnostics);
    m_copyCurl->setParent(body);
    connect(m_copyCurl, &QPushButton::clicked, this, &RequestInspector::copyAsCurl);
    m_copyCurlSecret->setParent(body);
    connect(m_copyCurlSecret, &QPushButton::clicked, this, &RequestInspector::copyAsCurlWithSecret);
    m_status->setParent(body);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_copyCurlSecret);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(body);
    Retranslator::bind(this, [this, tabs] {
        setWindowTitle(tr("Request inspector"));
        m_table->setAccessibleName(tr("Requests"));
        tabs->tabBar()->setAccessibleName(tr("Exchange parts"));
        m_url->setAccessibleName(tr("Request URL"));
        m_request->setAccessibleName(tr("Request body"));
        m_response->setAccessibleName(tr("Response body"));
        m_time->setAccessibleName(tr("Portal time"));
        tabs->setTabText(tabs->indexOf(m_url), tr("URL"));
        tabs->setTabText(tabs->indexOf(m_request), tr("Request"));
        tabs->setTabText(tabs->indexOf(m_response), tr("Response"));
        tabs->setTabText(tabs->indexOf(m_time), tr("Time"));
        m_save->setText(tr("Save diagnostics…"));
        m_save->setAccessibleName(tr("Save diagnostics"));
        m_save->setToolTip(tr("Save every exchange shown, with secrets masked, for support"));
        m_copyCurl->setText(tr("Copy as curl"));
        m_copyCurl->setAccessibleName(tr("Copy as curl"));
        m_copyCurl->setToolTip(tr("Copy the selected request as a curl command, secret masked"));
        m_copyCurlSecret->setText(tr("Copy as curl with secret…"));
        m_copyCurlSecret->setAccessibleName(tr("Copy as curl with secret"));
        m_copyCurlSecret->setToolTip(
            tr("Copy the selected request as a curl command that works on its own: it contains "
               "the account's secret"));
        if (m_statusText)
            m_status->setText(m_statusText());
        showSelected();
    });
}

void RequestInspector::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText ? m_statusText() : QString());
}

QString RequestInspector::statusText() const
{
    return m_status->text();
}

void RequestInspector::setClient(RestClient *client)
{
    if (m_client == client)
        return;
    if (m_client)
        m_log->unwatch(m_client);
    m_client = client;
    if (client) {
        // Another session's requests would mix into this one's diagnostics.
        m_log->clear();
        m_log->watch(client);
    }
    showSelected();
}

void RequestInspector::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_copyCurl->setEnabled(current.isValid());
    m_copyCurlSecret->setEnabled(current.isValid() && m_client && m_client->credential());
    if (!current.isValid()) {
        for (QPlainTextEdit *edit : {m_url, m_request, m_response, m_time})
            edit->clear();
        return;
    }
    const Exchange &exchange = m_log->exchange(current.row());
    m_url->setPlainText(exchange.url);
    m_request->setPlainText(RequestLogModel::prettyJson(exchange.requestBody));
    m_response->setPlainText(RequestLogModel::prettyJson(exchange.responseBody));
    m_time->setPlainText(
        exchange.time.isEmpty()
            ? tr("The portal sent no time for this exchange.")
            : QString::fromUtf8(
                  QJsonDocument(exchange.time.toJson()).toJson(QJsonDocument::Indented)));
}

const Exchange *RequestInspector::selectedExchange() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? &m_log->exchange(current.row()) : nullptr;
}

QString RequestInspector::curlCommand() const
{
    const Exchange *exchange = selectedExchange();
    if (!exchange)
        return {};
    return CurlCommand::masked(*exchange, m_client ? m_client->credential() : nullptr);
}

void RequestInspector::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    setStatus([] { return tr("Copied as curl, secret masked."); });
}

QMessageBox *RequestInspector::copyAsCurlWithSecret()
{
    if (!selectedExchange() || !m_client || !m_client->credential())
        return nullptr;
    // Copied as the box is answered, from what is selected now.
    const Exchange exchange = *selectedExchange();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Copy with the secret?"),
                                tr("The command will contain this account's webhook code or "
                                   "access token. Anyone who has it can read the account's "
                                   "mailboxes until the secret is changed on the portal."),
                                QMessageBox::Cancel, this);
    box->setInformativeText(tr("Paste it only where you would type a password, and never "
                               "into a ticket or a chat."));
    QPushButton *copy = box->addButton(tr("Copy with Secret"), QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<RestClient> client = m_client;
    connect(box, &QMessageBox::buttonClicked, this, [this, copy, client, exchange](auto *button) {
        if (button != copy || !client || !client->credential())
            return;
        QGuiApplication::clipboard()->setText(
            CurlCommand::withSecret(exchange, client->credential()));
        setStatus([] { return tr("Copied as curl with the secret: keep it safe."); });
    });
    box->open(); // window-modal, never a nested event loop
    return box;
}

void RequestInspector::saveDiagnostics()
{
    const QString fileName =
        m_askFile(this, tr("Save diagnostics"), QStringLiteral("mailbox-browser-diagnostics.json"),
                  tr("JSON files (*.json)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (m_log->saveDiagnostics(fileName, &error))
        setStatus([fileName] { return tr("Saved to %1").arg(fileName); });
    else
        setStatus([error] { return error; });
    Q_EMIT diagnosticsSaved(fileName, error);
}

} // namespace mb
