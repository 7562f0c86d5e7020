#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mb {

// An address the user may send from. The same email may appear under several names. Fields
// beyond the three typed ones are kept compactly (JsonRemainder); toJson() gives back the
// entry as received.
struct Sender
{
    QString email;
    QString name;
    QString sender; // "Name <email>" as the portal formats it

    static Sender fromJson(const QJsonObject &item);
    static QList<Sender> listFromJson(const QJsonArray &items);
    QJsonObject toJson() const;
    // The same entry as received: every field equal, extra ones included.
    bool sameItem(const Sender &other) const;

    // Which typed members the entry had as strings (one of another type stays in `rest`).
    enum Held : quint8 { HasEmail = 1, HasName = 2, HasSender = 4 };
    quint8 held = 0;
    QByteArray rest; // JsonRemainder: the fields not held above; empty when none
};

} // namespace mb

Q_DECLARE_METATYPE(mb::Sender)
