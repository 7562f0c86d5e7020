#include "ResponseTime.h"

#include "WireNumber.h"

namespace mb {

namespace {
// A Unix time in seconds (int or double, or a numeric string).
std::optional<double> instant(const QJsonObject &o, QLatin1String key)
{
    return WireNumber::real(o.value(key), 0, WireNumber::MaxUnixSecs);
}

// Seconds spent: never negative; a request is cut off after 60 s and the operating budget
// spans ten minutes, so a day is already far beyond anything real.
std::optional<double> seconds(const QJsonObject &o, QLatin1String key)
{
    return WireNumber::real(o.value(key), 0, 24 * 3600);
}

std::optional<QDateTime> date(const QJsonObject &o, QLatin1String key)
{
    const QDateTime dt = QDateTime::fromString(o.value(key).toString(), Qt::ISODate);
    return dt.isValid() ? std::optional<QDateTime>(dt) : std::nullopt;
}
} // namespace

bool ResponseTime::isEmpty() const
{
    return !start && !finish && !duration && !processing && !dateStart && !dateFinish &&
           !operatingResetAt && !operating;
}

ResponseTime ResponseTime::fromJson(const QJsonObject &time)
{
    ResponseTime t;
    t.start = instant(time, QLatin1String("start"));
    t.finish = instant(time, QLatin1String("finish"));
    t.duration = seconds(time, QLatin1String("duration"));
    t.processing = seconds(time, QLatin1String("processing"));
    t.dateStart = date(time, QLatin1String("date_start"));
    t.dateFinish = date(time, QLatin1String("date_finish"));
    t.operatingResetAt = WireNumber::integer(time.value(QLatin1String("operating_reset_at")), 0,
                                             qint64(WireNumber::MaxUnixSecs));
    t.operating = seconds(time, QLatin1String("operating"));
    return t;
}

QJsonObject ResponseTime::toJson() const
{
    QJsonObject o;
    if (start)
        o.insert(QLatin1String("start"), *start);
    if (finish)
        o.insert(QLatin1String("finish"), *finish);
    if (duration)
        o.insert(QLatin1String("duration"), *duration);
    if (processing)
        o.insert(QLatin1String("processing"), *processing);
    if (dateStart)
        o.insert(QLatin1String("date_start"), dateStart->toString(Qt::ISODate));
    if (dateFinish)
        o.insert(QLatin1String("date_finish"), dateFinish->toString(Qt::ISODate));
    if (operatingResetAt)
        o.insert(QLatin1String("operating_reset_at"), *operatingResetAt);
    if (operating)
        o.insert(QLatin1String("operating"), *operating);
    return o;
}

} // namespace mb
