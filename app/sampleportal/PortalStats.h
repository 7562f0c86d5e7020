#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

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
    // The first kMethodOrderSize REST methods in the order they came, each batch before its
    // commands: tests check what a client asks first.
    static constexpr int kMethodOrderSize = 64;
    QStringList methodOrder;
    int batchCalls = 0;
    int slowDripPieces = 0; // body pieces written by SlowDrip answers, each after a pause
    int faultsInjected = 0; // REST requests answered with a Fault (armed or random)
};

} // namespace fake
