#include "RequestInspector.h"

#include "models/RequestLogModel.h"
#include "rest/Exchange.h"
#include "rest/RestClient.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mb {

namespace {
QPlainTextEdit *readOnlyText(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setAccessibleName(name);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return edit;
}
} // namespace

RequestInspector::RequestInspector(QWidget *parent)
    : QDockWidget(tr("Request inspector"), parent)
    , m_log(new RequestLogModel(this))
    , m_table(new QTableView)
    , m_url(nullptr)
    , m_request(nullptr)
    , m_response(nullptr)
    , m_time(nullptr)
    , m_save(new QPushButton(tr("Save diagnostics…")))
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("requestInspector"));
    auto *body = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Vertical, body);

    m_table->setParent(splitter);
    m_table->setModel(m_log);
    m_table->setAccessibleName(tr("Requests"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestInspector::showSelected);
    // A new exchange can land on the selected row when old ones are trimmed.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, &RequestInspector::showSelected);
    connect(m_log, &QAbstractItemModel::modelReset, this, &RequestInspector::showSelected);

    auto *tabs = new QTabWidget(splitter);
    tabs->tabBar()->setAccessibleName(tr("Exchange parts"));
    m_url = readOnlyText(tr("Request URL"), tabs);
    m_request = readOnlyText(tr("Request body"), tabs);
    m_response = readOnlyText(tr("Response body"), tabs);
    m_time = readOnlyText(tr("Portal time"), tabs);
    tabs->addTab(m_url, tr("URL"));
    tabs->addTab(m_request, tr("Request"));
    tabs->addTab(m_response, tr("Response"));
    tabs->addTab(m_time, tr("Time"));

    m_save->setParent(body);
    m_save->setAccessibleName(tr("Save diagnostics"));
    m_save->setToolTip(tr("Save every exchange shown, with secrets masked, for support"));
    connect(m_save, &QPushButton::clicked, this, &RequestInspector::saveDiagnostics);
    m_status->setParent(body);
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setWidget(body);
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
}

void RequestInspector::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        for (QPlainTextEdit *edit : {m_url, m_request, m_response, m_time})
            edit->clear();
        return;
    }
    const Exchange &exchange = m_log->exchange(current.row());
    m_url->setPlainText(exchange.url);
    m_request->setPlainText(exchange.requestBody);
    m_response->setPlainText(exchange.responseBody);
    m_time->setPlainText(
        exchange.time.isEmpty()
            ? tr("The portal sent no time for this exchange.")
            : QString::fromUtf8(
                  QJsonDocument(exchange.time.toJson()).toJson(QJsonDocument::Indented)));
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
        m_status->setText(tr("Saved to %1").arg(fileName));
    else
        m_status->setText(error);
    Q_EMIT diagnosticsSaved(fileName, error);
}

} // namespace mb
