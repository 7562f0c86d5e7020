#include "ViewPositionKeeper.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace mb {

ViewPositionKeeper::ViewPositionKeeper(QAbstractItemView *view, int idRole, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_idRole(idRole)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ViewPositionKeeper::remember);
    const auto everywhere = [this] { restore(0, m_view->model()->rowCount() - 1); };
    connect(model, &QAbstractItemModel::modelReset, this, everywhere);
    connect(model, &QAbstractItemModel::layoutChanged, this, [this, model, everywhere] {
        if (!model->property("placingRows").toBool()) {
            everywhere();
            return;
        }
        // Rows just inserted at the end go to their places (MailboxFilterProxyModel): they
        // were looked at already; a top row found among them goes to the top again.
        if (m_placedTop.isValid())
            m_view->scrollTo(m_placedTop, QAbstractItemView::PositionAtTop);
        m_placedTop = QPersistentModelIndex();
    });
    // Only the new rows can hold an id not found before.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_placedTop = QPersistentModelIndex(); });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { restore(first, last); });
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                // The user chose another row meanwhile: theirs wins.
                if (!m_applying && current.isValid())
                    m_currentId = {};
            });
}

void ViewPositionKeeper::forget()
{
    m_currentId = {};
    m_topId = {};
}

QVariant ViewPositionKeeper::idAt(int row) const
{
    const QAbstractItemModel *model = m_view->model();
    return row < 0 ? QVariant() : model->index(row, 0).data(m_idRole);
}

int ViewPositionKeeper::rowOf(const QVariant &id, int first, int last) const
{
    const QAbstractItemModel *model = m_view->model();
    for (int row = first; row <= last; ++row) {
        if (model->index(row, 0).data(m_idRole) == id)
            return row;
    }
    return -1;
}

void ViewPositionKeeper::remember()
{
    if (!m_view)
        return;
    // A second reset before the rows came back keeps what the first one saw.
    if (const QModelIndex current = m_view->currentIndex(); current.isValid()) {
        m_currentId = idAt(current.row());
        m_currentColumn = current.column();
    }
    if (const QModelIndex top = m_view->indexAt(QPoint(1, 1)); top.isValid())
        m_topId = idAt(top.row());
}

void ViewPositionKeeper::restore(int first, int last)
{
    if (!m_view || !isRestoring())
        return;
    QAbstractItemModel *model = m_view->model();
    m_applying = true;
    if (m_currentId.isValid()) {
        if (const int row = rowOf(m_currentId, first, last); row >= 0) {
            m_view->selectionModel()->setCurrentIndex(model->index(row, m_currentColumn),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
            m_currentId = {};
        }
    }
    if (m_topId.isValid()) {
        if (const int row = rowOf(m_topId, first, last); row >= 0) {
            m_view->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
            m_placedTop = model->index(row, 0);
            m_topId = {};
        }
    }
    m_applying = false;
}

} // namespace mb
