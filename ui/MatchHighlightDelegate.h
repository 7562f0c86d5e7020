#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace mb {

// Paints an item's text with the parts that match the filter text in bold, so the user sees
// why a row is offered. The filter text comes from a function, read at paint time.
class MatchHighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MatchHighlightDelegate(std::function<QString()> filterText, QObject *parent = nullptr);

    // `text` as HTML with every case-insensitive occurrence of `needle` in <b>…</b>.
    static QString highlighted(const QString &text, const QString &needle);

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
