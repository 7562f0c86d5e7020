#include "MailboxRows.h"

#include <algorithm>
#include <bit>

namespace mb {

namespace {
// Fibonacci hashing: ids are often consecutive, which this spreads over the table.
size_t slotOf(qint64 id, size_t mask)
{
    return size_t((quint64(id) * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
}
} // namespace

Mailbox MailboxRows::at(qsizetype row) const
{
    const Row &r = m_rows[size_t(row)];
    Mailbox m;
    m.id = r.id;
    m.held = r.held;
    m.name = text(row, 0);
    m.email = text(row, 1);
    m.senderName = text(row, 2);
    if (r.restLength > 0) {
        const qsizetype rest = r.at + r.length[0] + r.length[1] + r.length[2];
        m.rest = QByteArray(m_text.constData() + rest, r.restLength);
    }
    return m;
}

QByteArrayView MailboxRows::field(qsizetype row, int field) const
{
    const Row &r = m_rows[size_t(row)];
    qsizetype at = r.at;
    for (int i = 0; i < field; ++i)
        at += r.length[i];
    return QByteArrayView(m_text.constData() + at, r.length[field]);
}

QString MailboxRows::text(qsizetype row, int field) const
{
    return QString::fromUtf8(this->field(row, field));
}

bool MailboxRows::sameItem(qsizetype row, const Mailbox &mailbox) const
{
    const Row &r = m_rows[size_t(row)];
    if (r.id != mailbox.id || r.held != mailbox.held || r.restLength != mailbox.rest.size())
        return false;
    const QString *texts[Fields] = {&mailbox.name, &mailbox.email, &mailbox.senderName};
    for (int i = 0; i < Fields; ++i) {
        if (text(row, i) != *texts[i])
            return false;
    }
    const qsizetype rest = r.at + r.length[0] + r.length[1] + r.length[2];
    return QByteArrayView(m_text.constData() + rest, r.restLength) == mailbox.rest;
}

int MailboxRows::rowOf(qint64 id) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = slotOf(id, mask);; slot = (slot + 1) & mask) {
        const int row = m_slots[slot];
        if (row < 0 || m_rows[size_t(row)].id == id)
            return row;
    }
}

MailboxRows::Row MailboxRows::encode(const Mailbox &mailbox)
{
    Row r;
    r.id = mailbox.id;
    r.held = mailbox.held;
    r.at = m_text.size();
    const QString *texts[Fields] = {&mailbox.name, &mailbox.email, &mailbox.senderName};
    for (int i = 0; i < Fields; ++i) {
        const QByteArray utf8 = texts[i]->toUtf8();
        r.length[i] = quint32(utf8.size());
        m_text.append(utf8);
    }
    r.restLength = quint32(mailbox.rest.size());
    m_text.append(mailbox.rest);
    return r;
}

void MailboxRows::append(const Mailbox &mailbox)
{
    m_rows.push_back(encode(mailbox));
    insertIndex(int(m_rows.size()) - 1);
    // The folded texts of the rows before stay in line; this one is folded when searched.
}

void MailboxRows::replace(qsizetype row, const Mailbox &mailbox)
{
    Row &r = m_rows[size_t(row)];
    m_garbage += r.length[0] + r.length[1] + r.length[2] + r.restLength;
    const qint64 oldId = r.id;
    r = encode(mailbox);
    if (r.id != oldId)
        rebuildIndex();
    // Folded texts are back to back: one changed row means folding them all again.
    m_folded.clear();
    m_foldedEnd.clear();
    compactIfSparse();
}

void MailboxRows::remove(qsizetype first, qsizetype count)
{
    if (count <= 0)
        return;
    const auto begin = m_rows.begin() + first;
    for (auto it = begin; it != begin + count; ++it)
        m_garbage += it->length[0] + it->length[1] + it->length[2] + it->restLength;
    m_rows.erase(begin, begin + count);
    rebuildIndex();
    m_folded.clear();
    m_foldedEnd.clear();
    compactIfSparse();
}

void MailboxRows::clear()
{
    m_rows = {};
    m_text = {};
    m_garbage = 0;
    m_slots = {};
    m_folded = {};
    m_foldedEnd = {};
}

void MailboxRows::squeeze()
{
    m_rows.shrink_to_fit();
    m_text.squeeze();
    if (m_foldedEnd.size() == m_rows.size()) {
        m_folded.squeeze();
        m_foldedEnd.shrink_to_fit();
    }
}

void MailboxRows::compactIfSparse()
{
    // Replaced and removed rows leave their text behind; past half the arena, copy the live.
    if (m_garbage * 2 <= m_text.size())
        return;
    QByteArray text;
    text.reserve(m_text.size() - m_garbage);
    for (Row &r : m_rows) {
        const qsizetype length = r.length[0] + r.length[1] + r.length[2] + r.restLength;
        const qsizetype at = text.size();
        text.append(m_text.constData() + r.at, length);
        r.at = at;
    }
    m_text = std::move(text);
    m_garbage = 0;
}

void MailboxRows::insertIndex(int row)
{
    // At most half full, so a probe ends soon.
    if ((m_rows.size()) * 2 > m_slots.size()) {
        const size_t count = std::bit_ceil(std::max<size_t>(16, m_rows.size() * 2));
        m_slots.assign(count, -1);
        for (int i = 0; i < row; ++i)
            insertIndex(i);
    }
    const size_t mask = m_slots.size() - 1;
    const qint64 id = m_rows[size_t(row)].id;
    for (size_t slot = slotOf(id, mask);; slot = (slot + 1) & mask) {
        int &held = m_slots[slot];
        if (held < 0 || m_rows[size_t(held)].id == id) {
            held = row; // a repeated id: the later row, as QHash::insert() would
            return;
        }
    }
}

void MailboxRows::rebuildIndex()
{
    m_slots.assign(m_rows.empty() ? 0 : std::bit_ceil(std::max<size_t>(16, m_rows.size() * 2)), -1);
    for (int row = 0; row < int(m_rows.size()); ++row)
        insertIndex(row);
}

bool MailboxRows::containsFolded(qsizetype row, QByteArrayView folded) const
{
    if (m_foldedEnd.size() < m_rows.size()) {
        if (m_foldedEnd.empty()) {
            // Later rows grow these geometrically, not per page.
            m_foldedEnd.reserve(m_rows.size());
            m_folded.reserve(m_text.size() - m_garbage + qsizetype(m_rows.size()) * 12);
        }
        for (qsizetype i = qsizetype(m_foldedEnd.size()); i < size(); ++i) {
            // NUL between the fields: no typed text spans two of them.
            const QString text =
                (name(i) + QChar(0) + email(i) + QChar(0) + senderName(i)).toCaseFolded();
            m_folded.append(text.toUtf8());
            m_folded.append('\0');
            m_folded.append(QByteArray::number(m_rows[size_t(i)].id));
            m_foldedEnd.push_back(m_folded.size());
        }
    }
    const qsizetype begin = row == 0 ? 0 : m_foldedEnd[size_t(row) - 1];
    return QByteArrayView(m_folded.constData() + begin, m_foldedEnd[size_t(row)] - begin)
        .contains(folded);
}

} // namespace mb
