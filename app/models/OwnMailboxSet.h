#pragma once

#include <QString>

#include <vector>

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
    bool isEmpty() const { return m_count == 0; }
    qsizetype count() const { return m_count; }

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
    static quint64 hashOf(const QString &key, const QString *name);
    // The slot holding `hash` (bit 0 ignored), or the empty one where it would go.
    static size_t find(const std::vector<quint64> &table, quint64 hash);
    static bool insert(std::vector<quint64> &table, qsizetype &count, quint64 hash);

    // Hashes of addresses; bit 0 set: a name of it is known.
    std::vector<quint64> m_addresses;
    std::vector<quint64> m_names; // hashes of (address, name)
    qsizetype m_count = 0;
    qsizetype m_nameCount = 0;
};

} // namespace mb
