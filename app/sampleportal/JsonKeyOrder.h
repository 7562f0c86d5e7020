#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace fake {

// The keys of a JSON object's top level in the order they were written. QJsonObject sorts
// its keys ("10" before "2"), but a PHP portal walks an object in the order of the text, so
// the batch object form (§7) must be read that way.
class JsonKeyOrder
{
public:
    // Keys of the object `json` holds, first occurrence of each in text order; nullopt when
    // the text is not one object (the caller has parsed it already, so that is a bug).
    static std::optional<QStringList> topLevelKeys(const QByteArray &json);
};

} // namespace fake
