#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace mb {

// The fields of a list item that a typed row does not hold, kept as one compact CBOR blob
// instead of a QJsonObject per row (a JSON object costs hundreds of bytes even when empty of
// surprises; the blob of an item without extra fields is empty and allocates nothing).
// Rows rebuild the whole item from their typed members plus the remainder when asked.
class JsonRemainder
{
public:
    // `fields` as CBOR; empty for no fields.
    static QByteArray pack(const QJsonObject &fields);
    // The object pack() was given (minus the held keys); empty for an empty blob.
    static QJsonObject unpack(const QByteArray &blob);
    // Whether `value` is a JSON integer (not a fraction, not a string of digits).
    static bool isInteger(const QJsonValue &value);
};

} // namespace mb
