#include "Sender.h"

#include "JsonList.h"

#include <QJsonArray>

namespace mb {

Sender Sender::fromJson(const QJsonObject &item)
{
    Sender s;
    s.email = item.value(QLatin1String("email")).toString();
    s.name = item.value(QLatin1String("name")).toString();
    s.sender = item.value(QLatin1String("sender")).toString();
    s.fields = item;
    return s;
}

QList<Sender> Sender::listFromJson(const QJsonArray &items)
{
    return mb::listFromJson<Sender>(items);
}

} // namespace mb
