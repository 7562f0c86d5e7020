#include "OperatingBudget.h"

#include <cmath>

namespace fake {

QList<OperatingBudget::Bucket> &OperatingBudget::live(const QString &key, double now)
{
    QList<Bucket> &buckets = m_buckets[key];
    buckets.removeIf(
        [now](const Bucket &b) { return now >= b.firstCall + kBucketSecs * kBuckets; });
    return buckets;
}

OperatingBudget::Usage OperatingBudget::usage(const QString &method, const QString &credential,
                                              double now)
{
    const QList<Bucket> &buckets = live(method + u'|' + credential, now);
    Usage out;
    for (const Bucket &b : buckets)
        out.operating += b.seconds;
    const double oldest = buckets.isEmpty() ? now : buckets.first().firstCall;
    out.resetAt = qint64(std::ceil(oldest + kBucketSecs * kBuckets));
    return out;
}

OperatingBudget::Usage OperatingBudget::record(const QString &method, const QString &credential,
                                               double cost, double now)
{
    QList<Bucket> &buckets = live(method + u'|' + credential, now);
    const auto minute = qint64(std::floor(now / kBucketSecs));
    if (buckets.isEmpty() || buckets.last().minute != minute)
        buckets.append({minute, now, 0});
    buckets.last().seconds += cost;
    return usage(method, credential, now);
}

} // namespace fake
