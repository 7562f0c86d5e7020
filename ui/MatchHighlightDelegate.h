#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace mb {

// Paints an item's text with the parts that match the filter text in bold, so the user sees
// why a row is offered. The filter text comes from a function, read at paint time.
//
// Rows are as tall as the font's real ink needs: its ascent + descent, or the ink of capitals
// with marks above and below (Ü, Å, Ḗ, Ç) where a font draws those higher or lower, plus
// padding. The text is centred in the whole row and never clipped above or below, so a
// diaeresis on a capital shows whole at any scale. Bidi isolates in the text (SenderModel's
// display text) are kept, and matches are found as if they were not there.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MatchHighlightDelegate(std::function<QString()> filterText, QObject *parent = nullptr);

    // `text` as HTML with every case-insensitive occurrence of `needle` in <b>…</b>. Bidi
    // controls in `text` do not stop a match (they stay where they are).
    static QString highlighted(const QString &text, const QString &needle);
    // The height a row needs for `font`: ink of tall capitals with marks, plus padding.
    static int rowHeight(const QFont &font);

    // What is highlighted now.
    QString filterText() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    // Wide enough for the text with the matches in bold.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    std::function<QString()> m_filterText;
};

} // namespace mb
