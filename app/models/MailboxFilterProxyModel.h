#pragma once

#include <QPointer>
#include <QSortFilterProxyModel>

namespace mb {

class MailboxListModel;

// What the mailbox list has loaded, filtered at once by the search text and sorted by column,
// so the user sees matches while the server search runs.
//
// A row passes when the trimmed filter text is a case-insensitive part of its name, address,
// sender name or id (MailboxListModel's roles); an empty text passes every row. Text columns
// sort case-insensitively in the user's locale, the id column by number; equal keys fall back
// to the id, so the order never depends on arrival.
//
// Over a MailboxListModel the filter follows its searchText as it is typed (the model waits
// before it asks the server; this proxy does not wait). setFilterText() sets it by hand.
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
