#include "Mailbox.h"

#include "JsonList.h"
#include "WireNumber.h"

#include <QJsonArray>

#include <limits>

namespace mb {

Mailbox Mailbox::fromJson(const QJsonObject &item)
{
    Mailbox m;
    // `id` is an int in the docs; accept a numeric string too, as v1 habits linger.
    const QJsonValue id = item.value(QLatin1String("id"));
    m.id = WireNumber::integer(id, std::numeric_limits<qint64>::min(),
                               std::numeric_limits<qint64>::max())
               .value_or(0);
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
