#pragma once

#include <QDateTime>

namespace fake {

// Wall clock plus a test-controlled offset, so TTLs and limit windows can be crossed without
// sleeping.
class PortalClock
{
public:
    double now() const { return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 + m_offset; }
    void advance(double seconds) { m_offset += seconds; }

private:
    double m_offset = 0;
};

} // namespace fake
