#include "SenderAddressModel.h"

#include "PlainToolTip.h"
#include "SenderModel.h"

#include <algorithm>

namespace mb {

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
        connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { follow({}, true); });
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles) {
                    onDataChanged(topLeft.row(), bottomRight.row(), roles);
                });
    }
    rebuild();
}

void SenderAddressModel::rebuild()
{
    beginResetModel();
    m_flags = decltype(m_flags)();
    if (m_source) {
        const int count = m_source->rows().addressCount();
        m_flags.reserve(size_t(count));
        for (int address = 0; address < count; ++address)
            m_flags.push_back(flagsOf(address));
    }
    endResetModel();
}

quint8 SenderAddressModel::flagsOf(int address) const
{
    const SenderRows &rows = m_source->rows();
    quint8 flags = 0;
    for (int row = rows.firstRowOf(address); row >= 0; row = rows.nextRowOf(row)) {
        const QModelIndex index = m_source->index(row);
        if (index.data(SenderModel::IsOwnMailboxRole).toBool())
            flags |= OwnMailbox;
        if (index.data(SenderModel::IsConfirmedRole).toBool())
            flags |= Confirmed;
    }
    return flags;
}

QString SenderAddressModel::email(int address) const
{
    const SenderRows &rows = m_source->rows();
    return rows.email(rows.firstRowOf(address)).trimmed(); // as first spelled by the portal
}

QStringList SenderAddressModel::names(int address) const
{
    const SenderRows &rows = m_source->rows();
    QStringList names;
    for (int row = rows.firstRowOf(address); row >= 0; row = rows.nextRowOf(row)) {
        const QString name = rows.name(row).trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

SenderAddress SenderAddressModel::addressAt(int row) const
{
    SenderAddress address;
    if (!m_source || row < 0 || row >= int(m_flags.size()))
        return address;
    address.email = email(row);
    address.names = names(row);
    address.ownMailbox = m_flags[size_t(row)] & OwnMailbox;
    address.confirmed = m_flags[size_t(row)] & Confirmed;
    const SenderRows &rows = m_source->rows();
    for (int entry = rows.firstRowOf(row); entry >= 0; entry = rows.nextRowOf(entry))
        address.entries.append(rows.at(entry));
    return address;
}

void SenderAddressModel::follow(std::vector<int> changed, bool all)
{
    const int count = m_source ? m_source->rows().addressCount() : 0;
    const int before = int(m_flags.size());
    if (count < before) {
        beginRemoveRows({}, count, before - 1);
        m_flags.resize(size_t(count));
        m_flags.shrink_to_fit();
        endRemoveRows();
    }
    const int kept = int(m_flags.size());
    if (all) {
        changed.resize(size_t(kept));
        for (int row = 0; row < kept; ++row)
            changed[size_t(row)] = row;
    }
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    for (const int row : changed) {
        if (row < kept)
            m_flags[size_t(row)] = flagsOf(row);
    }
    if (count > before) {
        beginInsertRows({}, before, count - 1);
        for (int address = before; address < count; ++address)
            m_flags.push_back(flagsOf(address));
        endInsertRows();
    }
    // One signal per run of adjacent rows.
    for (size_t i = 0; i < changed.size() && changed[i] < kept;) {
        size_t j = i;
        while (j + 1 < changed.size() && changed[j + 1] == changed[j] + 1 && changed[j + 1] < kept)
            ++j;
        Q_EMIT dataChanged(index(changed[i], 0), index(changed[j], ColumnCount - 1));
        i = j + 1;
    }
}

void SenderAddressModel::onRowsInserted(int first, int last)
{
    // Rows of new addresses are appended; entries of known ones change those rows in place.
    const SenderRows &rows = m_source->rows();
    const int known = int(m_flags.size());
    std::vector<int> changed;
    for (int row = first; row <= last; ++row) {
        if (const int address = rows.addressOf(row); address < known)
            changed.push_back(address);
    }
    follow(std::move(changed), false);
}

void SenderAddressModel::onDataChanged(int first, int last, const QList<int> &roles)
{
    if (roles.isEmpty() || roles.contains(SenderModel::EmailRole)) {
        follow({}, true); // the rows themselves changed: their addresses may have
        return;
    }
    // Only the addresses of the source rows that changed: a list marked page by page stays
    // linear.
    const SenderRows &rows = m_source->rows();
    std::vector<int> addresses;
    for (int source = std::max(0, first); source <= last && source < rows.size(); ++source)
        addresses.push_back(rows.addressOf(source));
    std::sort(addresses.begin(), addresses.end());
    addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
    int firstChanged = -1;
    int lastChanged = -1;
    const auto flush = [&] {
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, OwnMailboxColumn),
                               index(lastChanged, ConfirmedColumn));
        firstChanged = lastChanged = -1;
    };
    for (const int row : addresses) {
        if (row >= int(m_flags.size()))
            continue;
        const quint8 flags = flagsOf(row);
        if (flags == m_flags[size_t(row)])
            continue;
        m_flags[size_t(row)] = flags;
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
    return parent.isValid() ? 0 : int(m_flags.size());
}

int SenderAddressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SenderAddressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (!m_source || row >= m_source->rows().addressCount())
        return {}; // an address going away with the source's rows
    const bool ownMailbox = m_flags[size_t(row)] & OwnMailbox;
    const bool confirmed = m_flags[size_t(row)] & Confirmed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return names(row).join(QStringLiteral("; "));
        case EmailColumn:
            return email(row);
        case OwnMailboxColumn:
            return ownMailbox ? tr("Yes") : QString();
        case ConfirmedColumn:
            return confirmed ? tr("Yes") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        const QString email = this->email(row);
        const QStringList names = this->names(row);
        QStringList lines;
        if (ownMailbox)
            lines << tr("%1 is one of your mailboxes.").arg(email);
        if (confirmed)
            lines << tr("%1 is confirmed as a sender address.").arg(email);
        if (names.size() > 1)
            lines << tr("Listed under %n name(s): %1", nullptr, int(names.size()))
                         .arg(names.join(QStringLiteral("; ")));
        return plainToolTip(lines.join(QLatin1Char('\n')));
    }
    case EmailRole:
        return email(row);
    case NamesRole:
        return names(row);
    case DomainRole: {
        const QString email = this->email(row);
        const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? QString() : email.mid(at + 1);
    }
    case IsOwnMailboxRole:
        return ownMailbox;
    case IsConfirmedRole:
        return confirmed;
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
