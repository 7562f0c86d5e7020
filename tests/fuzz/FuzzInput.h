#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace mb::fuzz {

// The fuzzer's bytes, without a copy.
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                   static_cast<qsizetype>(size));
}

// The rows of a list answer as the readers get them: the whole envelope
// ({"result":{"items":[...]}}), the result alone, or a bare array all lead to `items`.
inline QJsonArray itemsOf(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isArray())
        return doc.array();
    QJsonObject object = doc.object();
    if (object.contains(QLatin1String("result")))
        object = object.value(QLatin1String("result")).toObject();
    return object.value(QLatin1String("items")).toArray();
}

} // namespace mb::fuzz
