#pragma once

#include "Fault.h"

#include <QRandomGenerator>
#include <QString>

namespace fake {

// Arms one fault for the next `count` REST requests (-1: all) to `method` (empty: any); or,
// for soaks, picks a random transport fault for each request with a given probability, from
// a seeded generator so a failing run can be replayed.
class FaultInjector
{
public:
    void arm(Fault fault, int count, const QString &method);
    // probability in [0, 1]; 0 turns random faults off. An armed fault takes precedence.
    void setRandom(double probability, quint32 seed);
    Fault take(const QString &method); // the fault for this request, consuming one use

private:
    Fault m_fault = Fault::None;
    int m_remaining = 0;
    QString m_method;
    double m_probability = 0;
    QRandomGenerator m_random;
};

} // namespace fake
