#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace mb {

class MailboxListModel;

// The mailbox list filtered by the search text and sorted by column: the search the user sees.
//
// A row passes when the trimmed filter text is a case-insensitive part of its name, address,
// sender name or id (MailboxListModel::matches()); an empty text passes every row. Text
// columns sort case-insensitively in the user's locale, the id column by number; equal keys
// fall back to the id, so the order never depends on arrival. Sorting is dynamic: rows that
// arrive later are inserted at their sorted place (rowsInserted, never a reset or a layout
// change), so selections and the current index stay on their mailboxes.
//
// Over a MailboxListModel the filter follows its searchText as it is typed. setFilterText()
// sets it by hand.
class MailboxFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
public:
    explicit MailboxFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QString filterText() const { return m_filterText; }

public Q_SLOTS:
    void setFilterText(const QString &text);

Q_SIGNALS:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    QString m_needle; // trimmed
    QPointer<MailboxListModel> m_list;
};

} // namespace mb
