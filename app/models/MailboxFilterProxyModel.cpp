#include "MailboxFilterProxyModel.h"

#include "MailboxListModel.h"

#include <algorithm>
#include <climits>
#include <numeric>

namespace mb {

namespace {

constexpr int Hidden = -1;

// What showExactly() knows of each source row.
enum Mark : char { Out = 0, WasShown = 1, WillShow = 2 };

} // namespace

MailboxFilterProxyModel::MailboxFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{}

MailboxFilterProxyModel::~MailboxFilterProxyModel() = default;

void MailboxFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceWatch))
        disconnect(connection);
    m_sourceWatch.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_list = qobject_cast<MailboxListModel *>(model);
    bool textChanged = false;
    if (m_list && m_list->searchText() != m_filterText) {
        m_filterText = m_list->searchText();
        m_needle = m_filterText.trimmed();
        m_folded = MailboxListModel::foldNeedle(m_needle);
        textChanged = true;
    }
    if (model) {
        m_sourceWatch = {
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    &MailboxFilterProxyModel::onRowsInserted),
            connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &MailboxFilterProxyModel::onRowsAboutToBeRemoved),
            connect(model, &QAbstractItemModel::rowsRemoved, this,
                    &MailboxFilterProxyModel::onRowsRemoved),
            connect(model, &QAbstractItemModel::dataChanged, this,
                    &MailboxFilterProxyModel::onDataChanged),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
            // As QSortFilterProxyModel: no signal while the source goes (its views usually go
            // with it), only no row left.
            connect(model, &QAbstractItemModel::destroyed, this,
                    [this] {
                        m_list = nullptr;
                        rebuild();
                    }),
        };
        // What this proxy does not follow step by step starts it again.
        const auto begin = [this] { beginSourceReset(); };
        const auto end = [this] { endSourceReset(); };
        m_sourceWatch << connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin)
                      << connect(model, &QAbstractItemModel::modelReset, this, end)
                      << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin)
                      << connect(model, &QAbstractItemModel::layoutChanged, this, end)
                      << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin)
                      << connect(model, &QAbstractItemModel::rowsMoved, this, end)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin)
                      << connect(model, &QAbstractItemModel::columnsInserted, this, end)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin)
                      << connect(model, &QAbstractItemModel::columnsRemoved, this, end)
                      << connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin)
                      << connect(model, &QAbstractItemModel::columnsMoved, this, end);
    }
    if (m_list) {
        m_sourceWatch << connect(m_list, &MailboxListModel::searchTextChanged, this,
                                 &MailboxFilterProxyModel::setFilterText)
                      << connect(m_list, &MailboxListModel::completeChanged, this,
                                 [this](bool complete) {
                                     // Every row has its place: a row added later is placed
                                     // by the collator, and the keys (over a hundred bytes a
                                     // row, 10 ms to free for 100,000) go, in a turn of
                                     // their own rather than the one the last rows took.
                                     if (complete)
                                         QMetaObject::invokeMethod(
                                             this,
                                             [this] {
                                                 if (m_list && m_list->isComplete())
                                                     dropKeys();
                                             },
                                             Qt::QueuedConnection);
                                 });
    }
    rebuild();
    endResetModel();
    if (textChanged)
        Q_EMIT filterTextChanged(m_filterText);
}

void MailboxFilterProxyModel::beginSourceReset()
{
    if (!m_resetting) {
        m_resetting = true;
        beginResetModel();
    }
}

void MailboxFilterProxyModel::endSourceReset()
{
    if (!m_resetting)
        return;
    rebuild();
    m_resetting = false;
    endResetModel();
}

QModelIndex MailboxFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_shown.size() ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MailboxFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex MailboxFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int MailboxFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MailboxFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool MailboxFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QModelIndex MailboxFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex MailboxFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() ||
        sourceIndex.parent().isValid())
        return {};
    const std::vector<int> &rows = proxyRows();
    const size_t source = size_t(sourceIndex.row());
    if (source >= rows.size() || rows[source] == Hidden)
        return {};
    return createIndex(rows[source], sourceIndex.column());
}

const std::vector<int> &MailboxFilterProxyModel::proxyRows() const
{
    if (m_proxyRowStale) {
        m_proxyRow.assign(m_passes.size(), Hidden);
        for (size_t row = 0; row < m_shown.size(); ++row)
            m_proxyRow[size_t(m_shown[row])] = int(row);
        m_proxyRowStale = false;
    }
    return m_proxyRow;
}

