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

    // The bucket the settings say the portal has (50 at 2/s; Enterprise 250 at 5/s, docs §6).
    // Forgets a learned burst.
    void configure(double burst, double drainPerSec);
    // Not owned; must outlive the limiter.
    void setClock(const SteadyClock *clock);
    // The burst requests are paced by: the configured one, or a smaller one learned.
    double burst() const { return m_burst; }
    double configuredBurst() const { return m_configuredBurst; }
    bool isBurstLearned() const { return m_burst < m_configuredBurst; }
    double drainPerSec() const { return m_drain; }

    // Milliseconds to wait before the next request may go (0 = now).
    qint64 delayMs() const;
    // Records a request sent now.
    void consume();
    // The portal said 503 QUERY_LIMIT_EXCEEDED. A portal says nothing of its bucket in its
    // answers (no header, no `time` field: docs §2, §6), so a refusal is the one evidence
    // there is: refused while our bucket still had room, the portal's is smaller than
    // configured, or shared (it counts per portal and source IP: other apps on this
    // address spend it too). From then on requests are paced by the level at which the
    // refusal came. Returns whether the burst changed. Call before markFull().
    bool learnBurst();
    // The portal said 503 QUERY_LIMIT_EXCEEDED: assume the bucket is full.
    void markFull();
    // Current level, for the rate meter.
    double level() const;

private:
    void drain() const;
    static constexpr double MinBurst = 2;
    double m_burst;
    double m_configuredBurst;
    double m_drain;
    const SteadyClock *m_clock;
    mutable double m_level = 0;
    mutable qint64 m_lastMs = 0;
};

} // namespace mb
