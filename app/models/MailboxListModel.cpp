#include "MailboxListModel.h"

#include "MailboxSearch.h"
#include "rest/RestClient.h"

#include <QTimer>

#include <algorithm>

namespace mb {

MailboxListModel::MailboxListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_searchTimer(new QTimer(this))
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(DefaultSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MailboxListModel::startSearch);
}

MailboxListModel::~MailboxListModel()
{
    if (m_search)
        m_search->abort();
}

void MailboxListModel::setClient(RestClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    beginResetModel();
    dropSearch();
    m_rows.clear();
    m_stale = false;
    m_client = client;
    m_searchTimer->stop();
    m_searchedText = m_searchText.trimmed();
    if (client) {
        connect(client, &QObject::destroyed, this, &MailboxListModel::onClientDestroyed);
        createSearch(m_searchedText);
    }
    endResetModel();
    setError({});
    if (m_fetchedAt.isValid()) {
        m_fetchedAt = {};
        Q_EMIT fetchedAtChanged(m_fetchedAt);
    }
    updateState();
}

RestClient *MailboxListModel::client() const
{
    return m_client;
}

int MailboxListModel::searchDelay() const
{
    return m_searchTimer->interval();
}

void MailboxListModel::setSearchDelay(int ms)
{
    m_searchTimer->setInterval(std::max(0, ms));
}

void MailboxListModel::setPagesPerFetch(int pages)
{
    m_pagesPerFetch = std::max(1, pages);
    m_nextFetchPages = m_pagesPerFetch;
}

bool MailboxListModel::isLoading() const
{
    return m_search && m_search->isFetching();
}

bool MailboxListModel::isComplete() const
{
    return m_search && !m_stale && !m_error.isError() && m_search->isFinished();
}

QString MailboxListModel::errorMessage() const
{
    return m_error.isError() ? m_error.userMessage() : QString();
}

Mailbox MailboxListModel::mailbox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Mailbox{};
}

int MailboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MailboxListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mailbox &mailbox = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return mailbox.name;
        case EmailColumn:
            return mailbox.email;
        case SenderNameColumn:
            return mailbox.senderName;
        case IdColumn:
            return QVariant::fromValue(mailbox.id);
        }
        return {};
    case Qt::ToolTipRole: {
        // Names and addresses are often cut off in their columns: the whole mailbox.
        QStringList lines;
        lines.append(
            tr("%1 <%2>", "mailbox tooltip: name <address>").arg(mailbox.name, mailbox.email));
        if (!mailbox.senderName.isEmpty())
            lines.append(tr("Sender name: %1").arg(mailbox.senderName));
        lines.append(tr("ID: %1").arg(mailbox.id));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MailboxRole:
        return QVariant::fromValue(mailbox);
    case IdRole:
        return QVariant::fromValue(mailbox.id);
    case EmailRole:
        return mailbox.email;
    case NameRole:
        return mailbox.name;
    case SenderNameRole:
        return mailbox.senderName;
    }
    return {};
}

QVariant MailboxListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case SenderNameColumn:
        return tr("Sender name");
    case IdColumn:
        return tr("ID");
    }
    return {};
}

QHash<int, QByteArray> MailboxListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MailboxRole, QByteArrayLiteral("mailbox"));
    names.insert(IdRole, QByteArrayLiteral("mailboxId"));
    names.insert(EmailRole, QByteArrayLiteral("email"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(SenderNameRole, QByteArrayLiteral("senderName"));
    return names;
}

bool MailboxListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_search && !m_error.isError() && m_search->canFetchMore();
}

void MailboxListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    fetchStep();
    updateState();
}

void MailboxListModel::fetchStep()
{
    // Each fetch the view asks for goes deeper into the list than the one before: the user
    // keeps scrolling to the end, so the steps grow (2, 4, 8, …) up to what one batch
    // carries, and reaching row 10,000 costs a dozen requests, not fifty. A call while a
    // request runs adds nothing to it, so it does not grow the step either.
    const bool busy = m_search->isFetching();
    m_search->fetchMore(m_nextFetchPages);
    if (!busy)
        m_nextFetchPages = std::min(m_nextFetchPages * 2, MaxPagesPerFetch);
}

void MailboxListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged(text);
    if (!m_client) {
        m_searchedText = text.trimmed();
        return;
    }
    m_searchTimer->start();
}

void MailboxListModel::searchNow()
{
    startSearch();
}