bool MailboxFilterProxyModel::matches(int row) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_list)
        return m_list->rowMatchesFolded(row, m_folded);
    const QModelIndex index = sourceModel()->index(row, 0);
    const auto has = [&](int role) {
        return index.data(role).toString().contains(m_needle, Qt::CaseInsensitive);
    };
    return has(MailboxListModel::NameRole) || has(MailboxListModel::EmailRole) ||
           has(MailboxListModel::SenderNameRole) || has(MailboxListModel::IdRole);
}

QString MailboxFilterProxyModel::textOf(int row, int column) const
{
    if (m_list)
        return m_list->textAt(row, column);
    return sourceModel()->index(row, column).data().toString();
}

qint64 MailboxFilterProxyModel::idOf(int row) const
{
    if (m_list)
        return m_list->idAt(row);
    return sourceModel()->index(row, 0).data(MailboxListModel::IdRole).toLongLong();
}

QCollator &MailboxFilterProxyModel::collator() const
{
    if (!m_collator) {
        m_collator.emplace(QLocale());
        m_collator->setCaseSensitivity(Qt::CaseInsensitive);
    }
    return *m_collator;
}

QString MailboxFilterProxyModel::sortText(int row) const
{
    QString text = textOf(row, m_sortColumn);
    // The C locale's keys are the bytes of the text, whatever the case sensitivity (its
    // compare() does ignore case): folded, keys and compare() agree.
    if (collator().locale().language() == QLocale::C)
        return std::move(text).toCaseFolded();
    return text;
}

bool MailboxFilterProxyModel::ascendingBefore(int a, int b) const
{
    if (m_sortColumn != MailboxListModel::IdColumn) {
        const int order = m_keyed ? m_keys[size_t(a)].compare(m_keys[size_t(b)])
                                  : collator().compare(sortText(a), sortText(b));
        if (order != 0)
            return order < 0;
    }
    const qint64 left = idOf(a);
    const qint64 right = idOf(b);
    return left != right ? left < right : a < b;
}

bool MailboxFilterProxyModel::inOrder(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    // Descending is exactly the reverse, ties included.
    return m_sortOrder == Qt::AscendingOrder ? ascendingBefore(a, b) : ascendingBefore(b, a);
}

bool MailboxFilterProxyModel::keepKeys() const
{
    return !m_list || !m_list->isComplete();
}

void MailboxFilterProxyModel::buildKeys()
{
    m_keys.clear();
    m_keyed = false;
    if (m_sortColumn < 0 || m_sortColumn == MailboxListModel::IdColumn || !sourceModel())
        return;
    const int rows = int(m_passes.size());
    m_keys.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_keys.push_back(collator().sortKey(sortText(row)));
    m_keyed = true;
}

void MailboxFilterProxyModel::dropKeys()
{
    m_keyed = false;
    std::vector<QCollatorSortKey>().swap(m_keys);
}

void MailboxFilterProxyModel::rebuild()
{
    m_shown.clear();
    m_order.clear();
    m_passes.clear();
    dropKeys();
    m_proxyRowStale = true;
    if (!sourceModel())
        return;
    const int rows = sourceModel()->rowCount();
    m_passes.resize(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_passes[size_t(row)] = matches(row);
    sortAll();
    m_shown = passing();
}

void MailboxFilterProxyModel::sortAll()
{
    m_order.resize(m_passes.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0) {
        dropKeys();
        return;
    }
    buildKeys();
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return inOrder(a, b); });
    if (!keepKeys())
        dropKeys();
}

void MailboxFilterProxyModel::place(std::vector<int> rows)
{
    if (!m_keyed && m_sortColumn >= 0 && m_sortColumn != MailboxListModel::IdColumn &&
        rows.size() > size_t(BigList)) {
        // Thousands of binary searches through the collator (a refresh that changed every
        // row) cost more than every row's key.
        buildKeys();
        place(std::move(rows));
        if (!keepKeys())
            dropKeys();
        return;
    }
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return inOrder(a, b); });
    std::vector<int> merged;
    merged.reserve(m_order.size() + rows.size());
    auto from = m_order.cbegin();
    for (const int row : rows) {
        const auto at = std::upper_bound(from, m_order.cend(), row,
                                         [this](int a, int b) { return inOrder(a, b); });
        merged.insert(merged.end(), from, at);
        merged.push_back(row);
        from = at;
    }
    merged.insert(merged.end(), from, m_order.cend());
    m_order.swap(merged);
}

