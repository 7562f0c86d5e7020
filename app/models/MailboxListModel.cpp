#include "MailboxListModel.h"

#include "MailboxSearch.h"
#include "PlainToolTip.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QTimer>

#include <algorithm>

namespace mb {

namespace {
// Quietly: the jobs end Aborted, and nothing of them reaches the model.
void dropRead(MailboxSearch *&read, QObject *receiver)
{
    if (!read)
        return;
    QObject::disconnect(read, nullptr, receiver, nullptr);
    read->abort();
    read->deleteLater(); // this may run inside one of its signals
    read = nullptr;
}
} // namespace

MailboxListModel::MailboxListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_searchTimer(new QTimer(this))
{
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(DefaultSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MailboxListModel::searchNow);
}

MailboxListModel::~MailboxListModel()
{
    for (MailboxSearch *read : {m_list, m_refresh, m_serverSearch}) {
        if (read)
            read->abort();
    }
    dropLookup();
}

void MailboxListModel::setClient(RestClient *client)
{
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    // The new client is in place when the reset ends: a view asks it for rows at once.
    clearAll(client);
    if (client)
        connect(client, &QObject::destroyed, this, &MailboxListModel::onClientDestroyed);
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

void MailboxListModel::setMaxHeldRows(int rows)
{
    m_maxHeldRows = std::max(1, rows);
}

bool MailboxListModel::isLoading() const
{
    if (m_error.isError())
        return false;
    return m_list || (m_refresh && !m_refreshFailed) ||
           (m_serverSearch && !m_serverSearch->isFinished());
}

bool MailboxListModel::isComplete() const
{
    return m_listDone && !m_capped && !m_error.isError();
}

bool MailboxListModel::isEmpty() const
{
    if (!isComplete() || m_lookup || m_searchTimer->isActive() ||
        (m_serverSearch && !m_serverSearch->isFinished()))
        return false;
    if (m_needle.isEmpty())
        return m_rows.isEmpty();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (rowMatchesFolded(row, m_foldedNeedle))
            return false;
    }
    return true;
}

QString MailboxListModel::errorMessage() const
{
    return m_error.isError() ? m_error.userMessage() : QString();
}

Mailbox MailboxListModel::mailbox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Mailbox{};
}

QString MailboxListModel::textAt(int row, int column) const
{
    switch (column) {
    case NameColumn:
        return m_rows.name(row);
    case EmailColumn:
        return m_rows.email(row);
    case SenderNameColumn:
        return m_rows.senderName(row);
    }
    return {};
}

bool MailboxListModel::matches(const Mailbox &mailbox, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    return mailbox.name.contains(needle, Qt::CaseInsensitive) ||
           mailbox.email.contains(needle, Qt::CaseInsensitive) ||
           mailbox.senderName.contains(needle, Qt::CaseInsensitive) ||
           QString::number(mailbox.id).contains(needle);
}

bool MailboxListModel::rowMatches(int row, const QString &needle) const
{
    if (needle.isEmpty())
        return row >= 0 && row < m_rows.size();
    return rowMatchesFolded(row, foldNeedle(needle));
}

QByteArray MailboxListModel::foldNeedle(const QString &needle)
{
    // Folded as a whole, then UTF-8: a part of the folded text is a part of its bytes.
    return needle.toCaseFolded().toUtf8();
}

bool MailboxListModel::rowMatchesFolded(int row, QByteArrayView folded) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (folded.isEmpty())
        return true;
    return m_rows.containsFolded(row, folded);
}

int MailboxListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QModelIndex MailboxListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int MailboxListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Made from the compact row: a view asks for the few rows it paints.
    const Mailbox mailbox = m_rows.at(index.row());
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
        return plainToolTip(lines.join(QLatin1Char('\n')));
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
    // The list has more: true until it is complete (or held up to the cap), so a view and
    // the start-up probe can tell; the load itself needs no more asking.
    return !parent.isValid() && m_client && !m_error.isError() && !m_listDone;
}

void MailboxListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    load();
}

