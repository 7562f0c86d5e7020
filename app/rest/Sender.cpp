#include "Sender.h"

#include "JsonList.h"
#include "JsonRemainder.h"

#include <QJsonArray>

namespace mb {

namespace {
const QLatin1StringView kEmail("email");
const QLatin1StringView kName("name");
const QLatin1StringView kSender("sender");
} // namespace

Sender Sender::fromJson(const QJsonObject &item)
{
    Sender s;
    QJsonObject rest = item;
    const auto take = [&](QLatin1StringView key, Held bit, QString *into) {
        const QJsonValue value = item.value(key);
        *into = value.toString();
        if (value.isString()) {
            s.held |= bit;
            rest.remove(key);
        }
    };
    take(kEmail, HasEmail, &s.email);
    take(kName, HasName, &s.name);
    take(kSender, HasSender, &s.sender);
    s.rest = JsonRemainder::pack(rest);
    return s;
}

QList<Sender> Sender::listFromJson(const QJsonArray &items)
{
    return mb::listFromJson<Sender>(items);
}

QJsonObject Sender::toJson() const
{
    QJsonObject item = JsonRemainder::unpack(rest);
    if (held & HasEmail)
        item.insert(kEmail, email);
    if (held & HasName)
        item.insert(kName, name);
    if (held & HasSender)
        item.insert(kSender, sender);
    return item;
}

bool Sender::sameItem(const Sender &other) const
{
    return held == other.held && email == other.email && name == other.name &&
           sender == other.sender && rest == other.rest;
}

} // namespace mb
