#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace mb {

// The `time` object of a Bitrix24 response. Its field set varies by method and
// environment, so every field is optional. Feeds the rate-limit meter.
struct ResponseTime
{
    std::optional<double> start; // Unix seconds (int or double on the wire)
    std::optional<double> finish;
    std::optional<double> duration;     // seconds
    std::optional<double> processing;   // seconds
    std::optional<QDateTime> dateStart; // ISO 8601 with offset
    std::optional<QDateTime> dateFinish;
    std::optional<qint64> operatingResetAt; // Unix seconds
    std::optional<double> operating;        // accumulated execution seconds of this method

    bool isEmpty() const;
    static ResponseTime fromJson(const QJsonObject &time);
    QJsonObject toJson() const;
};

} // namespace mb
