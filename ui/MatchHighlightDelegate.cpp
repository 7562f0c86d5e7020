#include "MatchHighlightDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>
#include <QtMath>

namespace mb {

MatchHighlightDelegate::MatchHighlightDelegate(std::function<QString()> filterText, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_filterText(std::move(filterText))
{}

namespace {
bool isBidiControl(QChar c)
{
    return (c.unicode() >= 0x202A && c.unicode() <= 0x202E) ||
           (c.unicode() >= 0x2066 && c.unicode() <= 0x2069);
}
} // namespace

QString MatchHighlightDelegate::highlighted(const QString &text, const QString &needle)
{
    if (needle.isEmpty())
        return text.toHtmlEscaped();
    // Search the visible characters; map each back to its place in `text`.
    QString visible;
    QList<qsizetype> at;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBidiControl(text.at(i))) {
            visible += text.at(i);
            at << i;
        }
    }
    QList<bool> bold(text.size(), false);
    for (qsizetype from = 0;;) {
        const qsizetype found = visible.indexOf(needle, from, Qt::CaseInsensitive);
        if (found < 0)
            break;
        for (qsizetype i = found; i < found + needle.size(); ++i)
            bold[at[i]] = true;
        from = found + needle.size();
    }
    QString html;
    bool open = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A control inside a match stays inside its <b>.
        const bool on =
            bold[i] || (open && isBidiControl(text.at(i)) && i + 1 < text.size() && bold[i + 1]);
        if (on != open) {
            html += on ? QStringLiteral("<b>") : QStringLiteral("</b>");
            open = on;
        }
        html += QString(text.at(i)).toHtmlEscaped();
    }
    if (open)
        html += QStringLiteral("</b>");
    return html;
}

int MatchHighlightDelegate::rowHeight(const QFont &font)
{
    const QFontMetricsF metrics(font);
    // Marks above and below capitals reach past the ascent in some fonts; bold is the tallest.
    QFont bold = font;
    bold.setBold(true);
    const QString probe = QStringLiteral("ÜÅḖÇǗgjÿ");
    const QRectF ink = QFontMetricsF(bold).tightBoundingRect(probe);
    const qreal above = qMax(metrics.ascent(), -ink.top());
    const qreal below = qMax(metrics.descent(), ink.bottom());
    const qreal padding = qMax<qreal>(3, metrics.height() / 5);
    return qCeil(above + below + 2 * padding);
}

QString MatchHighlightDelegate::filterText() const
{
    return m_filterText ? m_filterText() : QString();
}

QSize MatchHighlightDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem fontOption = option;
    initStyleOption(&fontOption, index);
    size.setHeight(qMax(size.height(), rowHeight(fontOption.font)));
    if (filterText().isEmpty())
        return size;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont bold = opt.font;
    bold.setBold(true);
    const int extra = QFontMetrics(bold).horizontalAdvance(opt.text) -
                      QFontMetrics(opt.font).horizontalAdvance(opt.text);
    size.rwidth() += qMax(0, extra);
    return size;
}

void MatchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument doc;
    doc.setDefaultFont(opt.font);
    doc.setDocumentMargin(0);
    QTextOption textOption = doc.defaultTextOption();
    textOption.setTextDirection(opt.direction); // the view's, not the first letter's
    textOption.setWrapMode(QTextOption::NoWrap);
    doc.setDefaultTextOption(textOption);
    doc.setHtml(highlighted(text, filterText()));
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    // Centred in the whole row, not in the style's text rectangle (which may be shorter than
    // the marks on a capital need); clipped only at the sides.
    const qreal top = opt.rect.top() + (opt.rect.height() - doc.size().height()) / 2;
    painter->setClipRect(
        QRect(textRect.left(), opt.rect.top(), textRect.width(), opt.rect.height()));
    painter->translate(textRect.left(), top);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace mb
