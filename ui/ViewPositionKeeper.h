#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QVariant>

class QAbstractItemView;

namespace mb {

// Keeps a view's place across a reset of its model: the current row and the row at the top,
// found again by an id role once rows with those ids are back (a refresh, a retry, the same
// account opened again). Rows come back page by page, so each id is looked for as rows
// arrive until it is found, the user picks another row, or forget() is called. Rows a model
// inserts at the end and then places in a layout change (placingRows, as ScrollAnchor reads
// it) are looked at once, and a top row found among them is scrolled to again once placed.
class ViewPositionKeeper : public QObject
{
    Q_OBJECT
public:
    // `view` must have its model set; `idRole` gives a row's stable id.
    ViewPositionKeeper(QAbstractItemView *view, int idRole, QObject *parent = nullptr);

    // Drops what is waiting to be restored (another account: its ids mean other rows).
    void forget();
    bool isRestoring() const { return m_currentId.isValid() || m_topId.isValid(); }

private:
    void remember();
    void restore(int first, int last);
    QVariant idAt(int row) const;
    int rowOf(const QVariant &id, int first, int last) const;

    QPointer<QAbstractItemView> m_view;
    int m_idRole;
    QVariant m_currentId;
    QVariant m_topId;
    QPersistentModelIndex m_placedTop; // the top row found among rows just inserted
    int m_currentColumn = 0;
    bool m_applying = false;
};

} // namespace mb
