#include "ScrollAnchor.h"

#include <QAbstractItemView>
#include <QScrollBar>

#include <algorithm>

namespace mb {

ScrollAnchor::ScrollAnchor(QAbstractItemView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &ScrollAnchor::remember);
    // After the view's own slot (connected when the model was set), which only schedules its
    // layout.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ScrollAnchor::restore);
    // A model that inserts rows at the end and then moves them to their places in one layout
    // change says so while it does (MailboxFilterProxyModel's placingRows); a sort or a new
    // filter is a layout change the view handles alone.
    const auto placing = [model] { return model->property("placingRows").toBool(); };
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, [this, placing] {
        if (placing())
            remember();
    });
    connect(model, &QAbstractItemModel::layoutChanged, this, [this, placing] {
        if (placing())
            restore();
    });
}

void ScrollAnchor::remember()
{
    m_top = QPersistentModelIndex();
    if (!m_view)
        return;
    const QModelIndex top = m_view->indexAt(QPoint(1, 1));
    if (!top.isValid())
        return;
    m_top = top;
    m_topRow = top.row();
    m_value = m_view->verticalScrollBar()->value();
}

void ScrollAnchor::restore()
{
    if (!m_view || !m_top.isValid())
        return;
    const int moved = m_top.row() - m_topRow;
    const int rowHeight = std::max(1, m_view->visualRect(m_top).height());
    m_top = QPersistentModelIndex();
    QScrollBar *bar = m_view->verticalScrollBar();
    if (moved <= 0)
        return; // inserted below the rows shown
    if (bar->value() != m_value)
        return; // scrolled meanwhile (ViewPositionKeeper bringing a row back): that stands
    int value = 0;
    if (m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem) {
        value = bar->value() + moved;
    } else {
        // Every row above moved it down by its height; the new rows are not laid out yet, so
        // count them at the height of the row kept.
        value = bar->value() + moved * rowHeight;
    }
    // The view lays its new rows out later (a delayed layout) and then sets the range again;
    // until then the old range would clamp the value.
    if (bar->maximum() < value)
        bar->setMaximum(value);
    bar->setValue(value);
}

} // namespace mb
