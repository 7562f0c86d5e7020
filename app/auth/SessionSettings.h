#pragma once

#include "rest/ClientOptions.h"
#include "rest/NetworkSettings.h"

namespace mb {

class NetworkAccessFactory;

// What every account session is opened with: how to reach the network, and the REST
// client's tunables (timeouts, retries, rate limits).
struct SessionSettings
{
    // The app's or the command line's factory (not owned), shared by every session, so a
    // change of the proxy or the trusted authorities reaches open sessions at their next
    // request. Null: the session makes a factory of its own from `network`.
    const NetworkAccessFactory *networkAccess = nullptr;
    NetworkSettings network;
    ClientOptions client;
};

} // namespace mb
