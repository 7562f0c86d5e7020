#pragma once

#include <QJsonArray>
#include <QList>

namespace mb {

// Parses every element of a JSON `items` array with T::fromJson.
template<typename T> QList<T> listFromJson(const QJsonArray &items)
{
    QList<T> list;
    list.reserve(items.size());
    for (const QJsonValue &v : items)
        list.append(T::fromJson(v.toObject()));
    return list;
}

} // namespace mb
