#include "FaultInjector.h"

namespace fake {

void FaultInjector::arm(Fault fault, int count, const QString &method)
{
    m_fault = count == 0 ? Fault::None : fault;
    m_remaining = count;
    m_method = method;
}

Fault FaultInjector::take(const QString &method)
{
    if (m_fault == Fault::None || (!m_method.isEmpty() && m_method != method))
        return Fault::None;
    const Fault fault = m_fault;
    if (m_remaining > 0 && --m_remaining == 0)
        m_fault = Fault::None;
    return fault;
}

} // namespace fake
