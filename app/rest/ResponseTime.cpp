#include "ResponseTime.h"

namespace mb {

namespace {
std::optional<double> number(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) { // tolerate numbers sent as strings
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
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
    t.start = number(time, QLatin1String("start"));
    t.finish = number(time, QLatin1String("finish"));
    t.duration = number(time, QLatin1String("duration"));
    t.processing = number(time, QLatin1String("processing"));
    t.dateStart = date(time, QLatin1String("date_start"));
    t.dateFinish = date(time, QLatin1String("date_finish"));
    if (const auto reset = number(time, QLatin1String("operating_reset_at")))
        t.operatingResetAt = static_cast<qint64>(*reset);
    t.operating = number(time, QLatin1String("operating"));
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
