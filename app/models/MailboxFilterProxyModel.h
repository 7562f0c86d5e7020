#pragma once

#include <QAbstractProxyModel>
#include <QCollator>
#include <QPointer>

#include <optional>
#include <vector>

namespace mb {

class MailboxListModel;

// The mailbox list filtered by the search text and sorted by column: the search the user sees.
//
// A row passes when the trimmed filter text is a case-insensitive part of its name, address,
// sender name or id (MailboxListModel::matches()); an empty text passes every row. Text
// columns sort case-insensitively in the user's locale, the id column by number; equal keys
// fall back to the id, so the order never depends on arrival. Column -1: the source's order.
//
// A flat proxy that keeps the order of every source row by the sort column and the rows shown
// as a subsequence of it: a new filter text is one pass over that order (no comparison), a
// sort is one sort of the rows and one rebuild, and rows the source appends are placed by
// binary search. Each row's answer to the filter text is kept, so a longer text looks again
// only at the rows that passed.
//
// Signals: every change of the row count goes through rowsInserted/rowsRemoved; rows keep
// their persistent indexes (selection, current index) wherever they move. Over a short list
// (under BigList source rows) rows come and go in runs at their places; over a long one, and
// whenever rows shown change their order, rows that join are inserted at the end, one layout
// change puts every row in its place (those that leave at the end), and those are removed:
// at most one insert, one layout change and one removal per filter text, sort or batch of
// source rows. The layout change that places rows the source has just appended is flagged by
// isPlacingRows() (property placingRows), so a view can keep what it shows in place
// (ScrollAnchor); a sort or a new filter text is not.
//
// Over a MailboxListModel the filter follows its searchText as it is typed. setFilterText()
// sets it by hand.
class MailboxFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(bool placingRows READ isPlacingRows)
public:
    static constexpr int BigList = 2000;

    explicit MailboxFilterProxyModel(QObject *parent = nullptr);
    ~MailboxFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QString filterText() const { return m_filterText; }
    // During the layout change that puts rows just appended to the source in their places.
    bool isPlacingRows() const { return m_placing; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

public Q_SLOTS:
    void setFilterText(const QString &text);

Q_SIGNALS:
    void filterTextChanged(const QString &text);

private:
    // Whether source row `row` passes the filter text (asked of the source, not the answers).
    bool matches(int row) const;
    QString textOf(int row, int column) const;
    qint64 idOf(int row) const;
    QCollator &collator() const;
    // The text of `row` in the sort column, as its key is made from it.
    QString sortText(int row) const;
    // Source row `a` comes before `b` in the sort order (a total order: ids, then source rows,
    // break ties).
    bool inOrder(int a, int b) const;
    bool ascendingBefore(int a, int b) const;
    // The collation keys of the sort column, one per source row: a sort compares bytes, not
    // strings through a collator. Kept while a MailboxListModel's rows stream in (each new
    // row is placed by them); once the list is complete they go, and a row added later is
    // placed by the collator.
    void buildKeys();
    void dropKeys();
    bool keepKeys() const;

    // Everything anew from the source, without signals (inside a reset).
    void rebuild();
    // m_order sorted anew.
    void sortAll();
    // Puts `rows` (source rows not in m_order) into m_order at their places.
    void place(std::vector<int> rows);
    // The rows of m_order that pass the filter, in order.
    std::vector<int> passing() const;
    // Shows exactly `target` (a subsequence of m_order), with the signals described above.
    void showExactly(std::vector<int> target, QAbstractItemModel::LayoutChangeHint hint,
                     bool placing);
    void refilter(const QString &previousNeedle, const QByteArray &previousFolded);
    const std::vector<int> &proxyRows() const;

    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void beginSourceReset();
    void endSourceReset();

    QString m_filterText;
    QString m_needle;    // trimmed
    QByteArray m_folded; // MailboxListModel::foldNeedle(m_needle)
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_placing = false;
    bool m_resetting = false;

    QPointer<MailboxListModel> m_list; // the source, when it is one
    QList<QMetaObject::Connection> m_sourceWatch;
    mutable std::optional<QCollator> m_collator;
    std::vector<QCollatorSortKey> m_keys; // per source row, for m_sortColumn; or none
    bool m_keyed = false;                 // m_keys holds every source row's key

    std::vector<char> m_passes; // per source row: passes the filter text
    std::vector<int> m_order;   // every source row, in the sort order
    std::vector<int> m_shown;   // proxy row -> source row
    // source row -> proxy row, or -1; made again from m_shown when asked after a change.
    mutable std::vector<int> m_proxyRow;
    mutable bool m_proxyRowStale = true;
};

} // namespace mb
