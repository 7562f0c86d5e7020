#include "LeakyBucket.h"

#include <algorithm>

namespace fake {

bool LeakyBucket::tryAcquire(const QString &source, double burst, double drainPerSec, double now)
{
    Level &level = m_levels[source];
    level.value = std::max(0.0, level.value - (now - level.at) * drainPerSec);
    level.at = now;
    if (level.value + 1 > burst)
        return false;
    level.value += 1;
    return true;
}

} // namespace fake
