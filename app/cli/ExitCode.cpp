#include "ExitCode.h"

#include "auth/OAuthError.h"
#include "auth/SecretError.h"
#include "rest/RestError.h"

namespace mb::cli {

ExitCode exitCodeFor(const RestError &error)
{
    using Category = RestError::Category;
    if (!error.isError())
        return ExitCode::Success;
    // Checked first: a credential or rights problem is what the user has to fix, whatever
    // transport detail came with it.
    if (error.isAuthProblem() || error.isPermissionProblem())
        return ExitCode::Auth;
    switch (error.category()) {
    case Category::Network:
    case Category::Timeout:
    case Category::Tls:
    case Category::OperationTimeLimit:
        return ExitCode::Network;
    case Category::Protocol:
    case Category::PortalMoved: // an answer that is a redirect we may not follow
    case Category::HttpStatus:
        return ExitCode::Protocol;
    default:
        return ExitCode::Api;
    }
}

} // namespace mb::cli

namespace mb::cli {

ExitCode exitCodeFor(const OAuthError &error)
{
    using Code = OAuthError::Code;
    switch (error.code()) {
    case Code::None:
        return ExitCode::Success;
    case Code::InvalidPortal:
    case Code::InvalidServer:
    case Code::MissingClient:
        return ExitCode::Usage;
    case Code::Network:
    case Code::ListenFailed: // the loopback port: a local network problem
        return ExitCode::Network;
    case Code::Protocol:
        return ExitCode::Protocol;
    case Code::PaymentRequired:
    case Code::InvalidRequest:
    case Code::ServerError:
        return ExitCode::Api;
    default:
        // Refused, denied, expired, never redirected, cancelled: the sign-in did not
        // establish who we are.
        return ExitCode::Auth;
    }
}

ExitCode exitCodeFor(const SecretError &error)
{
    return error.isError() ? ExitCode::Auth : ExitCode::Success;
}

} // namespace mb::cli
