#include "MailboxFilterProxyModel.h"

#include "MailboxListModel.h"

#include <algorithm>
#include <numeric>

namespace mb {

MailboxFilterProxyModel::MailboxFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void MailboxFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (m_list)
        disconnect(m_list, &MailboxListModel::searchTextChanged, this,
                   &MailboxFilterProxyModel::setFilterText);
    for (const QMetaObject::Connection &connection : std::as_const(m_keyWatch))
        disconnect(connection);
    m_keyWatch.clear();
    dropSortKeys();
    dropFilterAnswers();
    if (model) {
        // Before the base class connects: the keys are gone by the time it sorts again.
        const auto drop = [this] {
            dropSortKeys();
            dropFilterAnswers();
        };
        m_keyWatch = {
            connect(model, &QAbstractItemModel::modelReset, this, drop),
            connect(model, &QAbstractItemModel::rowsRemoved, this, drop),
            connect(model, &QAbstractItemModel::rowsMoved, this, drop),
            connect(model, &QAbstractItemModel::layoutChanged, this, drop),
            connect(model, &QAbstractItemModel::dataChanged, this, drop),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first) {
                        // Only rows at the end keep the others in line.
                        if (size_t(first) < m_sortKeys.size())
                            dropSortKeys();
                        if (size_t(first) < m_passes.size())
                            dropFilterAnswers();
                    }),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    m_list = qobject_cast<MailboxListModel *>(model);
    if (m_list) {
        connect(m_list, &MailboxListModel::searchTextChanged, this,
                &MailboxFilterProxyModel::setFilterText);
        connect(m_list, &MailboxListModel::completeChanged, this, [this](bool complete) {
            if (complete)
                settleSortKeys();
        });
        setFilterText(m_list->searchText());
    }
}

void MailboxFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    const QString needle = text.trimmed();
    if (needle != m_needle) {
        m_needle = needle;
        const QByteArray previous = std::exchange(m_folded, MailboxListModel::foldNeedle(needle));
        refilter(previous);
        if (sourceModel() && sourceModel()->rowCount() >= BigList) {
            rankRows();
            invalidate();
        } else
            invalidateRowsFilter();
    }
    Q_EMIT filterTextChanged(text);
}

bool MailboxFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_list && sourceModel() == m_list) {
        if (size_t(sourceRow) < m_passes.size())
            return m_passes[size_t(sourceRow)];
        const bool passes = m_list->rowMatchesFolded(sourceRow, m_folded);
        if (size_t(sourceRow) == m_passes.size())
            m_passes.push_back(passes); // rows arrive at the end, in order
        return passes;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto has = [&](int role) {
        return index.data(role).toString().contains(m_needle, Qt::CaseInsensitive);
    };
    return has(MailboxListModel::NameRole) || has(MailboxListModel::EmailRole) ||
           has(MailboxListModel::SenderNameRole) || has(MailboxListModel::IdRole);
}

void MailboxFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column != m_keyColumn)
        dropSortKeys(); // the keys of one column at a time
    if (column >= 0 && (column != sortColumn() || order != sortOrder())) {
        m_keyColumn = column;
        rankRows();
    }
    QSortFilterProxyModel::sort(column, order);
    if (m_list && m_list->isComplete())
        settleSortKeys();
}

void MailboxFilterProxyModel::settleSortKeys()
{
    if (!m_list || sourceModel() != m_list || m_keyColumn < 0 ||
        m_keyColumn == MailboxListModel::IdColumn || m_keyColumn != sortColumn() ||
        m_sortKeys.empty())
        return;
    const int rows = m_list->rowCount();
    if (m_ranks.size() != size_t(rows)) {
        // Sorted while the rows streamed in: with every row shown, the proxy's order is the
        // ranks (ids broke the ties there too).
        if (!m_needle.isEmpty() || rowCount() != rows)
            return;
        m_ranks.assign(size_t(rows), 0);
        const bool ascending = sortOrder() == Qt::AscendingOrder;
        for (int place = 0; place < rows; ++place) {
            const int source = mapToSource(index(place, 0)).row();
            m_ranks[size_t(source)] = ascending ? place : rows - 1 - place;
        }
    }
    m_sortKeys.clear();
    m_sortKeys.shrink_to_fit();
    m_keysSettled = true;
}

