#pragma once

#include <QUrl>

namespace mb::cli {

// Opens an address in the user's web browser from a program without a GUI. QDesktopServices
// would need QtGui and a QGuiApplication (and a display connection) just to hand a URL on,
// so b24mail asks the platform's own opener instead: xdg-open, open, or the URL handler of
// Windows. It is only the default: LoginCommand takes any OAuthSignIn::BrowserOpener.
class SystemBrowser
{
public:
    // False when no opener exists or it could not be started; whether a browser then
    // actually shows the page is beyond what can be known here.
    static bool open(const QUrl &url);
};

} // namespace mb::cli
