#pragma once

#include "rest/RestError.h"

#include <QCoreApplication>
#include <QString>

namespace mb {

// Whether one mail.mailbox method works for the signed-in account, and if not, whose move it
// is: a missing `mail` scope is fixed in the app's card or the webhook's settings, missing
// rights by the portal's administrator.
class MethodPermission
{
    Q_DECLARE_TR_FUNCTIONS(MethodPermission)
public:
    enum class Status {
        Works,        // answered (an empty list or "not found" counts: access was granted)
        MissingScope, // INSUFFICIENTSCOPE / insufficient_scope: `mail` not granted
        NoAccess,     // ACCESSDENIED & co.: the user lacks rights (or the plan lacks REST)
        SignInNeeded, // the credential itself was refused
        NotAvailable, // the portal has no such method (no REST 3.0)
        Failed,       // anything else (network, limits, server error): see error
    };

    QString method;
    Status status = Status::Failed;
    RestError error; // None when it works

    bool works() const { return status == Status::Works; }
    static Status classify(const RestError &error);
    // Translated, short: "works", "missing mail scope", "no access", ...
    static QString statusText(Status status);
    // Stable English name for --json output and tests: "works", "missing-scope", ...
    static QString statusName(Status status);
};

} // namespace mb
