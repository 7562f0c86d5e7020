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

size_t OwnMailboxSet::find(const std::vector<quint64> &table, quint64 hash)
{
    const size_t mask = table.size() - 1;
    for (size_t slot = size_t(hash >> 8) & mask;; slot = (slot + 1) & mask) {
        if (table[slot] == 0 || (table[slot] & ~quint64(1)) == hash)
            return slot;
    }
}

bool OwnMailboxSet::insert(std::vector<quint64> &table, qsizetype &count, quint64 hash)
{
    if (size_t(count + 1) * 2 > table.size()) {
        std::vector<quint64> grown(std::bit_ceil(std::max<size_t>(16, size_t(count + 1) * 2)), 0);
        for (const quint64 held : table) {
            if (held != 0)
                grown[find(grown, held & ~quint64(1))] = held;
        }
        table = std::move(grown);
    }
    quint64 &slot = table[find(table, hash)];
    if (slot != 0)
        return false;
    slot = hash;
    ++count;
    return true;
}

quint8 OwnMailboxSet::add(const QString &key, const QString &name)
{
    quint8 change = 0;
    const quint64 address = hashOf(key, nullptr);
    if (insert(m_addresses, m_count, address))
        change |= NewAddress;
    if (name.isEmpty())
        return change;
    m_addresses[find(m_addresses, address)] |= 1;
    if (insert(m_names, m_nameCount, hashOf(key, &name)))
        change |= NewName;
    return change;
}

bool OwnMailboxSet::contains(const QString &key) const
{
    return m_count > 0 && m_addresses[find(m_addresses, hashOf(key, nullptr))] != 0;
}

bool OwnMailboxSet::isConfirmed(const QString &key, const QString &name) const
{
    if (m_count == 0)
        return true;
    const quint64 address = m_addresses[find(m_addresses, hashOf(key, nullptr))];
    if (address == 0)
        return true;
    // Names not known (only emails were given): the mailbox's own entry.
    if (!(address & 1))
        return false;
    return m_names[find(m_names, hashOf(key, &name))] == 0;
}

void OwnMailboxSet::clear()
{
    m_addresses = decltype(m_addresses)();
    m_names = decltype(m_names)();
    m_count = 0;
    m_nameCount = 0;
}

} // namespace mb
