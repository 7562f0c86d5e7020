#pragma once

// Tooltips as the user reads them (needs Qt6::Gui): QToolTip takes a text for rich text when
// Qt::mightBeRichText() says so and shows it rendered, otherwise as it is.
#include <QString>
#include <QTextDocument>

namespace tooltiptest {

inline QString shownText(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    return document.toPlainText();
}

// A name a hostile portal might choose: markup Qt would render (bold, an image, an entity)
// and a right-to-left override that would turn the rest of the tooltip around.
inline QString hostileName()
{
    return QStringLiteral("<b>x</b>") + QChar(0x202e) + QStringLiteral("<img src=\"y.png\">&lt;");
}
// What the tooltip must show of it: every character as sent, but the override.
inline QString hostileNameShown()
{
    return QStringLiteral("<b>x</b><img src=\"y.png\">&lt;");
}

} // namespace tooltiptest
