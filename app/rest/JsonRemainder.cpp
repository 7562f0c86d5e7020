#include "JsonRemainder.h"

#include <QCborMap>
#include <QCborValue>

namespace mb {

QByteArray JsonRemainder::pack(const QJsonObject &fields)
{
    if (fields.isEmpty())
        return {};
    return QCborMap::fromJsonObject(fields).toCborValue().toCbor();
}

QJsonObject JsonRemainder::unpack(const QByteArray &blob)
{
    if (blob.isEmpty())
        return {};
    return QCborValue::fromCbor(blob).toMap().toJsonObject();
}

bool JsonRemainder::isInteger(const QJsonValue &value)
{
    return value.isDouble() && QCborValue::fromJsonValue(value).isInteger();
}

} // namespace mb