void MailboxListModel::startSearch()
{
    m_searchTimer->stop();
    const QString text = m_searchText.trimmed();
    if (!m_client) {
        m_searchedText = text;
        return;
    }
    // Typed back to what is being searched for: that search goes on.
    if (m_search && text == m_searchedText && !m_error.isError())
        return;
    restart(text, true, true);
}

void MailboxListModel::fetchAll()
{
    if (!m_search || m_error.isError())
        return;
    m_search->fetchAll();
    updateState();
}

void MailboxListModel::refresh()
{
    m_searchTimer->stop();
    if (!m_client)
        return;
    restart(m_searchText.trimmed(), true, true);
}

void MailboxListModel::retry()
{
    if (!m_error.isError())
        return;
    if (m_search && m_client && m_search->retry()) {
        setError({});
        updateState();
        return;
    }
    refresh();
}

void MailboxListModel::restart(const QString &text, bool keepRows, bool fetch)
{
    const QString oldText = m_search ? m_search->text() : m_searchedText;
    dropSearch();
    m_searchedText = text;
    if (keepRows && !m_rows.isEmpty()) {
        if (!m_stale)
            m_staleText = oldText;
        m_stale = true;
    } else {
        dropRows();
    }
    setError({});
    m_nextFetchPages = m_pagesPerFetch; // a new list starts with small steps again
    if (m_client) {
        createSearch(text);
        if (fetch)
            fetchStep();
    }
    updateState();
}

void MailboxListModel::createSearch(const QString &text)
{
    m_searchedText = text;
    m_search = new MailboxSearch(m_client, text, this);
    connect(m_search, &MailboxSearch::mailboxesArrived, this, &MailboxListModel::onArrived);
    connect(m_search, &MailboxSearch::fetchingChanged, this, &MailboxListModel::updateState);
    connect(m_search, &MailboxSearch::failed, this, &MailboxListModel::onFailed);
    connect(m_search, &MailboxSearch::finished, this, &MailboxListModel::onFinished);
}

void MailboxListModel::dropSearch()
{
    if (!m_search)
        return;
    // Quietly: the jobs end Aborted, and nothing of them reaches the model.
    disconnect(m_search, nullptr, this, nullptr);
    m_search->abort();
    m_search->deleteLater(); // this may run inside one of its signals
    m_search = nullptr;
}

void MailboxListModel::dropRows()
{
    if (m_rows.isEmpty()) {
        m_stale = false;
        return;
    }
    beginResetModel();
    m_rows.clear();
    m_stale = false;
    endResetModel();
}

void MailboxListModel::onArrived(const QList<Mailbox> &fresh)
{
    m_fetchedAt = QDateTime::currentDateTime();
    Q_EMIT fetchedAtChanged(m_fetchedAt);
    if (m_stale && !fresh.isEmpty()) {
        beginResetModel();
        m_rows = fresh;
        m_stale = false;
        endResetModel();
    } else if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        endInsertRows();
    }
    updateState();
}

void MailboxListModel::onFailed(const RestError &error)
{
    setError(error);
    // Rows of an earlier search for another text do not belong under this one's error.
    if (m_stale && m_staleText != m_searchedText)
        dropRows();
    updateState();
}

void MailboxListModel::onFinished()
{
    m_fetchedAt = QDateTime::currentDateTime();
    Q_EMIT fetchedAtChanged(m_fetchedAt);
    if (m_stale)
        dropRows(); // the new search found nothing
    updateState();
}

void MailboxListModel::onClientDestroyed()
{
    beginResetModel();
    dropSearch();
    m_rows.clear();
    m_stale = false;
    m_client = nullptr;
    endResetModel();
    setError({});
    updateState();
}

void MailboxListModel::setError(const RestError &error)
{
    if (!error.isError() && !m_error.isError())
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void MailboxListModel::updateState()
{
    const bool loading = isLoading();
    if (loading != m_loading) {
        m_loading = loading;
        Q_EMIT loadingChanged(loading);
    }
    const bool complete = isComplete();
    if (complete != m_complete) {
        m_complete = complete;
        Q_EMIT completeChanged(complete);
    }
    const bool empty = isEmpty();
    if (empty != m_empty) {
        m_empty = empty;
        Q_EMIT emptyChanged(empty);
    }
    const int rows = rowsLoaded();
    if (rows != m_rowsLoaded) {
        m_rowsLoaded = rows;
        Q_EMIT rowsLoadedChanged(rows);
    }
}

} // namespace mb
