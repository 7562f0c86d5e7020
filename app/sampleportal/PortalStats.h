#pragma once

#include <QHash>
#include <QString>

namespace fake {

// Counters for assertions. Refreshes and exchanges count attempts, so a test can prove that
// parallel callers shared one refresh.
struct PortalStats
{
    int requests = 0;              // every HTTP request on the portal listener
    int rateLimited = 0;           // 503 QUERY_LIMIT_EXCEEDED answers
    int tokenRefreshes = 0;        // grant_type=refresh_token requests
    int codeExchanges = 0;         // grant_type=authorization_code requests
    int maxInFlight = 0;           // most portal requests awaiting their answer at once
    QHash<QString, int> perMethod; // REST method -> calls (batch sub-commands included)
    int batchCalls = 0;
    int slowDripPieces = 0; // body pieces written by SlowDrip answers, each after a pause
    int faultsInjected = 0; // REST requests answered with a Fault (armed or random)
};

} // namespace fake
