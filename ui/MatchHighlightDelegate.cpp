#include "MatchHighlightDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace mb {

MatchHighlightDelegate::MatchHighlightDelegate(std::function<QString()> filterText, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_filterText(std::move(filterText))
{}

QString MatchHighlightDelegate::highlighted(const QString &text, const QString &needle)
{
    if (needle.isEmpty())
        return text.toHtmlEscaped();
    QString html;
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        html += text.mid(from, at - from).toHtmlEscaped();
        html += QStringLiteral("<b>") + text.mid(at, needle.size()).toHtmlEscaped() +
                QStringLiteral("</b>");
        from = at + needle.size();
    }
    html += text.mid(from).toHtmlEscaped();
    return html;
}

QString MatchHighlightDelegate::filterText() const
{
    return m_filterText ? m_filterText() : QString();
}

QSize MatchHighlightDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
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
    doc.setHtml(highlighted(text, filterText()));
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    const int dy = (textRect.height() - int(doc.size().height())) / 2;
    painter->translate(textRect.left(), textRect.top() + qMax(0, dy));
    painter->setClipRect(textRect.translated(-textRect.left(), -textRect.top() - qMax(0, dy)));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace mb
