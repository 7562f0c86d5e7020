#pragma once

#include <QCollator>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

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
// sets it by hand. Over a long list (BigList rows and more) a new filter text rebuilds the
// proxy at once (a layout change: kept rows keep their persistent indexes) instead of
// removing and inserting the rows one run at a time, which costs the whole list per run.
class MailboxFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
public:
    static constexpr int BigList = 2000;

    explicit MailboxFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QString filterText() const { return m_filterText; }

public Q_SLOTS:
    void setFilterText(const QString &text);

Q_SIGNALS:
    void filterTextChanged(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The collation key of each source row's text in `column`, made once per row: a sort
    // compares bytes, not strings through a collator (MailboxListModel sources only).
    const QCollatorSortKey &sortKey(int sourceRow, int column) const;
    void dropSortKeys() const;
    // Once the list is complete and every row has its rank, the keys (over a hundred bytes a
    // row) go: ranks order the rows held, and a row added later is compared by the collator.
    void settleSortKeys();
    // Before a whole sort: every row's place in the key column's order, so a comparison is
    // two integers (QSortFilterProxyModel compares n log n times per sort, per keystroke).
    void rankRows() const;
    // Each source row's answer to the filter text, worked out at once: a longer text that
    // contains the last one only looks again at the rows that passed.
    void refilter(const QByteArray &previous);
    void dropFilterAnswers() const;

    QString m_filterText;
    QString m_needle;    // trimmed
    QByteArray m_folded; // MailboxListModel::foldNeedle(m_needle)
    QPointer<MailboxListModel> m_list;
    QList<QMetaObject::Connection> m_keyWatch;
    mutable std::optional<QCollator> m_collator;
    mutable std::vector<QCollatorSortKey> m_sortKeys; // per source row, for m_keyColumn
    mutable int m_keyColumn = -1;
    mutable std::vector<int> m_ranks;   // per source row, for m_keyColumn; unique (id breaks ties)
    mutable bool m_keysSettled = false; // m_sortKeys dropped for m_ranks (settleSortKeys())
    mutable std::vector<bool> m_passes; // per source row: passes m_folded
};

} // namespace mb
