#pragma once

#include "SenderAddress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace mb {

class SenderModel;

// The Senders tab's table: SenderModel's rows merged by address (compared without regard to
// case), one row per address, in the order each address first appears. A duplicate is the
// same address listed more than once, as a mailbox and as a confirmed address, or under two
// names (API doc §3.3): its names are joined and its flags OR-ed. Follows the source as its
// pages arrive, its flags change, and it resets.
class SenderAddressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, OwnMailboxColumn, ConfirmedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EmailRole = Qt::UserRole + 1,
        NamesRole,        // QStringList
        DomainRole,       // the part after the last '@'
        IsOwnMailboxRole, // bool
        IsConfirmedRole,  // bool
    };
    Q_ENUM(Role)

    explicit SenderAddressModel(QObject *parent = nullptr);

    // Not owned.
    void setSourceModel(SenderModel *source);
    SenderModel *sourceModel() const { return m_source; }

    const SenderAddress &addressAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    void onRowsInserted(int first, int last);
    void onFlagsChanged(int first, int last);
    // Adds source row `row` to its address; true when that made a new address row.
    bool merge(int row);
    void recomputeFlags(SenderAddress &address) const;

    QPointer<SenderModel> m_source;
    QList<SenderAddress> m_rows;
    QHash<QString, int> m_rowOfKey; // case-folded email -> row
};

} // namespace mb
