#include "ScopeAdvice.h"

namespace mb {

QString ScopeAdvice::text(For who)
{
    switch (who) {
    case For::Webhook:
        return tr("Edit the webhook on the portal and tick “mail”; its address stays the same, "
                  "so retry afterwards.");
    case For::Application:
        return tr("Add “mail” to the application's permissions on the portal, then sign in "
                  "again.");
    case For::Either:
        break;
    }
    return tr("Ask your portal administrator to add “mail”: a webhook keeps its address, so "
              "retry afterwards; an application must be signed in again.");
}

} // namespace mb
