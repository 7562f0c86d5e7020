#pragma once

#include "TrivialVector.h"
#include "rest/Mailbox.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mb {

// The rows of the mailbox list, held compactly: 100,000 mailboxes as Mailbox values cost
// three QStrings (UTF-16, a heap block each) plus a hash node per row. Here every row's text
// is UTF-8 in one arena and a row is a fixed record of offsets; Mailbox values are made
// only when asked for (a view asks for the few rows it paints). The row of an id is found in
// an open-addressing table of row numbers (no node per row), and the case-folded search
// text of every row sits in a second arena, built on the first search.
//
// Ids are expected unique; appending an id held already makes the new row the one
// rowOf() finds (as a hash insert would).
class MailboxRows
{
public:
    qsizetype size() const { return qsizetype(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }

    // `row` must be in range for these.
    qint64 id(qsizetype row) const { return m_rows[size_t(row)].id; }
    Mailbox at(qsizetype row) const;
    QString name(qsizetype row) const { return text(row, 0); }
    QString email(qsizetype row) const { return text(row, 1); }
    QString senderName(qsizetype row) const { return text(row, 2); }
    // at(row).sameItem(mailbox) without making the value.
    bool sameItem(qsizetype row, const Mailbox &mailbox) const;

    // The row of `id`; -1 when none holds it.
    int rowOf(qint64 id) const;
    bool contains(qint64 id) const { return rowOf(id) >= 0; }

    void append(const Mailbox &mailbox);
    // The row keeps its place; its old text stays in the arena until the next compaction.
    void replace(qsizetype row, const Mailbox &mailbox);
    void remove(qsizetype first, qsizetype count);
    void clear();
    // Gives back what growing left spare (once a list is complete).
    void squeeze();

    // Whether `folded` (MailboxListModel::foldNeedle()) is a part of the row's folded name,
    // address, sender name or id. Builds the folded text of rows that have none yet.
    bool containsFolded(qsizetype row, QByteArrayView folded) const;

private:
    enum : quint8 { Fields = 3 };
    struct Row
    {
        qint64 id = 0;
        qsizetype at = 0;            // of the name in m_text; the others follow it
        quint32 length[Fields] = {}; // UTF-8 bytes of name, email, sender name
        quint32 restLength = 0;      // Mailbox::rest, after the sender name
        quint8 held = 0;             // Mailbox::held
    };

    QByteArrayView field(qsizetype row, int field) const;
    QString text(qsizetype row, int field) const;
    Row encode(const Mailbox &mailbox);
    void compactIfSparse();
    void insertIndex(int row);
    void rebuildIndex();

    TrivialVector<Row> m_rows;
    QByteArray m_text;       // every row's fields, UTF-8, back to back
    qsizetype m_garbage = 0; // bytes of m_text no row points at any more
    // Open addressing, linear probing: a row number per slot, -1 for none; at most half full.
    TrivialVector<int> m_slots;
    // Folded search text: the rows' texts back to back, m_foldedEnd[row] where each ends.
    mutable QByteArray m_folded;
    mutable TrivialVector<qsizetype> m_foldedEnd;
};

} // namespace mb
