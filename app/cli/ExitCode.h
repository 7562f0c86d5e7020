#pragma once

namespace mb {
class RestError;
}

namespace mb::cli {

// b24mail's exit status, documented in --help so scripts can branch on it.
enum class ExitCode : int {
    Success = 0,
    Usage = 2,    // bad arguments or missing credentials; nothing was sent
    Auth = 3,     // the portal refused who we are or what we may do
    Api = 4,      // any other Bitrix24 error (not found, validation, rate limit...)
    Network = 5,  // no answer: connection, timeout, TLS
    Protocol = 6, // an answer that is not Bitrix24 JSON
};

// The one place that decides which exit status a failed call ends in.
ExitCode exitCodeFor(const RestError &error);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace mb::cli
