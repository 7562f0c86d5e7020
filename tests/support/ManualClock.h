#pragma once

#include "rest/SteadyClock.h"

namespace testsupport {

// A steady clock that moves only when the test says so, for assertions on pauses and
// back-off that do not depend on how fast the machine runs.
class ManualClock final : public mb::SteadyClock
{
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1'000'000;
};

} // namespace testsupport
