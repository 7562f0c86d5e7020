#pragma once

#include <QCoreApplication>
#include <QString>

namespace mb {

// The small page the browser shows after the portal sent it back to Mailbox Browser.
// Translated, self-contained (no scripts, images or external styles) and free of anything
// from the request, so nothing the portal or an attacker put into the URL is reflected.
class RedirectPage
{
    Q_DECLARE_TR_FUNCTIONS(RedirectPage)
public:
    enum class Kind {
        Success,  // the code arrived; the window may be closed
        Failure,  // the portal reported an error or the state did not match
        NotFound, // some other request (a favicon, a stale tab)
    };
    static QByteArray html(Kind kind);
};

} // namespace mb