void MailboxListModel::load()
{
    if (!m_client || m_list || m_refresh || m_listDone || m_error.isError())
        return;
    m_list = newListRead();
    connect(m_list, &MailboxSearch::mailboxesArrived, this, &MailboxListModel::onListArrived);
    connect(m_list, &MailboxSearch::finished, this, [this] {
        dropRead(m_list, this);
        m_listDone = true;
        m_rows.squeeze(); // the list is whole: what growing left spare goes
        touchFetchedAt();
        updateState();
    });
    // Pages 1-2 first, then a whole batch per request, to the end.
    m_list->fetchAll();
    if (needsPortal(m_needle))
        m_searchTimer->start();
    updateState();
}

void MailboxListModel::fetchAll()
{
    load();
}

MailboxSearch *MailboxListModel::newListRead()
{
    auto *read = new MailboxSearch(m_client, QString(), this);
    // One row past the cap tells a list of exactly the cap from a longer one.
    read->setMaxRows(qint64(m_maxHeldRows) + 1);
    if (m_deliverBudgetMs >= 0)
        read->setDeliverBudget(m_deliverBudgetMs);
    connect(read, &MailboxSearch::failed, this, &MailboxListModel::onFailed);
    connect(read, &MailboxSearch::fetchingChanged, this, &MailboxListModel::updateState);
    return read;
}

void MailboxListModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged(text);
    const QString needle = text.trimmed();
    if (needle != m_needle) {
        m_needle = needle;
        m_foldedNeedle = foldNeedle(needle);
        dropServerSearch();
        dropLookup();
        dropSearchRowsNotMatching(needle);
        if (m_client && needsPortal(needle))
            m_searchTimer->start();
        else
            m_searchTimer->stop();
    }
    updateState();
}

bool MailboxListModel::needsPortal(const QString &needle) const
{
    if (needle.isEmpty() || !m_client)
        return false;
    if (m_capped)
        return true;
    bool number = false;
    const qint64 id = needle.toLongLong(&number);
    return number && id > 0 && !m_rows.contains(id) && !m_lookedUp.contains(id);
}

void MailboxListModel::searchNow()
{
    m_searchTimer->stop();
    if (needsPortal(m_needle)) {
        startLookup();
        startServerSearch();
    }
    updateState();
}

void MailboxListModel::startLookup()
{
    bool number = false;
    const qint64 id = m_needle.toLongLong(&number);
    if (!m_client || !number || id <= 0 || m_rows.contains(id) || m_lookedUp.contains(id) ||
        (m_lookup && m_lookupId == id))
        return;
    dropLookup();
    m_lookupId = id;
    m_lookup = MailApi(m_client).getMailbox(id);
    connect(m_lookup, &RestReply::finished, this, &MailboxListModel::onLookupFinished);
}

void MailboxListModel::dropLookup()
{
    if (!m_lookup)
        return;
    RestReply *reply = m_lookup.data();
    m_lookup = nullptr;
    reply->disconnect(this);
    reply->abort(); // its finished() (Aborted) reaches nobody
    reply->deleteLater();
}

void MailboxListModel::onLookupFinished()
{
    RestReply *reply = m_lookup.data();
    if (!reply)
        return;
    m_lookup = nullptr;
    reply->deleteLater();
    RestError error;
    const auto item = MailApi::item(reply, &error);
    if (item) {
        m_lookedUp.insert(m_lookupId);
        const Mailbox found = Mailbox::fromJson(*item);
        if (matches(found, m_needle))
            appendSearchRows({found});
    } else {
        // No such mailbox of this account: the answer stands until the rows are read again.
        // Anything else (a timeout, a rate limit) may go away: the next search asks again.
        switch (error.category()) {
        case RestError::Category::NotFound:
        case RestError::Category::AccessDenied:
        case RestError::Category::Validation:
            m_lookedUp.insert(m_lookupId);
            break;
        default:
            break;
        }
    }
    updateState();
}

void MailboxListModel::startServerSearch()
{
    if (!m_capped || m_needle.isEmpty() || !m_client ||
        (m_serverSearch && m_serverSearch->text() == m_needle))
        return;
    dropServerSearch();
    m_serverSearch = new MailboxSearch(m_client, m_needle, this);
    m_serverSearch->setMaxRows(m_maxHeldRows);
    connect(m_serverSearch, &MailboxSearch::mailboxesArrived, this,
            &MailboxListModel::onServerSearchArrived);
    connect(m_serverSearch, &MailboxSearch::failed, this, &MailboxListModel::onFailed);
    connect(m_serverSearch, &MailboxSearch::fetchingChanged, this, &MailboxListModel::updateState);
    connect(m_serverSearch, &MailboxSearch::finished, this, &MailboxListModel::updateState);
    m_serverSearch->fetchAll();
}

