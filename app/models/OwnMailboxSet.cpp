#include "OwnMailboxSet.h"

#include <QHashFunctions>

#include <algorithm>
#include <bit>

namespace mb {

quint64 OwnMailboxSet::hashOf(const QString &key, const QString *name)
{
    // Two 32-bit halves where size_t is 32 bits, so a hash keeps 64 bits everywhere.
    const size_t seed = qGlobalQHashSeed();
    quint64 hash = 0;
    for (int half = 0; half < (sizeof(size_t) >= 8 ? 1 : 2); ++half) {
        size_t h = qHash(key, seed + size_t(half) * 0x9E3779B9U);
        if (name)
            h = qHash(*name, h ^ 0x5bd1e995U);
        hash = (hash << 32) ^ quint64(h);
    }
    hash &= ~quint64(1);
    return hash == 0 ? 2 : hash; // 0 marks an empty slot
}

size_t OwnMailboxSet::Table::place(const TrivialVector<quint64> &block, quint64 hash)
{
    const size_t mask = block.size() - 1;
    for (size_t slot = size_t(hash >> 8) & mask;; slot = (slot + 1) & mask) {
        if (block[slot] == 0 || (block[slot] & ~quint64(1)) == hash)
            return slot;
    }
}

const quint64 *OwnMailboxSet::Table::lookup(quint64 hash) const
{
    if (count == 0)
        return nullptr;
    if (const quint64 &slot = live[place(live, hash)]; slot != 0)
        return &slot;
    if (!old.empty()) {
        if (const quint64 &slot = old[place(old, hash)]; slot != 0)
            return &slot;
    }
    return nullptr;
}

quint64 *OwnMailboxSet::Table::lookup(quint64 hash)
{
    return const_cast<quint64 *>(std::as_const(*this).lookup(hash));
}

void OwnMailboxSet::Table::moveSome(size_t slotCount)
{
    // A moved slot is left in `old` as it was: a probe there must still pass over it.
    for (; slotCount > 0 && moved < old.size(); --slotCount, ++moved) {
        if (const quint64 held = old[moved]; held != 0)
            live[place(live, held & ~quint64(1))] = held;
    }
    if (moved == old.size())
        old = {};
}

bool OwnMailboxSet::Table::insert(quint64 hash)
{
    if (lookup(hash))
        return false;
    if (size_t(count + 1) * 2 > live.size()) {
        moveSome(old.size()); // the last growth's rest, if any (not when growing as planned)
        old = std::exchange(live, TrivialVector<quint64>::zeroed(
                                      std::bit_ceil(std::max<size_t>(16, live.size() * 2))));
        moved = 0;
    }
    // Growing again needs count + 1 > slots.size() / 2, so old.size() / 2 inserts away: eight
    // slots per insert empty the old block in an eighth of that.
    moveSome(8);
    live[place(live, hash)] = hash;
    ++count;
    return true;
}

quint8 OwnMailboxSet::add(const QString &key, const QString &name)
{
    quint8 change = 0;
    const quint64 address = hashOf(key, nullptr);
    if (m_addresses.insert(address))
        change |= NewAddress;
    if (name.isEmpty())
        return change;
    // Its slot in either block: one not moved yet carries the bit along when it moves.
    *m_addresses.lookup(address) |= 1;
    if (m_names.insert(hashOf(key, &name)))
        change |= NewName;
    return change;
}

bool OwnMailboxSet::contains(const QString &key) const
{
    return m_addresses.lookup(hashOf(key, nullptr)) != nullptr;
}

bool OwnMailboxSet::isConfirmed(const QString &key, const QString &name) const
{
    if (m_addresses.count == 0)
        return true;
    const quint64 *address = m_addresses.lookup(hashOf(key, nullptr));
    if (!address)
        return true;
    // Names not known (only emails were given): the mailbox's own entry.
    if (!(*address & 1))
        return false;
    return m_names.lookup(hashOf(key, &name)) == nullptr;
}

void OwnMailboxSet::clear()
{
    m_addresses = {};
    m_names = {};
}

} // namespace mb
