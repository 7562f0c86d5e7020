#pragma once

#include "rest/ClientOptions.h"
#include "rest/NetworkSettings.h"

namespace mb {

// What every account session is opened with: how to reach the network, and the REST
// client's tunables (timeouts, retries, rate limits). The extra certificate authorities of
// `network` are trusted by the client's calls as well.
struct SessionSettings
{
    NetworkSettings network;
    ClientOptions client;
};

} // namespace mb
