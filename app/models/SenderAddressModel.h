#pragma once

#include "SenderAddress.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <vector>

namespace mb {

class SenderModel;

// The Senders tab's table: SenderModel's rows merged by address (compared without regard to
// case), one row per address, in the order each address first appears. A duplicate is the
// same address listed more than once, as a mailbox and as a confirmed address, or under two
// names (API doc §3.3): its names are joined and its flags OR-ed. Follows the source as its
// pages arrive, its flags change, and it resets.
//
// A row is an address of the source's rows (SenderRows groups them): the model keeps no text
// of its own, only the two flags of each address, to signal those that change.
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

    // The address of `row` with its names, flags and entries, made from the source's rows.
    SenderAddress addressAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    enum Flag : quint8 { OwnMailbox = 1, Confirmed = 2 };

    void rebuild();
    // Takes in the source's addresses as they are now: rows of new ones are inserted (or
    // those gone removed, at the end), and dataChanged for `changed` (and every row when
    // `all`) and for the rows whose flags changed.
    void follow(std::vector<int> changed, bool all);
    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last, const QList<int> &roles);
    quint8 flagsOf(int address) const;
    QString email(int address) const;
    QStringList names(int address) const;

    QPointer<SenderModel> m_source;
    std::vector<quint8> m_flags; // Flag bits of each row (an address of the source)
};

} // namespace mb
