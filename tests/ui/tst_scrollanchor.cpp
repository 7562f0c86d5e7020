// ScrollAnchor over the mailbox proxy, offscreen, without a portal: rows that arrive in a
// sorted list above the first visible row leave that row where it was on screen, whether the
// proxy inserts them at their places (a short list) or inserts them at the end and places
// them in one layout change (a long one); a sort or a new filter text is left to the view.
// ViewPositionKeeper, with it as in the window, brings back the top row and the current one
// after a reset when they arrive among rows placed that way.
#include "../models/NamedRowsModel.h"
#include "ScrollAnchor.h"
#include "ViewPositionKeeper.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"

#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <algorithm>

using namespace mb;
using modeltest::namedRows;
using modeltest::NamedRowsModel;

namespace {

qint64 topId(const QTableView &view)
{
    return view.indexAt(QPoint(1, 1)).data(MailboxListModel::IdRole).toLongLong();
}

int topY(const QTableView &view)
{
    return view.visualRect(view.indexAt(QPoint(1, 1))).top();
}

} // namespace

class TestScrollAnchor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theTopRowStaysWhileRowsArrive_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("topRow");
        QTest::newRow("short list") << 300 << 120;
        QTest::newRow("long list") << 3000 << 1200;
    }

    void theTopRowStaysWhileRowsArrive()
    {
        QFETCH(int, rows);
        QFETCH(int, topRow);
        NamedRowsModel source;
        source.append(namedRows(rows, 1));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QTableView view;
        view.setModel(&proxy);
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerItem); // as the window's
        view.setSortingEnabled(true);
        view.sortByColumn(MailboxListModel::NameColumn, Qt::AscendingOrder);
        new ScrollAnchor(&view, &view);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollTo(proxy.index(topRow, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        const qint64 top = topId(view);
        const int y = topY(view);
        QCOMPARE(view.indexAt(QPoint(1, 1)).row(), topRow);

        for (int batch = 0; batch < 3; ++batch) {
            source.append(namedRows(rows / 5, 100000 + batch * 10000, batch + 1));
            QCoreApplication::processEvents(); // the view lays its rows out
            QCOMPARE(topId(view), top);
            QCOMPARE(topY(view), y);
        }
        QVERIFY(view.indexAt(QPoint(1, 1)).row() > topRow); // rows came in above it

        // A new filter text and a sort move the rows; the view keeps its scroll bar's value.
        const int value = view.verticalScrollBar()->value();
        proxy.setFilterText(QStringLiteral("a"));
        view.sortByColumn(MailboxListModel::EmailColumn, Qt::DescendingOrder);
        QCoreApplication::processEvents();
        QCOMPARE(view.verticalScrollBar()->value(), value);
    }

    void aPlaceKeptOverAResetComesBackAmongPlacedRows()
    {
        NamedRowsModel source;
        source.append(namedRows(3000, 1));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QTableView view;
        view.setModel(&proxy);
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
        view.setSortingEnabled(true);
        view.sortByColumn(MailboxListModel::NameColumn, Qt::AscendingOrder);
        ViewPositionKeeper keeper(&view, MailboxListModel::IdRole);
        new ScrollAnchor(&view, &view);
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.scrollTo(proxy.index(1500, 0), QAbstractItemView::PositionAtTop);
        view.setCurrentIndex(proxy.index(1505, 1));
        QCoreApplication::processEvents();
        const qint64 top = topId(view);
        const qint64 current = view.currentIndex().data(MailboxListModel::IdRole).toLongLong();

        // The same rows again, in batches of 600: the two in the fourth, placed among the
        // 1,800 before them.
        source.clear();
        QList<NamedRowsModel::Row> rows = namedRows(3000, 1);
        for (const qint64 id : {top, current}) {
            const auto at =
                std::find_if(rows.begin(), rows.end(),
                             [id](const NamedRowsModel::Row &row) { return row.id == id; });
            QVERIFY(at != rows.end());
            const NamedRowsModel::Row row = *at;
            rows.erase(at);
            rows.insert(2000, row);
        }
        for (int first = 0; first < rows.size(); first += 600) {
            source.append(rows.mid(first, 600));
            QCoreApplication::processEvents();
        }
        QVERIFY(!keeper.isRestoring());
        QCOMPARE(topId(view), top);
        QCOMPARE(view.currentIndex().data(MailboxListModel::IdRole).toLongLong(), current);
        QCOMPARE(view.currentIndex().column(), 1);
    }
};

QTEST_MAIN(TestScrollAnchor)
#include "tst_scrollanchor.moc"
