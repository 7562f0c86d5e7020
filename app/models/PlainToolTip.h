#pragma once

#include "rest/UntrustedText.h"

#include <QString>

namespace mb {

// Plain text as a tooltip that shows exactly that text. Qt shows a tooltip as rich text when
// Qt::mightBeRichText() guesses so, and a portal chooses the names and addresses a tooltip
// quotes: "<b>x</b>" would show bold, "<img src=…>" an image, "&lt;" a "<". So the tooltip is
// always rich text whose content is the text escaped: lines break where the text breaks them,
// runs of spaces stay, tabs become a space. Bidi embeddings, overrides and isolates and other
// control characters are dropped, as UntrustedText::plain() does, so a name cannot reverse the
// lines after it. Empty text stays empty: no tooltip. The whole text goes through here, the
// translated wording (plain text too) with the portal's parts in it.
inline QString plainToolTip(const QString &text)
{
    QString body;
    body.reserve(text.size() + text.size() / 8);
    bool visible = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            [[fallthrough]];
        case u'\n':
            body += QStringLiteral("<br>");
            continue;
        case u'\t':
            body += u' ';
            continue;
        case u'<':
            body += QStringLiteral("&lt;");
            break;
        case u'>':
            body += QStringLiteral("&gt;");
            break;
        case u'&':
            body += QStringLiteral("&amp;");
            break;
        default:
            if (c.category() == QChar::Other_Control || UntrustedText::isBidiControl(c))
                continue;
            body += c;
            break;
        }
        visible = visible || !c.isSpace();
    }
    if (!visible)
        return {};
    // <p> makes Qt::mightBeRichText() true whatever follows; pre-wrap keeps runs of spaces
    // and still wraps a long line at the tooltip's width.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + body + QStringLiteral("</p>");
}

} // namespace mb
