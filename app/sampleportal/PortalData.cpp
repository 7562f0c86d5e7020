#include "PortalData.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

// Names mix scripts on purpose: RTL, CJK, Cyrillic and emoji must survive the whole client.
// The first mailboxes walk this list in order, so even the default dozen covers every script.
constexpr std::array kNames = {
    u"Sales inbox",  u"📬 Inbox",     u"Support",     u"Продажи",  u"サポート窓口",
    u"المبيعات",     u"מחלקת תמיכה", u"Billing",     u"销售部",   u"Sales EU",
    u"Бухгалтерия",  u"영업팀",      u"Marketing 🚀", u"Ελληνικά", u"Office",
    u"Отдел кадров", u"الدعم الفني", u"Team Inbox",  u"客服中心", u"Newsletter ✉️",
};
constexpr std::array kLocals = {u"sales",  u"inbox",    u"support",   u"prodazhi", u"support.jp",
                                u"mabiat", u"tmicha",   u"billing",   u"xiaoshou", u"eu.sales",
                                u"buh",    u"sales.kr", u"marketing", u"hellas",   u"office",
                                u"hr",     u"daam",     u"team",      u"kefu",     u"news"};
constexpr std::array kDomains = {u"acme.test", u"Example.test", u"contoso.test", u"pochta.test"};
constexpr std::array kPeople = {u"Dana Roe",     u"Иван Петров",   u"山田 太郎", u"محمد علي",
                                u"דנה כהן",      u"ACME Sales",    u"Zoë Ünal",  u"김민준",
                                u"Support 🛟", u"Ольга Смирнова"};
constexpr std::array kQualifiers = {u"",          u" EU",   u" №2", u" (old)",
                                    u" — Москва", u" 東京", u" US", u" 2"};

QString pick(const auto &pool, quint32 index)
{
    return QString::fromUtf16(pool[index % pool.size()]);
}

} // namespace

bool PortalData::matches(quint64 seed, int ownMailboxes, int foreignMailboxes) const
{
    return seed == m_seed && ownMailboxes == m_own && foreignMailboxes == m_foreign;
}

void PortalData::generate(quint64 seed, int ownMailboxes, int foreignMailboxes)
{
    m_seed = seed;
    m_own = std::max(0, ownMailboxes);
    m_foreign = std::max(0, foreignMailboxes);
    m_mailboxes.clear();
    m_senders.clear();
    m_mailboxesOf.clear();
    const int total = m_own + m_foreign;
    m_mailboxes.reserve(total);

    const std::array<quint32, 2> seedWords = {quint32(seed), quint32(seed >> 32)};
    QRandomGenerator rng(seedWords.data(), qsizetype(seedWords.size()));

    // Spread user 2's mailboxes evenly among user 1's so foreign ids sit between own ones.
    QList<bool> foreign(total, false);
    for (int j = 0; j < m_foreign; ++j)
        foreign[qsizetype((qint64(j) * total) / m_foreign + total / (2 * m_foreign))] = true;

    int id = 0;
    for (int i = 0; i < total; ++i) {
        id += 1 + int(rng.bounded(3));
        const quint32 kind =
            i < int(kNames.size()) ? quint32(i) : rng.bounded(quint32(kNames.size()));
        Mailbox mailbox;
        mailbox.id = id;
        mailbox.ownerId = foreign[i] ? 2 : 1;
        mailbox.name =
            pick(kNames, kind) + pick(kQualifiers, rng.bounded(quint32(kQualifiers.size())));
        const QString domain = pick(kDomains, rng.bounded(quint32(kDomains.size())));
        // The first few keep short, readable addresses; later ones need the id to stay unique.
        const QString local = pick(kLocals, kind);
        mailbox.email = i < int(kLocals.size()) && rng.bounded(2) == 0
                            ? local + u'@' + domain
                            : local + u'.' + QString::number(id) + u'@' + domain;
        mailbox.senderName = pick(kPeople, rng.bounded(quint32(kPeople.size())));
        m_mailboxes.append(mailbox);
    }
}

