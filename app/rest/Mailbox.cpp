#include "Mailbox.h"

#include "JsonList.h"

#include <QJsonArray>

namespace mb {

Mailbox Mailbox::fromJson(const QJsonObject &item)
{
    Mailbox m;
    // `id` is an int in the docs; accept a numeric string too, as v1 habits linger.
    const QJsonValue id = item.value(QLatin1String("id"));
    m.id = id.isString() ? id.toString().toLongLong() : id.toInteger();
    m.name = item.value(QLatin1String("name")).toString();
    m.email = item.value(QLatin1String("email")).toString();
    m.senderName = item.value(QLatin1String("senderName")).toString();
    m.fields = item;
    return m;
}

QList<Mailbox> Mailbox::listFromJson(const QJsonArray &items)
{
    return mb::listFromJson<Mailbox>(items);
}

} // namespace mb
