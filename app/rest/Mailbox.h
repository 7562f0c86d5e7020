#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mb {

// One connected mailbox. The four documented fields are typed; every other field the portal
// returns (one a newer portal adds, or that `select` asked for) is kept too, compactly
// (JsonRemainder), so nothing is dropped: toJson() gives back the item as received.
struct Mailbox
{
    qint64 id = 0;
    QString name;
    QString email;
    QString senderName;

    static Mailbox fromJson(const QJsonObject &item);
    // fromJson(item).id without reading the rest of the item.
    static qint64 idOf(const QJsonObject &item);
    static QList<Mailbox> listFromJson(const QJsonArray &items);
    // The item exactly as received (the typed members as they are now).
    QJsonObject toJson() const;
    // The same item as received: every field equal, extra ones included.
    bool sameItem(const Mailbox &other) const;

    // Which typed members the item had, with their documented types (the rest holds a field
    // of another type, such as an id given as a string, as it came).
    enum Held : quint8 { HasId = 1, HasName = 2, HasEmail = 4, HasSenderName = 8 };
    quint8 held = 0;
    QByteArray rest; // JsonRemainder: the fields not held above; empty when none
};

} // namespace mb

Q_DECLARE_METATYPE(mb::Mailbox)
