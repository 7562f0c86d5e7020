#pragma once

#include <QString>
#include <QUrl>

namespace mb::cli {

// Opens an address in the user's web browser from a program without a GUI. QDesktopServices
// would need QtGui and a QGuiApplication (and a display connection) just to hand a URL on,
// so b24mail asks the platform's own opener instead: xdg-open, open, or the URL handler of
// Windows, always started by its full path. It is only the default: LoginCommand takes any
// OAuthSignIn::BrowserOpener.
class SystemBrowser
{
public:
    // The full path of the opener: rundll32 from the Windows system directory, /usr/bin/open
    // on macOS, xdg-open from PATH elsewhere. Empty when there is none.
    static QString opener();
    // False when no opener exists or it could not be started; whether a browser then
    // actually shows the page is beyond what can be known here.
    static bool open(const QUrl &url);
};

} // namespace mb::cli