std::vector<int> MailboxFilterProxyModel::passing() const
{
    std::vector<int> rows;
    rows.reserve(m_shown.size() + 64);
    for (const int row : m_order) {
        if (m_passes[size_t(row)])
            rows.push_back(row);
    }
    return rows;
}

void MailboxFilterProxyModel::showExactly(std::vector<int> target,
                                          QAbstractItemModel::LayoutChangeHint hint, bool placing)
{
    std::vector<char> mark(m_passes.size(), Out);
    for (const int row : m_shown)
        mark[size_t(row)] = WasShown;
    for (const int row : target)
        mark[size_t(row)] |= WillShow;
    std::vector<int> joining;
    for (const int row : target) {
        if (!(mark[size_t(row)] & WasShown))
            joining.push_back(row);
    }
    std::vector<int> leaving;
    int leavingRuns = 0;
    bool inRun = false;
    for (const int row : m_shown) {
        const bool leaves = !(mark[size_t(row)] & WillShow);
        if (leaves)
            leaving.push_back(row);
        leavingRuns += leaves && !inRun;
        inRun = leaves;
    }
    // The rows that stay, in the same order before and after?
    bool sameOrder = true;
    int joiningRuns = 0;
    {
        size_t old = 0;
        inRun = false;
        for (const int row : target) {
            const bool joins = !(mark[size_t(row)] & WasShown);
            joiningRuns += joins && !inRun;
            inRun = joins;
            if (joins)
                continue;
            while (!(mark[size_t(m_shown[old])] & WillShow))
                ++old;
            if (m_shown[old++] != row) {
                sameOrder = false;
                break;
            }
        }
    }
    if (joining.empty() && leaving.empty() && sameOrder)
        return;

    if (sameOrder && (m_passes.size() < size_t(BigList) || joiningRuns + leavingRuns <= 2)) {
        // In runs at their places: from the last run up, so the rows above keep their numbers.
        for (int last = int(m_shown.size()) - 1; last >= 0;) {
            if (mark[size_t(m_shown[size_t(last)])] & WillShow) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !(mark[size_t(m_shown[size_t(first - 1)])] & WillShow))
                --first;
            beginRemoveRows({}, first, last);
            m_shown.erase(m_shown.begin() + first, m_shown.begin() + last + 1);
            m_proxyRowStale = true;
            endRemoveRows();
            last = first - 1;
        }
        for (size_t first = 0; first < target.size();) {
            if (mark[size_t(target[first])] & WasShown) {
                ++first;
                continue;
            }
            size_t end = first + 1;
            while (end < target.size() && !(mark[size_t(target[end])] & WasShown))
                ++end;
            beginInsertRows({}, int(first), int(end) - 1);
            m_shown.insert(m_shown.begin() + qsizetype(first), target.begin() + qsizetype(first),
                           target.begin() + qsizetype(end));
            m_proxyRowStale = true;
            endInsertRows();
            first = end;
        }
        return;
    }

    // Joining rows at the end, every row to its place in one layout change (the leaving ones
    // after the others), then the leaving ones off the end.
    if (!joining.empty()) {
        const int first = int(m_shown.size());
        beginInsertRows({}, first, first + int(joining.size()) - 1);
        m_shown.insert(m_shown.end(), joining.cbegin(), joining.cend());
        m_proxyRowStale = true;
        endInsertRows();
    }
    const size_t kept = target.size();
    target.insert(target.end(), leaving.cbegin(), leaving.cend());
    if (target != m_shown) {
        m_placing = placing;
        Q_EMIT layoutAboutToBeChanged({}, hint);
        const QModelIndexList from = persistentIndexList();
        std::vector<int> sources;
        sources.reserve(size_t(from.size()));
        for (const QModelIndex &index : from)
            sources.push_back(m_shown[size_t(index.row())]);
        m_shown.swap(target);
        m_proxyRowStale = true;
        const std::vector<int> &rows = proxyRows();
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i)
            to.append(createIndex(rows[size_t(sources[size_t(i)])], from.at(i).column()));
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, hint);
        m_placing = false;
    }
    if (!leaving.empty()) {
        beginRemoveRows({}, int(kept), int(m_shown.size()) - 1);
        m_shown.resize(kept);
        m_proxyRowStale = true;
        endRemoveRows();
    }
}

void MailboxFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const QString needle = text.trimmed();
    if (needle != m_needle) {
        const QString previous = std::exchange(m_needle, needle);
        const QByteArray previousFolded =
            std::exchange(m_folded, MailboxListModel::foldNeedle(needle));
        if (sourceModel() && !m_resetting) {
            refilter(previous, previousFolded);
            showExactly(passing(), QAbstractItemModel::NoLayoutChangeHint, false);
        }
    }
    Q_EMIT filterTextChanged(text);
}

void MailboxFilterProxyModel::refilter(const QString &previousNeedle,
                                       const QByteArray &previousFolded)
{
    const size_t rows = m_passes.size();
    if (m_needle.isEmpty()) {
        std::fill(m_passes.begin(), m_passes.end(), char(1));
        return;
    }
    // A row that contains the new text contains every part of it, the last text too: only
    // the rows that passed are looked at again.
    const bool narrowing = m_list ? m_folded.contains(previousFolded)
                                  : m_needle.contains(previousNeedle, Qt::CaseInsensitive);
    for (size_t row = 0; row < rows; ++row) {
        if (!narrowing || m_passes[row])
            m_passes[row] = matches(int(row));
    }
}

void MailboxFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0)
        order = Qt::AscendingOrder;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool reversed = column == m_sortColumn && column >= 0;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!sourceModel() || m_resetting)
        return;
    if (reversed) {
        // The other way round: the same order reversed (inOrder is a total order).
        std::reverse(m_order.begin(), m_order.end());
    } else {
        sortAll();
    }
    showExactly(passing(), QAbstractItemModel::VerticalSortHint, false);
}

void MailboxFilterProxyModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    if (size_t(first) < m_passes.size()) {
        // Not at the end: the rows after them move down.
        for (int &row : m_order)
            row += row >= first ? count : 0;
        for (int &row : m_shown)
            row += row >= first ? count : 0;
    }
    m_passes.insert(m_passes.begin() + first, size_t(count), char(0));
    m_proxyRowStale = true;
    std::vector<int> rows(static_cast<size_t>(count));
    std::iota(rows.begin(), rows.end(), first);
    for (const int row : rows)
        m_passes[size_t(row)] = matches(row);
    if (m_keyed) {
        std::vector<QCollatorSortKey> keys;
        keys.reserve(size_t(count));
        for (const int row : rows)
            keys.push_back(collator().sortKey(sortText(row)));
        m_keys.insert(m_keys.begin() + first, keys.cbegin(), keys.cend());
    }
    place(std::move(rows));
    showExactly(passing(), QAbstractItemModel::VerticalSortHint, true);
}

void MailboxFilterProxyModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    std::vector<int> target;
    target.reserve(m_shown.size());
    for (const int row : m_shown) {
        if (row < first || row > last)
            target.push_back(row);
    }
    showExactly(std::move(target), QAbstractItemModel::NoLayoutChangeHint, false);
}

void MailboxFilterProxyModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_resetting)
        return;
    const int count = last - first + 1;
    const auto renumber = [&](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](int row) { return row >= first && row <= last; }),
                   rows.end());
        for (int &row : rows)
            row -= row > last ? count : 0;
    };
    renumber(m_order);
    renumber(m_shown);
    m_passes.erase(m_passes.begin() + first, m_passes.begin() + last + 1);
    if (m_keyed)
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    m_proxyRowStale = true;
}

void MailboxFilterProxyModel::onDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || m_resetting || !topLeft.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    for (int row = first; row <= last; ++row) {
        m_passes[size_t(row)] = matches(row);
        if (m_keyed)
            m_keys[size_t(row)] = collator().sortKey(sortText(row));
    }
    if (m_sortColumn >= 0) {
        // The changed rows go to their places again.
        m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                     [&](int row) { return row >= first && row <= last; }),
                      m_order.end());
        std::vector<int> rows(size_t(last - first + 1));
        std::iota(rows.begin(), rows.end(), first);
        place(std::move(rows));
    }
    showExactly(passing(), QAbstractItemModel::NoLayoutChangeHint, false);
    const std::vector<int> &proxy = proxyRows();
    int top = INT_MAX;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        if (const int at = proxy[size_t(row)]; at != Hidden) {
            top = std::min(top, at);
            bottom = std::max(bottom, at);
        }
    }
    if (bottom >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()));
}

} // namespace mb
