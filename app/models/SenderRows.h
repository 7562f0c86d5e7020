#pragma once

#include "TrivialVector.h"
#include "rest/Sender.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mb {

// The rows of the senders list, held compactly (as MailboxRows holds the mailboxes): 100,000
// Sender values cost three QStrings and a QByteArray each (a heap block apiece). Here every
// row's text is UTF-8 in one arena, length-prefixed, and the portal's `sender` text is not
// kept when it is the usual "Name <email>" (or the email alone); a Sender is made only when
// asked for.
//
// The rows are also grouped by address (the email trimmed and case-folded, as mail systems
// compare them): addresses are numbered in the order of their first row, and each row links
// to the next row of its address. The address of a text is found in an open-addressing table
// of address numbers; no folded copy of any email is kept.
class SenderRows
{
public:
    qsizetype size() const { return qsizetype(m_at.size()); }
    bool isEmpty() const { return m_at.empty(); }

    // `row` must be in range for these.
    Sender at(qsizetype row) const;
    QString email(qsizetype row) const { return text(row, Email); }
    QString name(qsizetype row) const { return text(row, Name); }
    // SenderModel::displayText(at(row)) without making the value.
    QString displayText(qsizetype row) const;

    void append(const Sender &sender);
    // Drops every row and gives back the memory.
    void clear();
    // Gives back what growing left spare (once a list is complete).
    void squeeze();

    int addressCount() const { return int(m_addresses.size()); }
    int addressOf(qsizetype row) const { return m_address[size_t(row)]; }
    int firstRowOf(int address) const { return m_next[size_t(m_addresses[size_t(address)].last)]; }
    // The next row of the same address; -1 after its last.
    int nextRowOf(qsizetype row) const
    {
        const int next = m_next[size_t(row)];
        return next > row ? next : -1;
    }
    // The address of an email (spelled any way); -1 when no row has it.
    int addressOfEmail(const QString &email) const { return addressOfKey(addressKey(email)); }
    // The same for an email already made addressKey().
    int addressOfKey(const QString &key) const { return findAddress(key, qHash(key)); }

    // The case-folded, trimmed form addresses are compared in.
    static QString addressKey(const QString &email);

    // Bits a caller keeps per row (SenderModel: the own-mailbox marking).
    quint8 flags(qsizetype row) const { return m_flags[size_t(row)]; }
    void setFlags(qsizetype row, quint8 flags) { m_flags[size_t(row)] = flags; }

private:
    enum Field { Email, Name, SenderText, Rest };
    enum Bit : quint8 {
        HeldMask = 0x07,    // Sender::held
        DerivedText = 0x08, // `sender` is displayText() made of name and email: not stored
        HasRest = 0x10,
    };
    struct Address
    {
        quint32 hash = 0; // of addressKey(), for growing the table without folding again
        int last = -1;    // its last row; m_next of that row is its first
    };

    QByteArrayView field(qsizetype row, Field field) const;
    QString text(qsizetype row, Field field) const;
    bool sameAddress(int address, const QString &key) const;
    int findAddress(const QString &key, size_t hash) const;
    void insertSlot(int address);

    TrivialVector<qsizetype> m_at; // where each row starts in m_text
    TrivialVector<quint8> m_bits;  // Bit
    TrivialVector<quint8> m_flags; // the caller's
    TrivialVector<int> m_address;  // of each row
    TrivialVector<int> m_next;     // the next row of its address; the first one after the last
    QByteArray m_text;
    TrivialVector<Address> m_addresses;
    // Open addressing, linear probing: an address number per slot, -1 for none; at most half
    // full.
    TrivialVector<int> m_slots;
};

} // namespace mb
