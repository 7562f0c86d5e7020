#pragma once

#include <QHash>
#include <QString>

namespace fake {

// The portal's request-rate limit (§6): each request adds 1 to a per-source counter that
// drains at `drainPerSec`; a request that would push it past `burst` is refused and not
// counted, so a client that waits always gets back in.
class LeakyBucket
{
public:
    bool tryAcquire(const QString &source, double burst, double drainPerSec, double now);
    void clear() { m_levels.clear(); }

private:
    struct Level
    {
        double value = 0;
        double at = 0;
    };
    QHash<QString, Level> m_levels;
};

} // namespace fake
