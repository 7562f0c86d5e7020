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
        invalidateRowsFilter();
    }
    Q_EMIT filterTextChanged(text);
}

bool MailboxFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_list && sourceModel() == m_list)
        return m_list->rowMatches(sourceRow, m_needle);
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto has = [&](int role) {
        return index.data(role).toString().contains(m_needle, Qt::CaseInsensitive);
    };
    return has(MailboxListModel::NameRole) || has(MailboxListModel::EmailRole) ||
           has(MailboxListModel::SenderNameRole) || has(MailboxListModel::IdRole);
}

bool MailboxFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
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
