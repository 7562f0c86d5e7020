#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace mb {

RateLimiter::RateLimiter(double burst, double drainPerSec, const SteadyClock *clock)
    : m_burst(burst)
    , m_configuredBurst(burst)
    , m_drain(drainPerSec)
    , m_clock(clock)
    , m_lastMs(clock->nowMs())
{}

void RateLimiter::setClock(const SteadyClock *clock)
{
    drain();
    m_clock = clock;
    m_lastMs = clock->nowMs();
}

void RateLimiter::configure(double burst, double drainPerSec)
{
    drain();
    m_burst = std::max(1.0, burst);
    m_configuredBurst = m_burst;
    m_drain = std::max(0.01, drainPerSec);
}

void RateLimiter::drain() const
{
    const qint64 now = m_clock->nowMs();
    const double drained = double(now - m_lastMs) * m_drain / 1000.0;
    m_level = std::max(0.0, m_level - drained);
    m_lastMs = now;
}

qint64 RateLimiter::delayMs() const
{
    drain();
    // The portal refuses a request that pushes the counter past the burst; keep one
    // request of headroom below it because its clock and ours are not in step.
    const double allowed = m_burst - 1.0;
    if (m_level + 1.0 <= allowed)
        return 0;
    return qint64(std::ceil((m_level + 1.0 - allowed) * 1000.0 / m_drain));
}

void RateLimiter::consume()
{
    drain();
    m_level += 1.0;
}

bool RateLimiter::learnBurst()
{
    drain();
    // The request that was refused had been counted already (consume()): the portal's
    // counter ran over where ours stood before it. Only a clear gap is evidence; at the
    // edge of our own burst the two clocks merely disagree.
    const double levelBefore = std::max(0.0, m_level - 1.0);
    const double learned = std::max(MinBurst, std::floor(levelBefore));
    if (learned >= m_burst - 1.0)
        return false;
    m_burst = learned;
    return true;
}

void RateLimiter::markFull()
{
    drain();
    m_level = std::max(m_level, m_burst);
}

double RateLimiter::level() const
{
    drain();
    return m_level;
}

} // namespace mb
