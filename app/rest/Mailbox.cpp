#include "Mailbox.h"

#include "JsonList.h"
#include "JsonRemainder.h"
#include "WireNumber.h"

#include <QJsonArray>

#include <limits>

namespace mb {

namespace {
const QLatin1StringView kId("id");
const QLatin1StringView kName("name");
const QLatin1StringView kEmail("email");
const QLatin1StringView kSenderName("senderName");
} // namespace

qint64 Mailbox::idOf(const QJsonObject &item)
{
    // `id` is an int in the docs; accept a numeric string too, as v1 habits linger.
    return WireNumber::integer(item.value(kId), std::numeric_limits<qint64>::min(),
                               std::numeric_limits<qint64>::max())
        .value_or(0);
}

Mailbox Mailbox::fromJson(const QJsonObject &item)
{
    Mailbox m;
    const QJsonValue id = item.value(kId);
    m.id = idOf(item);
    const QJsonValue name = item.value(kName);
    const QJsonValue email = item.value(kEmail);
    const QJsonValue senderName = item.value(kSenderName);
    m.name = name.toString();
    m.email = email.toString();
    m.senderName = senderName.toString();
    // A field held typed leaves the remainder; one of another type stays there as it came.
    QList<QLatin1StringView> held;
    if (JsonRemainder::isInteger(id)) {
        m.held |= HasId;
        held.append(kId);
    }
    const auto hold = [&](const QJsonValue &value, Held bit, QLatin1StringView key) {
        if (value.isString()) {
            m.held |= bit;
            held.append(key);
        }
    };
    hold(name, HasName, kName);
    hold(email, HasEmail, kEmail);
    hold(senderName, HasSenderName, kSenderName);
    if (item.size() > held.size()) {
        QJsonObject rest = item;
        for (const QLatin1StringView key : std::as_const(held))
            rest.remove(key);
        m.rest = JsonRemainder::pack(rest);
    }
    return m;
}

QList<Mailbox> Mailbox::listFromJson(const QJsonArray &items)
{
    return mb::listFromJson<Mailbox>(items);
}

QJsonObject Mailbox::toJson() const
{
    QJsonObject item = JsonRemainder::unpack(rest);
    if (held & HasId)
        item.insert(kId, id);
    if (held & HasName)
        item.insert(kName, name);
    if (held & HasEmail)
        item.insert(kEmail, email);
    if (held & HasSenderName)
        item.insert(kSenderName, senderName);
    return item;
}

bool Mailbox::sameItem(const Mailbox &other) const
{
    return held == other.held && id == other.id && name == other.name && email == other.email &&
           senderName == other.senderName && rest == other.rest;
}

} // namespace mb