void MailboxListModel::dropServerSearch()
{
    dropRead(m_serverSearch, this);
}

void MailboxListModel::onServerSearchArrived(const QList<Mailbox> &fresh)
{
    appendSearchRows(fresh);
    updateState();
}

void MailboxListModel::refresh()
{
    if (!m_client)
        return;
    m_searchTimer->stop();
    dropServerSearch();
    dropLookup();
    setError({});
    if (m_rows.isEmpty()) {
        // Nothing shown to keep: load as at the start, rows appearing as they arrive.
        dropRead(m_list, this);
        dropRead(m_refresh, this);
        m_listDone = false;
        m_capped = false;
        m_lookedUp.clear();
        load();
        return;
    }
    dropRead(m_list, this);
    dropRead(m_refresh, this);
    m_refreshRows.clear();
    m_refreshCapped = false;
    m_refreshFailed = false;
    m_refresh = newListRead();
    connect(m_refresh, &MailboxSearch::mailboxesArrived, this, &MailboxListModel::onRefreshArrived);
    connect(m_refresh, &MailboxSearch::finished, this, &MailboxListModel::onRefreshFinished);
    m_refresh->fetchAll();
    updateState();
}

bool MailboxListModel::seed(const QList<Mailbox> &rows, const QDateTime &fetchedAt)
{
    if (!m_rows.isEmpty() || rows.isEmpty())
        return false;
    // A view may have started the load already: the saved rows stand in for it.
    dropRead(m_list, this);
    dropRead(m_refresh, this);
    setError({});
    appendListRows(rows.mid(0, m_maxHeldRows));
    m_rows.squeeze();
    m_listDone = true;
    m_fetchedAt = fetchedAt;
    Q_EMIT fetchedAtChanged(m_fetchedAt);
    updateState();
    refresh();
    return true;
}

void MailboxListModel::retry()
{
    if (!m_error.isError())
        return;
    setError({});
    bool resumed = false;
    if (m_list)
        resumed = m_list->retry() || resumed;
    if (m_refresh && m_refreshFailed) {
        m_refreshFailed = false;
        resumed = m_refresh->retry() || resumed;
    }
    if (m_serverSearch && m_serverSearch->error().isError())
        resumed = m_serverSearch->retry() || resumed;
    if (!resumed) {
        if (m_listDone)
            refresh();
        else
            load();
    }
    updateState();
}

void MailboxListModel::onListArrived(const QList<Mailbox> &fresh)
{
    touchFetchedAt();
    QList<Mailbox> rows = fresh;
    const qsizetype room = std::max<qsizetype>(0, m_maxHeldRows - m_listRows);
    const bool full = rows.size() > room;
    if (full)
        rows.resize(room);
    appendListRows(rows);
    if (full) {
        // Too long to hold: these rows stay, and a search asks the portal for the rest.
        dropRead(m_list, this);
        m_listDone = true;
        m_capped = true;
        m_rows.squeeze();
        if (!m_needle.isEmpty())
            searchNow();
    }
    updateState();
}

void MailboxListModel::onRefreshArrived(const QList<Mailbox> &fresh)
{
    const qsizetype room = std::max<qsizetype>(0, m_maxHeldRows - m_refreshRows.size());
    m_refreshRows.append(fresh.mid(0, room));
    if (fresh.size() > room) {
        m_refreshCapped = true;
        onRefreshFinished();
    }
}

