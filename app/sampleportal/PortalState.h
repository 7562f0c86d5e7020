#pragma once

#include "CredentialStore.h"
#include "FaultInjector.h"
#include "LeakyBucket.h"
#include "OperatingBudget.h"
#include "PortalClock.h"
#include "PortalConfig.h"
#include "PortalData.h"
#include "PortalStats.h"

#include <QRandomGenerator>
#include <QUrl>

namespace fake {

// Everything the request handlers share; owned by FakePortal.
struct PortalState
{
    explicit PortalState(const PortalConfig &initial)
        : config(initial)
        , credentials(initial.seed, initial.webhookCode, initial.clientSecret)
        , jitter(quint32(initial.seed ^ (initial.seed >> 32)))
    {}

    // Data follows the config, so a test may change `mailboxes` between calls.
    const PortalData &currentData()
    {
        if (!data.matches(config.seed, config.mailboxes, config.foreignMailboxes))
            data.generate(config.seed, config.mailboxes, config.foreignMailboxes);
        return data;
    }

    PortalConfig config;
    PortalClock clock;
    PortalData data;
    CredentialStore credentials;
    LeakyBucket bucket;
    OperatingBudget budget;
    FaultInjector faults;
    QRandomGenerator jitter; // draws PortalConfig::latencyJitterMs
    PortalStats stats;
    int inFlight = 0;
    quint64 successes = 0; // drives the occasional integer time.start
    QUrl baseUrl;
    QUrl authServerUrl;
};

} // namespace fake
