#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QTableView>

namespace mb {

// How every table of rows in the window behaves: whole rows selected, several at once, no row
// numbers, and Tab goes on to the next control (arrows move within the table), as in a form.
inline void setUpRowTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->verticalHeader()->hide();
    view->setTabKeyNavigation(false);
}

} // namespace mb
