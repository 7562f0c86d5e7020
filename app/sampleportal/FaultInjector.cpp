#include "FaultInjector.h"

#include <algorithm>
#include <array>

namespace fake {

namespace {

// Every fault but None: the random mode draws from all of them alike.
constexpr std::array kRandomFaults{
    Fault::HtmlBadGateway, Fault::MalformedJson, Fault::OversizedBody, Fault::ResetMidBody,
    Fault::SlowDrip,       Fault::InternalError, Fault::EmptyBody};

} // namespace

void FaultInjector::arm(Fault fault, int count, const QString &method)
{
    m_fault = count == 0 ? Fault::None : fault;
    m_remaining = count;
    m_method = method;
}

void FaultInjector::setRandom(double probability, quint32 seed)
{
    m_probability = std::clamp(probability, 0.0, 1.0);
    m_random.seed(seed);
}

Fault FaultInjector::take(const QString &method)
{
    if (m_fault != Fault::None && (m_method.isEmpty() || m_method == method)) {
        const Fault fault = m_fault;
        if (m_remaining > 0 && --m_remaining == 0)
            m_fault = Fault::None;
        return fault;
    }
    // Two draws per request whatever the outcome, so the sequence depends on the seed and the
    // number of requests only.
    const double roll = m_random.generateDouble();
    const quint32 pick = m_random.bounded(quint32(kRandomFaults.size()));
    if (m_probability <= 0 || roll >= m_probability)
        return Fault::None;
    return kRandomFaults[pick];
}

} // namespace fake
