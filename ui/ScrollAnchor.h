#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>

class QAbstractItemView;

namespace mb {

// Keeps the rows a user is reading in place while rows arrive: when rows are inserted above
// the first visible row (a sorted list that keeps filling), the view scrolls by as much as
// they pushed that row down, so the same mailbox stays at the top. Rows arrive either as
// inserts at their places or, from a model with a placingRows property, as an insert at the
// end and a layout change that moves them to their places while placingRows is true. The
// selection and the current index need no help: they are persistent indexes and move with
// their rows.
//
// Watches the view's model as it is when constructed (set the model first). Only arriving
// rows move the view; a reset, a new filter or a sort by the user is left to the view (and
// ViewPositionKeeper).
class ScrollAnchor : public QObject
{
    Q_OBJECT
public:
    explicit ScrollAnchor(QAbstractItemView *view, QObject *parent = nullptr);

private:
    void remember();
    void restore();

    QPointer<QAbstractItemView> m_view;
    QPersistentModelIndex m_top; // the first visible row before the insert
    int m_topRow = -1;           // ... and its row then
    int m_value = 0;             // ... and the scroll bar's value
};

} // namespace mb
