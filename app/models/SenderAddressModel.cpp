#include "SenderAddressModel.h"

#include "PlainToolTip.h"
#include "SenderModel.h"

#include <QSet>

#include <algorithm>

namespace mb {

namespace {
QString addressKey(const QString &email)
{
    return email.trimmed().toCaseFolded(); // as SenderModel matches mailboxes
}
} // namespace

SenderAddressModel::SenderAddressModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SenderAddressModel::setSourceModel(SenderModel *source)
{
    if (source == m_source)
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    if (source) {
        connect(source, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(source, &QAbstractItemModel::modelReset, this, &SenderAddressModel::rebuild);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &SenderAddressModel::rebuild);
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    onFlagsChanged(topLeft.row(), bottomRight.row());
                });
    }
    rebuild();
}

void SenderAddressModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    if (m_source) {
        for (int row = 0; row < m_source->rowCount(); ++row)
            merge(row);
        for (SenderAddress &address : m_rows)
            recomputeFlags(address);
    }
    endResetModel();
}

bool SenderAddressModel::merge(int row)
{
    const Sender &sender = m_source->senderAt(row);
    const QString key = addressKey(sender.email);
    const auto found = m_rowOfKey.constFind(key);
    const bool isNew = found == m_rowOfKey.cend();
    if (isNew) {
        m_rowOfKey.insert(key, int(m_rows.size()));
        SenderAddress address;
        address.email = sender.email.trimmed();
        m_rows.append(address);
    }
    SenderAddress &address = m_rows[isNew ? int(m_rows.size()) - 1 : *found];
    address.entries.append(sender);
    const QString name = sender.name.trimmed();
    if (!name.isEmpty() && !address.names.contains(name))
        address.names.append(name);
    return isNew;
}

void SenderAddressModel::recomputeFlags(SenderAddress &address) const
{
    address.ownMailbox = false;
    address.confirmed = false;
    for (const Sender &entry : std::as_const(address.entries)) {
        address.ownMailbox = address.ownMailbox || m_source->isOwn(entry);
        address.confirmed = address.confirmed || m_source->isConfirmed(entry);
    }
}

void SenderAddressModel::onRowsInserted(int first, int last)
{
    // Rows of new addresses are appended; entries of known ones change those rows in place.
    QSet<QString> newKeys;
    QSet<int> changed;
    for (int row = first; row <= last; ++row) {
        const QString key = addressKey(m_source->senderAt(row).email);
        if (const auto known = m_rowOfKey.constFind(key); known != m_rowOfKey.cend())
            changed.insert(*known);
        else
            newKeys.insert(key);
    }
    const int before = int(m_rows.size());
    if (!newKeys.isEmpty())
        beginInsertRows({}, before, before + int(newKeys.size()) - 1);
    for (int row = first; row <= last; ++row)
        merge(row);
    for (int row = before; row < m_rows.size(); ++row)
        recomputeFlags(m_rows[row]);
    if (!newKeys.isEmpty())
        endInsertRows();
    for (int row : std::as_const(changed)) {
        recomputeFlags(m_rows[row]);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void SenderAddressModel::onFlagsChanged(int first, int last)
{
    // Only the addresses of the source rows that changed: a list marked page by page stays
    // linear.
    QList<int> rows;
    for (int source = std::max(0, first); source <= last && source < m_source->rowCount();
         ++source) {
        const int row = m_rowOfKey.value(addressKey(m_source->senderAt(source).email), -1);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int firstChanged = -1;
    int lastChanged = -1;
    const auto flush = [&] {
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, OwnMailboxColumn),
                               index(lastChanged, ConfirmedColumn));
        firstChanged = lastChanged = -1;
    };
    for (const int row : std::as_const(rows)) {
        SenderAddress &address = m_rows[row];
        const bool own = address.ownMailbox;
        const bool confirmed = address.confirmed;
        recomputeFlags(address);
        if (address.ownMailbox == own && address.confirmed == confirmed)
            continue;
        if (firstChanged >= 0 && row != lastChanged + 1)
            flush();
        if (firstChanged < 0)
            firstChanged = row;
        lastChanged = row;
    }
    flush();
}

int SenderAddressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SenderAddressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SenderAddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SenderAddress &address = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return address.joinedNames();
        case EmailColumn:
            return address.email;
        case OwnMailboxColumn:
            return address.ownMailbox ? tr("Yes") : QString();
        case ConfirmedColumn:
            return address.confirmed ? tr("Yes") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (address.ownMailbox)
            lines << tr("%1 is one of your mailboxes.").arg(address.email);
        if (address.confirmed)
            lines << tr("%1 is confirmed as a sender address.").arg(address.email);
        if (address.names.size() > 1)
            lines << tr("Listed under %n name(s): %1", nullptr, int(address.names.size()))
                         .arg(address.joinedNames());
        return plainToolTip(lines.join(QLatin1Char('\n')));
    }
    case EmailRole:
        return address.email;
    case NamesRole:
        return address.names;
    case DomainRole: {
        const qsizetype at = address.email.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? QString() : address.email.mid(at + 1);
    }
    case IsOwnMailboxRole:
        return address.ownMailbox;
    case IsConfirmedRole:
        return address.confirmed;
    default:
        return {};
    }
}

QVariant SenderAddressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Address");
    case OwnMailboxColumn:
        return tr("One of my mailboxes");
    case ConfirmedColumn:
        return tr("Confirmed");
    default:
        return {};
    }
}

QHash<int, QByteArray> SenderAddressModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EmailRole, "email");
    names.insert(NamesRole, "names");
    names.insert(DomainRole, "domain");
    names.insert(IsOwnMailboxRole, "isOwnMailbox");
    names.insert(IsConfirmedRole, "isConfirmed");
    return names;
}

} // namespace mb
