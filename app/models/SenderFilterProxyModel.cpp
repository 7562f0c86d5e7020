#include "SenderFilterProxyModel.h"

#include "PlainToolTip.h"
#include "SenderModel.h"

namespace mb {

SenderFilterProxyModel::SenderFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    resort();
}

void SenderFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    m_senders = qobject_cast<SenderModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void SenderFilterProxyModel::setFilterText(const QString &text)
{
    const QString trimmed = SenderModel::withoutBidiControls(text).trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void SenderFilterProxyModel::setPinned(const QStringList &keys)
{
    if (keys == m_pinned)
        return;
    m_pinned = keys;
    resort();
}

void SenderFilterProxyModel::setRecent(const QStringList &keys)
{
    if (keys == m_recent)
        return;
    m_recent = keys;
    resort();
}

void SenderFilterProxyModel::resort()
{
    // Nothing pinned or recent: the portal's order, which needs no sort. Sorted, every sender
    // that comes in or is marked again is compared into place.
    invalidate();
    sort(m_pinned.isEmpty() && m_recent.isEmpty() ? -1 : 0);
}

int SenderFilterProxyModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(KeyRole).toString() == key)
            return row;
    }
    return -1;
}

QVariant SenderFilterProxyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    switch (role) {
    case Qt::EditRole: // what an editable QComboBox shows for a row
        return QSortFilterProxyModel::data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return plainToolTip(data(index, SenderModel::ReasonRole).toString());
    case SenderModel::ReasonRole: {
        // Why the sender is offered, and why it is on top.
        QString tip = QSortFilterProxyModel::data(index, role).toString();
        const QString key = keyOf(mapToSource(index));
        QString place;
        if (m_pinned.contains(key))
            place = tr("Pinned to the top of the list.");
        else if (m_recent.contains(key))
            place = tr("Chosen recently.");
        if (!place.isEmpty())
            tip = tip.isEmpty() ? place : tip + u'\n' + place;
        return tip;
    }
    case KeyRole:
        return keyOf(mapToSource(index));
    case PinnedRole:
        return m_pinned.contains(keyOf(mapToSource(index)));
    case RecentRole:
        return m_recent.contains(keyOf(mapToSource(index)));
    default:
        return QSortFilterProxyModel::data(index, role);
    }
}

QString SenderFilterProxyModel::keyOf(const QModelIndex &sourceIndex) const
{
    return sourceIndex.data(SenderModel::PlainTextRole).toString();
}

bool SenderFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_senders && !m_senders->isFirstOfKey(sourceRow))
        return false;
    if (m_text.isEmpty())
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : {int(SenderModel::NameRole), int(SenderModel::EmailRole),
                     int(SenderModel::DomainRole), int(SenderModel::PlainTextRole)}) {
        if (source.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

int SenderFilterProxyModel::rank(const QModelIndex &sourceIndex) const
{
    const QString key = keyOf(sourceIndex);
    const qsizetype pinned = m_pinned.indexOf(key);
    if (pinned >= 0)
        return int(pinned);
    const qsizetype recent = m_recent.indexOf(key);
    if (recent >= 0)
        return int(m_pinned.size() + recent);
    return int(m_pinned.size() + m_recent.size());
}

bool SenderFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = rank(left);
    const int r = rank(right);
    if (l != r)
        return l < r;
    return left.row() < right.row();
}

} // namespace mb
