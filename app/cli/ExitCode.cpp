#include "ExitCode.h"

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
        return ExitCode::Network;
    case Category::Protocol:
    case Category::HttpStatus:
        return ExitCode::Protocol;
    default:
        return ExitCode::Api;
    }
}

} // namespace mb::cli
