#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace fake {

// Seeded sample data: mailboxes of two users and the sender addresses derived from them.
// The same (seed, counts) always yields the same data, ordered by id.
class PortalData
{
public:
    struct Mailbox
    {
        int id = 0;
        int ownerId = 0;
        QString name;
        QString email;
        QString senderName;
    };
    struct Sender
    {
        QString email;
        QString name;
    };

    void generate(quint64 seed, int ownMailboxes, int foreignMailboxes);
    bool matches(quint64 seed, int ownMailboxes, int foreignMailboxes) const;

    const QList<Mailbox> &mailboxes() const { return m_mailboxes; }
    QList<const Mailbox *> mailboxesOf(int userId) const;
    const Mailbox *find(int id) const;
    // `hostileName`: one more sender whose name holds CR/LF, an escape sequence and a bidi
    // override (hostileSenderName()), as a broken or hostile portal could send.
    QList<Sender> sendersOf(int userId, bool hostileName = false) const;
    static QString hostileSenderName();

    static QJsonObject toJson(const Mailbox &mailbox);
    static QJsonObject toJson(const Sender &sender);
    // Row `index` (0-based, past the data) of a list that never ends (`endlessPages`): every
    // one new, with its own id and address.
    static QJsonObject endlessMailbox(qint64 index);
    static QJsonObject endlessSender(qint64 index);
    QJsonArray mailboxesJson(int userId) const;
    QJsonArray sendersJson(int userId, bool hostileName = false) const;

private:
    quint64 m_seed = 0;
    int m_own = -1;
    int m_foreign = -1;
    QList<Mailbox> m_mailboxes;
    // Each user's senders, built once per generate(): a list method pages through them once
    // per page, and building them every time made a long list quadratic.
    mutable QHash<int, QList<Sender>> m_senders; // key: user id × 2 + hostile-name switch
    mutable QHash<int, QList<const Mailbox *>> m_mailboxesOf; // the same for mailboxesOf()
};

} // namespace fake
