#pragma once

#include "Fault.h"

#include <QString>

namespace fake {

// Arms one fault for the next `count` REST requests (-1: all) to `method` (empty: any).
class FaultInjector
{
public:
    void arm(Fault fault, int count, const QString &method);
    Fault take(const QString &method); // the fault for this request, consuming one use

private:
    Fault m_fault = Fault::None;
    int m_remaining = 0;
    QString m_method;
};

} // namespace fake