QList<const PortalData::Mailbox *> PortalData::mailboxesOf(int userId) const
{
    if (const auto cached = m_mailboxesOf.constFind(userId); cached != m_mailboxesOf.cend())
        return *cached;
    QList<const Mailbox *> &out = m_mailboxesOf[userId];
    for (const Mailbox &mailbox : m_mailboxes) {
        if (mailbox.ownerId == userId)
            out.append(&mailbox);
    }
    return out;
}

const PortalData::Mailbox *PortalData::find(int id) const
{
    const auto it = std::lower_bound(m_mailboxes.cbegin(), m_mailboxes.cend(), id,
                                     [](const Mailbox &m, int value) { return m.id < value; });
    return it != m_mailboxes.cend() && it->id == id ? &*it : nullptr;
}

QString PortalData::hostileSenderName()
{
    return u"Eve\r\nX-Injected: 1\x1b[31m"_s + QChar(0x202e) + u"fdp.exe"_s;
}

QList<PortalData::Sender> PortalData::sendersOf(int userId, bool hostileName) const
{
    // Kept per user and per hostile-name switch: a test flips the switch between calls.
    const int key = userId * 2 + (hostileName ? 1 : 0);
    if (const auto cached = m_senders.constFind(key); cached != m_senders.cend())
        return *cached;
    QList<Sender> &out = m_senders[key];
    bool first = true;
    for (const Mailbox *mailbox : mailboxesOf(userId)) {
        out.append({mailbox->email, mailbox->senderName});
        // The doc's example: one address confirmed under two names, listed side by side.
        if (first) {
            out.append({mailbox->email, QStringLiteral("Dana Roe")});
            first = false;
        }
    }
    // Confirmed addresses that are not mailboxes of this portal.
    const QString tag = QString::number(userId);
    out.append({u"me."_s + tag + u"@personal.test"_s, QStringLiteral("Иван Петров")});
    out.append({u"alias."_s + tag + u"@example.test"_s, QStringLiteral("山田 太郎")});
    out.append({u"noreply."_s + tag + u"@acme.test"_s, QString()});
    if (hostileName)
        out.append({u"hostile."_s + tag + u"@example.test"_s, hostileSenderName()});
    return out;
}

QJsonObject PortalData::toJson(const Mailbox &mailbox)
{
    return {{QStringLiteral("id"), mailbox.id},
            {QStringLiteral("name"), mailbox.name},
            {QStringLiteral("email"), mailbox.email},
            {QStringLiteral("senderName"), mailbox.senderName}};
}

QJsonObject PortalData::toJson(const Sender &sender)
{
    const QString display =
        sender.name.isEmpty() ? sender.email : sender.name + u" <"_s + sender.email + u'>';
    return {{QStringLiteral("email"), sender.email},
            {QStringLiteral("name"), sender.name},
            {QStringLiteral("sender"), display}};
}

QJsonObject PortalData::endlessMailbox(qint64 index)
{
    // Far above the generated ids (at most 3 per mailbox), so none repeats one of them.
    const qint64 id = 1'000'000'000 + index;
    const QString number = QString::number(index);
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), u"Endless "_s + number},
            {QStringLiteral("email"), u"endless."_s + number + u"@acme.test"_s},
            {QStringLiteral("senderName"), QStringLiteral("Dana Roe")}};
}

QJsonObject PortalData::endlessSender(qint64 index)
{
    return toJson(Sender{u"endless."_s + QString::number(index) + u"@acme.test"_s,
                         QStringLiteral("Dana Roe")});
}

QJsonArray PortalData::mailboxesJson(int userId) const
{
    QJsonArray out;
    for (const Mailbox *mailbox : mailboxesOf(userId))
        out.append(toJson(*mailbox));
    return out;
}

QJsonArray PortalData::sendersJson(int userId, bool hostileName) const
{
    QJsonArray out;
    for (const Sender &sender : sendersOf(userId, hostileName))
        out.append(toJson(sender));
    return out;
}

} // namespace fake
