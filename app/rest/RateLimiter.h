#pragma once

#include "SteadyClock.h"

namespace mb {

// Client-side leaky bucket mirroring the portal's: each request adds 1, the level drains
// at `drainPerSec`, and a request may go when the level stays within `burst`.
class RateLimiter
{
public:
    explicit RateLimiter(double burst = 50, double drainPerSec = 2,
                         const SteadyClock *clock = SteadyClock::system());

    void configure(double burst, double drainPerSec);
    // Not owned; must outlive the limiter.
    void setClock(const SteadyClock *clock);
    double burst() const { return m_burst; }
    double drainPerSec() const { return m_drain; }

    // Milliseconds to wait before the next request may go (0 = now).
    qint64 delayMs() const;
    // Records a request sent now.
    void consume();
    // The portal said 503 QUERY_LIMIT_EXCEEDED: assume the bucket is full.
    void markFull();
    // Current level, for the rate meter.
    double level() const;

private:
    void drain() const;
    double m_burst;
    double m_drain;
    const SteadyClock *m_clock;
    mutable double m_level = 0;
    mutable qint64 m_lastMs = 0;
};

} // namespace mb
