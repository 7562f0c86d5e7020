#include "RedirectPage.h"

namespace mb {

QByteArray RedirectPage::html(Kind kind)
{
    QString title;
    QString text;
    switch (kind) {
    case Kind::Success:
        title = tr("Signed in");
        text = tr("Mailbox Browser received the portal's answer. You may close this window.");
        break;
    case Kind::Failure:
        title = tr("Sign-in failed");
        text = tr("Mailbox Browser could not use this answer. Return to Mailbox Browser to "
                  "see why. You may close this window.");
        break;
    case Kind::NotFound:
        title = tr("Nothing here");
        text = tr("This address only receives the portal's answer during sign-in.");
        break;
    }
    const QString page = QStringLiteral("<!DOCTYPE html><html lang=\"%1\"><head><meta "
                                        "charset=\"utf-8\"><title>%2</title></head>"
                                        "<body style=\"font-family:sans-serif;margin:3em\">"
                                        "<h1>%2</h1><p>%3</p></body></html>")
                             .arg(tr("en", "HTML lang attribute of the page"),
                                  title.toHtmlEscaped(), text.toHtmlEscaped());
    return page.toUtf8();
}

} // namespace mb
