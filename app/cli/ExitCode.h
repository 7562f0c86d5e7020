#pragma once

namespace mb {
class OAuthError;
class RestError;
class SecretError;
} // namespace mb

namespace mb::cli {

// b24mail's exit status, documented in --help so scripts can branch on it.
enum class ExitCode : int {
    Success = 0,
    Usage = 2, // bad arguments or missing credentials; nothing was sent
    // The portal refused who we are or what we may do, or the keychain that holds who we are
    // cannot be used (none installed, locked, refused). One code for both: either way the
    // credentials need a person, and the message says which it is.
    Auth = 3,
    Api = 4, // any other Bitrix24 error (not found, validation, rate limit...)
    // No answer (connection, timeout, TLS), or a method the portal paused for longer than
    // --max-wait: either way, trying again later may work.
    Network = 5,
    Protocol = 6, // an answer that is not Bitrix24 JSON
};

// The one place that decides which exit status a failure ends in.
ExitCode exitCodeFor(const RestError &error);
ExitCode exitCodeFor(const OAuthError &error);
ExitCode exitCodeFor(const SecretError &error);

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace mb::cli