void MailboxFilterProxyModel::dropSortKeys() const
{
    m_sortKeys.clear();
    m_sortKeys.shrink_to_fit();
    m_ranks.clear();
    m_ranks.shrink_to_fit();
    m_keyColumn = -1;
    m_keysSettled = false;
}

void MailboxFilterProxyModel::rankRows() const
{
    if (!m_list || sourceModel() != m_list)
        return;
    const int column = m_keyColumn >= 0 ? m_keyColumn : sortColumn();
    if (column < 0 || column == MailboxListModel::IdColumn)
        return;
    const int rows = m_list->rowCount();
    if (rows == 0 || m_ranks.size() == size_t(rows))
        return;
    (void)sortKey(rows - 1, column); // every row's key
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int l, int r) {
        const int byKey = m_sortKeys[size_t(l)].compare(m_sortKeys[size_t(r)]);
        return byKey != 0 ? byKey < 0 : m_list->idAt(l) < m_list->idAt(r);
    });
    m_ranks.assign(size_t(rows), 0);
    for (int place = 0; place < rows; ++place)
        m_ranks[size_t(order[size_t(place)])] = place;
}

void MailboxFilterProxyModel::refilter(const QByteArray &previous)
{
    if (!m_list || sourceModel() != m_list || m_needle.isEmpty()) {
        dropFilterAnswers();
        return;
    }
    const int rows = m_list->rowCount();
    // A row that contains the new text contains every part of it, the last text too.
    const bool narrowing = m_passes.size() == size_t(rows) && m_folded.contains(previous);
    if (!narrowing)
        m_passes.assign(size_t(rows), true);
    for (int row = 0; row < rows; ++row) {
        if (m_passes[size_t(row)])
            m_passes[size_t(row)] = m_list->rowMatchesFolded(row, m_folded);
    }
}

void MailboxFilterProxyModel::dropFilterAnswers() const
{
    m_passes.clear();
    m_passes.shrink_to_fit();
}

const QCollatorSortKey &MailboxFilterProxyModel::sortKey(int sourceRow, int column) const
{
    if (column != m_keyColumn) {
        dropSortKeys();
        m_keyColumn = column;
    }
    if (size_t(sourceRow) >= m_sortKeys.size()) {
        if (!m_collator) {
            // As the base class compares strings with these settings.
            m_collator.emplace(QLocale());
            m_collator->setCaseSensitivity(Qt::CaseInsensitive);
        }
        const int rows = m_list->rowCount();
        m_keysSettled = false;
        if (m_sortKeys.empty())
            m_sortKeys.reserve(size_t(rows)); // later rows grow it geometrically, not per page
        for (int row = int(m_sortKeys.size()); row < rows; ++row) {
            m_sortKeys.push_back(m_collator->sortKey(m_list->textAt(row, column)));
        }
    }
    return m_sortKeys.at(size_t(sourceRow));
}

bool MailboxFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_list && sourceModel() == m_list && left.column() == right.column()) {
        // Straight from the rows: no QVariant and no collation per comparison.
        if (left.column() != MailboxListModel::IdColumn) {
            if (left.column() == m_keyColumn && size_t(left.row()) < m_ranks.size() &&
                size_t(right.row()) < m_ranks.size())
                return m_ranks[size_t(left.row())] < m_ranks[size_t(right.row())];
            // A row added after the keys went: the collator, not every row's key again.
            const int order = m_keysSettled && left.column() == m_keyColumn
                                  ? m_collator->compare(m_list->textAt(left.row(), m_keyColumn),
                                                        m_list->textAt(right.row(), m_keyColumn))
                                  : sortKey(left.row(), left.column())
                                        .compare(sortKey(right.row(), left.column()));
            if (order != 0)
                return order < 0;
        }
        return m_list->idAt(left.row()) < m_list->idAt(right.row());
    }

    const qint64 leftId = left.data(MailboxListModel::IdRole).toLongLong();
    const qint64 rightId = right.data(MailboxListModel::IdRole).toLongLong();
    if (left.column() == MailboxListModel::IdColumn)
        return leftId < rightId;
    if (QSortFilterProxyModel::lessThan(left, right))
        return true;
    if (QSortFilterProxyModel::lessThan(right, left))
        return false;
    return leftId < rightId;
}

} // namespace mb
