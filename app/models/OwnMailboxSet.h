#pragma once

#include "TrivialVector.h"

#include <QString>

namespace mb {

// Which addresses are the user's mailboxes, and under which sender names, as SenderModel
// marks its rows: 100,000 mailboxes as a set of folded emails (a string and a hash node
// each) cost more than the senders themselves. Here an address is a 64-bit hash of its
// case-folded form (with the process's hash seed) in one open-addressing table, and a name of
// it a hash of the pair in another: a few bytes per mailbox, no copy of any text. Two
// different addresses are taken for one only if their hashes are equal (about 1 in 10^14 for
// a million mailboxes), as the list jobs already tell rows apart.
class OwnMailboxSet
{
public:
    bool isEmpty() const { return m_addresses.count == 0; }
    qsizetype count() const { return m_addresses.count; }

    enum Change : quint8 { NewAddress = 1, NewName = 2 };
    // `key` is SenderRows::addressKey(); `name` trimmed, empty when not known. Returns the
    // Change bits: what this mailbox added.
    quint8 add(const QString &key, const QString &name);
    bool contains(const QString &key) const;
    // SenderModel::IsConfirmedRole of an entry with this address and (trimmed) name: not a
    // mailbox, or a mailbox listed under a name none of its mailboxes gives (when names are
    // known).
    bool isConfirmed(const QString &key, const QString &name) const;
    // Forgets every address and gives back the memory.
    void clear();

private:
    // Open addressing, linear probing, at most half full; 0 marks an empty slot. A table grows
    // into a block twice as large over many inserts: each insert moves a few slots of the old
    // block, and lookups ask both until it is empty. Rehashing 65,536 mailboxes at once into a
    // fresh block took 14 ms on a virtual machine (its pages faulting in), a GUI frame.
    struct Table
    {
        TrivialVector<quint64> live;
        TrivialVector<quint64> old; // being moved into `live`, from `moved` on
        size_t moved = 0;
        qsizetype count = 0;

        // The slot holding `hash` (bit 0 ignored) in either block, or nullptr.
        quint64 *lookup(quint64 hash);
        const quint64 *lookup(quint64 hash) const;
        bool insert(quint64 hash);

    private:
        static size_t place(const TrivialVector<quint64> &block, quint64 hash);
        void moveSome(size_t slotCount);
    };
    static quint64 hashOf(const QString &key, const QString *name);

    // Hashes of addresses; bit 0 set: a name of it is known.
    Table m_addresses;
    Table m_names; // hashes of (address, name)
};

} // namespace mb
