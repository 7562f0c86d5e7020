#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mb {

// One connected mailbox. The four documented fields are typed; every field the portal
// returns (including ones a newer portal adds, or that `select` asked for) is kept in
// `fields` so nothing is dropped.
struct Mailbox
{
    qint64 id = 0;
    QString name;
    QString email;
    QString senderName;
    QJsonObject fields; // the item exactly as received

    static Mailbox fromJson(const QJsonObject &item);
    static QList<Mailbox> listFromJson(const QJsonArray &items);
    QJsonObject toJson() const { return fields; }
};

} // namespace mb

Q_DECLARE_METATYPE(mb::Mailbox)
