#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace fake {

// Execution time per (method, app-or-webhook), summed over ten 1-minute buckets (§6).
// A bucket is born with its first call and drops out 10 minutes after it.
class OperatingBudget
{
public:
    struct Usage
    {
        double operating = 0; // seconds used inside the window
        qint64 resetAt = 0;   // when the oldest bucket drops out
    };

    Usage usage(const QString &method, const QString &credential, double now);
    Usage record(const QString &method, const QString &credential, double cost, double now);
    void clear() { m_buckets.clear(); }

    static constexpr double kBucketSecs = 60;
    static constexpr int kBuckets = 10;

private:
    struct Bucket
    {
        qint64 minute = 0; // floor(time / 60) of its first call
        double firstCall = 0;
        double seconds = 0;
    };
    QList<Bucket> &live(const QString &key, double now);
    QHash<QString, QList<Bucket>> m_buckets;
};

} // namespace fake
