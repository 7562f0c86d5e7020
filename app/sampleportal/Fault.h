#pragma once

namespace fake {

// Transport-level failures a real portal or its proxies produce now and then.
enum class Fault {
    None,
    HtmlBadGateway, // 502 text/html from the front proxy
    MalformedJson,  // 200 with truncated JSON
    OversizedBody,  // 200 with PortalConfig::oversizedBytes of JSON-looking data
    ResetMidBody,   // headers and half the real body, then a TCP reset
    SlowDrip,       // the real answer, a few bytes at a time
    InternalError,  // 500 INTERNAL_SERVER_ERROR
    EmptyBody       // 200 with no body
};

} // namespace fake
