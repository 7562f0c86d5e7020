#pragma once

#include <QJsonValue>

#include <optional>

class QByteArray;

namespace mb {

// Numbers read from the network, range-checked before anything is computed with them.
// A broken or hostile portal may send "nan", "inf", 1e300 or a negative duration, and
// converting such a double to an integer is undefined behaviour; so every number that
// comes off the wire passes here, and one outside [min, max] (NaN included) counts as
// absent. JSON numbers and numeric strings (v1 habits) are both accepted.
class WireNumber
{
public:
    // The largest Unix time taken from a portal: 9999-12-31T23:59:59Z.
    static constexpr double MaxUnixSecs = 253402300799.0;

    static std::optional<double> real(const QJsonValue &value, double min, double max);
    // The integral part (toward zero) of a number within [min, max].
    static std::optional<qint64> integer(const QJsonValue &value, qint64 min, qint64 max);
    static std::optional<qint64> integer(double value, qint64 min, qint64 max);
    // A header's decimal digits (Retry-After, Content-Length), nothing else.
    static std::optional<qint64> digits(const QByteArray &text, qint64 min, qint64 max);
};

} // namespace mb
