#include "SenderRows.h"

#include <algorithm>
#include <bit>

namespace mb {

namespace {
void appendLength(QByteArray &text, quint64 length)
{
    // LEB128: one byte for the usual short field.
    do {
        quint8 byte = length & 0x7f;
        length >>= 7;
        if (length != 0)
            byte |= 0x80;
        text.append(char(byte));
    } while (length != 0);
}

qsizetype readLength(const char *text, qsizetype &at)
{
    quint64 length = 0;
    for (int shift = 0;; shift += 7) {
        const quint8 byte = quint8(text[at++]);
        length |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return qsizetype(length);
    }
}

QString composed(const QString &name, const QString &email)
{
    if (name.isEmpty())
        return email;
    return name + QStringLiteral(" <") + email + QLatin1Char('>');
}
} // namespace

QString SenderRows::addressKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QByteArrayView SenderRows::field(qsizetype row, Field field) const
{
    const quint8 bits = m_bits[size_t(row)];
    const char *text = m_text.constData();
    qsizetype at = m_at[size_t(row)];
    for (int f = Email;; ++f) {
        const bool stored =
            (f != SenderText || !(bits & DerivedText)) && (f != Rest || (bits & HasRest));
        if (!stored) {
            if (f == field)
                return {};
            continue;
        }
        const qsizetype length = readLength(text, at);
        if (f == field)
            return QByteArrayView(text + at, length);
        at += length;
    }
}

QString SenderRows::text(qsizetype row, Field field) const
{
    return QString::fromUtf8(this->field(row, field));
}

Sender SenderRows::at(qsizetype row) const
{
    Sender s;
    const quint8 bits = m_bits[size_t(row)];
    s.held = bits & HeldMask;
    s.email = email(row);
    s.name = name(row);
    s.sender = (bits & DerivedText) ? composed(s.name, s.email) : text(row, SenderText);
    if (bits & HasRest)
        s.rest = field(row, Rest).toByteArray();
    return s;
}

QString SenderRows::displayText(qsizetype row) const
{
    if (!(m_bits[size_t(row)] & DerivedText)) {
        QString sender = text(row, SenderText);
        if (!sender.isEmpty())
            return sender;
    }
    return composed(name(row), email(row));
}

void SenderRows::append(const Sender &sender)
{
    const int row = int(m_at.size());
    quint8 bits = sender.held & HeldMask;
    if (!sender.sender.isEmpty() && sender.sender == composed(sender.name, sender.email))
        bits |= DerivedText;
    if (!sender.rest.isEmpty())
        bits |= HasRest;
    m_at.push_back(m_text.size());
    for (const QString *text : {&sender.email, &sender.name}) {
        const QByteArray utf8 = text->toUtf8();
        appendLength(m_text, quint64(utf8.size()));
        m_text.append(utf8);
    }
    if (!(bits & DerivedText)) {
        const QByteArray utf8 = sender.sender.toUtf8();
        appendLength(m_text, quint64(utf8.size()));
        m_text.append(utf8);
    }
    if (bits & HasRest) {
        appendLength(m_text, quint64(sender.rest.size()));
        m_text.append(sender.rest);
    }
    m_bits.push_back(bits);
    m_flags.push_back(0);

    const QString key = addressKey(sender.email);
    const size_t hash = qHash(key);
    int address = findAddress(key, hash);
    if (address < 0) {
        address = int(m_addresses.size());
        m_addresses.push_back({quint32(hash), row});
        m_next.push_back(row); // alone: its own first row
        insertSlot(address);
    } else {
        // Into the ring after the address's last row, before its first.
        Address &a = m_addresses[size_t(address)];
        m_next.push_back(m_next[size_t(a.last)]);
        m_next[size_t(a.last)] = row;
        a.last = row;
    }
    m_address.push_back(address);
}

void SenderRows::clear()
{
    m_at = decltype(m_at)();
    m_bits = decltype(m_bits)();
    m_flags = decltype(m_flags)();
    m_address = decltype(m_address)();
    m_next = decltype(m_next)();
    m_text = {};
    m_addresses = decltype(m_addresses)();
    m_slots = decltype(m_slots)();
}

void SenderRows::squeeze()
{
    m_at.shrink_to_fit();
    m_bits.shrink_to_fit();
    m_flags.shrink_to_fit();
    m_address.shrink_to_fit();
    m_next.shrink_to_fit();
    m_text.squeeze();
    m_addresses.shrink_to_fit();
}

bool SenderRows::sameAddress(int address, const QString &key) const
{
    const QByteArrayView email = field(firstRowOf(address), Email);
    // Most addresses are ASCII: compared as they are, without a folded copy.
    const QByteArrayView trimmed = email.trimmed();
    bool ascii = true;
    for (const char c : trimmed) {
        if (quint8(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii || trimmed.size() != email.size())
        return addressKey(QString::fromUtf8(email)) == key;
    if (key.size() != trimmed.size())
        return false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        char c = trimmed[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (key.at(i).unicode() != char16_t(quint8(c)))
            return false;
    }
    return true;
}

int SenderRows::findAddress(const QString &key, size_t hash) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const int address = m_slots[slot];
        if (address < 0)
            return -1;
        if (m_addresses[size_t(address)].hash == quint32(hash) && sameAddress(address, key))
            return address;
    }
}

void SenderRows::insertSlot(int address)
{
    if (m_addresses.size() * 2 > m_slots.size()) {
        m_slots.assign(std::bit_ceil(std::max<size_t>(16, m_addresses.size() * 2)), -1);
        for (int a = 0; a < address; ++a)
            insertSlot(a);
    }
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = m_addresses[size_t(address)].hash & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] < 0) {
            m_slots[slot] = address;
            return;
        }
    }
}

} // namespace mb
