#include "SteadyClock.h"

#include <QElapsedTimer>

namespace mb {

namespace {
class SystemSteadyClock final : public SteadyClock
{
public:
    SystemSteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};
} // namespace

const SteadyClock *SteadyClock::system()
{
    static const SystemSteadyClock clock;
    return &clock;
}

} // namespace mb