void MailboxListModel::onRefreshFinished()
{
    // The new list, complete: the rows change in place, so a view keeps its selection and
    // scroll position (a reset would lose both).
    const QList<Mailbox> fresh = std::exchange(m_refreshRows, {});
    dropRead(m_refresh, this);
    QHash<qint64, qsizetype> freshRow;
    freshRow.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshRow.insert(fresh.at(i).id, i);

    QList<int> gone;
    for (int row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.id(row);
        if (!freshRow.contains(id) && !m_searchOnly.contains(id))
            gone.append(row);
    }
    removeRowsAt(gone);

    int firstChanged = -1;
    int lastChanged = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto it = freshRow.constFind(m_rows.id(row));
        if (it == freshRow.cend())
            continue;
        m_searchOnly.remove(m_rows.id(row));
        const Mailbox &now = fresh.at(*it);
        if (m_rows.sameItem(row, now))
            continue;
        m_rows.replace(row, now);
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));

    QList<Mailbox> added;
    for (const Mailbox &mailbox : fresh) {
        if (!m_rows.contains(mailbox.id))
            added.append(mailbox);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const Mailbox &mailbox : std::as_const(added))
            m_rows.append(mailbox);
        endInsertRows();
    }
    m_rows.squeeze();
    m_listRows = int(fresh.size());
    m_capped = m_refreshCapped;
    m_listDone = true;
    m_lookedUp.clear();
    touchFetchedAt();
    if (needsPortal(m_needle))
        searchNow();
    updateState();
}

void MailboxListModel::appendListRows(QList<Mailbox> rows)
{
    // A row a search brought before is the list's now: counted, not added again.
    int firstChanged = -1;
    int lastChanged = -1;
    qsizetype kept = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int row = m_rows.rowOf(rows.at(i).id);
        if (row < 0) {
            rows[kept++] = rows.at(i);
            continue;
        }
        if (!m_searchOnly.remove(rows.at(i).id))
            continue; // already the list's
        ++m_listRows;
        if (!m_rows.sameItem(row, rows.at(i))) {
            m_rows.replace(row, rows.at(i));
            firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        }
    }
    rows.resize(kept);
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (rows.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    for (const Mailbox &mailbox : std::as_const(rows))
        m_rows.append(mailbox);
    m_listRows += int(rows.size());
    endInsertRows();
}

void MailboxListModel::appendSearchRows(const QList<Mailbox> &rows)
{
    QList<Mailbox> fresh;
    for (const Mailbox &mailbox : rows) {
        if (!m_rows.contains(mailbox.id) &&
            std::none_of(fresh.cbegin(), fresh.cend(),
                         [&](const Mailbox &m) { return m.id == mailbox.id; }))
            fresh.append(mailbox);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Mailbox &mailbox : std::as_const(fresh)) {
        m_rows.append(mailbox);
        m_searchOnly.insert(mailbox.id);
    }
    endInsertRows();
}

void MailboxListModel::dropSearchRowsNotMatching(const QString &needle)
{
    if (m_searchOnly.isEmpty())
        return;
    QList<int> gone;
    for (const qint64 id : std::as_const(m_searchOnly)) {
        const int row = m_rows.rowOf(id);
        if (row >= 0 && !matches(m_rows.at(row), needle))
            gone.append(row);
    }
    std::sort(gone.begin(), gone.end());
    for (const int row : std::as_const(gone))
        m_searchOnly.remove(m_rows.id(row));
    removeRowsAt(gone);
}

void MailboxListModel::removeRowsAt(const QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    // From the end, one removal per run of adjacent rows.
    qsizetype i = rows.size() - 1;
    while (i >= 0) {
        const int last = rows.at(i);
        int first = last;
        while (i > 0 && rows.at(i - 1) == first - 1)
            first = rows.at(--i);
        --i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void MailboxListModel::clearAll(RestClient *client)
{
    beginResetModel();
    m_client = client;
    dropRead(m_list, this);
    dropRead(m_refresh, this);
    dropServerSearch();
    dropLookup();
    m_searchTimer->stop();
    m_rows.clear();
    m_searchOnly.clear();
    m_refreshRows.clear();
    m_lookedUp.clear();
    m_listRows = 0;
    m_listDone = false;
    m_capped = false;
    m_refreshCapped = false;
    m_refreshFailed = false;
    endResetModel();
}

void MailboxListModel::onFailed(const RestError &error)
{
    if (sender() == m_refresh)
        m_refreshFailed = true;
    setError(error);
    updateState();
}

void MailboxListModel::onClientDestroyed()
{
    clearAll(nullptr);
    setError({});
    updateState();
}

void MailboxListModel::touchFetchedAt()
{
    m_fetchedAt = QDateTime::currentDateTime();
    Q_EMIT fetchedAtChanged(m_fetchedAt);
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
    if (m_listRows != m_rowsLoaded) {
        m_rowsLoaded = m_listRows;
        Q_EMIT rowsLoadedChanged(m_listRows);
    }
}

} // namespace mb
