#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <cmath>

namespace mb {

// A JSON value as one line of a table cell, in the GUI and in b24mail alike: strings as they
// are, whole numbers without a fraction (ids arrive as JSON numbers: 12, not 12.0 or
// 1.2e+01), other numbers with the digits that read back the same double, arrays and
// objects as compact JSON, null and undefined as nothing.
inline QString jsonDisplayText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Up to 2^53 every whole number is exact, and fits a qint64 without overflow.
        if (std::trunc(d) == d && std::abs(d) <= 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace mb
