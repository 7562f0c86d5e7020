#pragma once

#include <QCoreApplication>
#include <QString>

namespace mb {

// What to do when the portal has not granted the "mail" scope. One text wherever the app
// finds out (a failed call, the webhook check, the permission matrix, the sign-in), so the
// GUI and b24mail never give different advice for the same situation.
class ScopeAdvice
{
    Q_DECLARE_TR_FUNCTIONS(mb::ScopeAdvice)

public:
    enum class For { Webhook, Application, Either };
    static QString text(For who);
};

} // namespace mb
