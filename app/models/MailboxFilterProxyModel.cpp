#include "MailboxFilterProxyModel.h"

#include "MailboxListModel.h"

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
    if (model) {
        // Before the base class connects: the keys are gone by the time it sorts again.
        const auto drop = [this] { dropSortKeys(); };
        m_keyWatch = {
            connect(model, &QAbstractItemModel::modelReset, this, drop),
            connect(model, &QAbstractItemModel::rowsRemoved, this, drop),
            connect(model, &QAbstractItemModel::rowsMoved, this, drop),
            connect(model, &QAbstractItemModel::layoutChanged, this, drop),
            connect(model, &QAbstractItemModel::dataChanged, this, drop),
            connect(model, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &, int first) {
                        if (size_t(first) < m_sortKeys.size())
                            dropSortKeys(); // only rows at the end keep the others in line
                    }),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    m_list = qobject_cast<MailboxListModel *>(model);
    if (m_list) {
        connect(m_list, &MailboxListModel::searchTextChanged, this,
                &MailboxFilterProxyModel::setFilterText);
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
        m_folded = MailboxListModel::foldNeedle(needle);
        if (sourceModel() && sourceModel()->rowCount() >= BigList)
            invalidate();
        else
            invalidateRowsFilter();
    }
    Q_EMIT filterTextChanged(text);
}

bool MailboxFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_list && sourceModel() == m_list)
        return m_list->rowMatchesFolded(sourceRow, m_folded);
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
    QSortFilterProxyModel::sort(column, order);
}

void MailboxFilterProxyModel::dropSortKeys() const
{
    m_sortKeys.clear();
    m_sortKeys.shrink_to_fit();
    m_keyColumn = -1;
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
        if (m_sortKeys.empty())
            m_sortKeys.reserve(size_t(rows)); // later rows grow it geometrically, not per page
        for (int row = int(m_sortKeys.size()); row < rows; ++row) {
            const Mailbox &m = m_list->mailboxAt(row);
            const QString &text = column == MailboxListModel::NameColumn    ? m.name
                                  : column == MailboxListModel::EmailColumn ? m.email
                                                                            : m.senderName;
            m_sortKeys.push_back(m_collator->sortKey(text));
        }
    }
    return m_sortKeys.at(size_t(sourceRow));
}

bool MailboxFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_list && sourceModel() == m_list && left.column() == right.column()) {
        // Straight from the rows: no QVariant and no collation per comparison.
        const Mailbox &l = m_list->mailboxAt(left.row());
        const Mailbox &r = m_list->mailboxAt(right.row());
        if (left.column() != MailboxListModel::IdColumn) {
            const int order =
                sortKey(left.row(), left.column()).compare(sortKey(right.row(), left.column()));
            if (order != 0)
                return order < 0;
        }
        return l.id < r.id;
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
