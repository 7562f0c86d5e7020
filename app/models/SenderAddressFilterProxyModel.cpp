#include "SenderAddressFilterProxyModel.h"

#include "SenderAddressModel.h"
#include "SenderModel.h"

namespace mb {

SenderAddressFilterProxyModel::SenderAddressFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SenderAddressFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = SenderModel::withoutBidiControls(text).trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool SenderAddressFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                     const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    // The domain is part of the address; named for what the search field promises.
    if (source.data(SenderAddressModel::EmailRole).toString().contains(m_text, Qt::CaseInsensitive))
        return true;
    const QStringList names = source.data(SenderAddressModel::NamesRole).toStringList();
    return std::any_of(names.cbegin(), names.cend(), [this](const QString &name) {
        return name.contains(m_text, Qt::CaseInsensitive);
    });
}

bool SenderAddressFilterProxyModel::lessThan(const QModelIndex &left,
                                             const QModelIndex &right) const
{
    const QString l = left.data(Qt::DisplayRole).toString();
    const QString r = right.data(Qt::DisplayRole).toString();
    if (l != r)
        return QSortFilterProxyModel::lessThan(left, right);
    return left.row() < right.row(); // equal cells keep the portal's order
}

} // namespace mb
