#include "WireNumber.h"

#include <QByteArray>
#include <QString>

#include <cmath>
#include <limits>

namespace mb {

std::optional<double> WireNumber::real(const QJsonValue &value, double min, double max)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        number = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    // Written so that NaN fails too.
    if (!(number >= min && number <= max))
        return std::nullopt;
    return number;
}

std::optional<qint64> WireNumber::integer(double value, qint64 min, qint64 max)
{
    if (!std::isfinite(value))
        return std::nullopt;
    const double whole = std::trunc(value);
    // Only a value known to fit a qint64 is converted: [-2^63, 2^63) exactly, since
    // double(INT64_MAX) rounds up to 2^63, which does not fit.
    constexpr double Limit = 9223372036854775808.0; // 2^63
    if (!(whole >= -Limit && whole < Limit))
        return std::nullopt;
    const auto converted = static_cast<qint64>(whole);
    if (converted < min || converted > max)
        return std::nullopt;
    return converted;
}

std::optional<qint64> WireNumber::integer(const QJsonValue &value, qint64 min, qint64 max)
{
    if (value.isString()) {
        // Exact for digit strings beyond 2^53; anything else goes the double way.
        bool ok = false;
        const qint64 exact = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return exact >= min && exact <= max ? std::optional<qint64>(exact) : std::nullopt;
    }
    const auto number = real(value, -std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::infinity());
    return number ? integer(*number, min, max) : std::nullopt;
}

std::optional<qint64> WireNumber::digits(const QByteArray &text, qint64 min, qint64 max)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return std::nullopt;
    for (const char c : trimmed) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    const qint64 n = trimmed.toLongLong();
    return n >= min && n <= max ? std::optional<qint64>(n) : std::nullopt;
}

} // namespace mb
