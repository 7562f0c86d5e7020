#pragma once

#include <QtGlobal>

namespace mb {

// Monotonic milliseconds for the REST client's pacing (rate limiter, back-off, per-method
// pauses). The default reads the system's steady clock; tests substitute one they move by
// hand, so nothing they assert depends on how fast the machine happens to run.
class SteadyClock
{
public:
    virtual ~SteadyClock() = default;
    virtual qint64 nowMs() const = 0;

    // The process-wide steady clock; lives as long as the program.
    static const SteadyClock *system();
};

} // namespace mb
