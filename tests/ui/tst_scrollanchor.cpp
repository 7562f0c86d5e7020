// ScrollAnchor over the mailbox proxy, offscreen, without a portal: rows that arrive in a
// sorted list above the first visible row leave that row where it was on screen, whether the
// proxy inserts them at their places (a short list) or inserts them at the end and places
// them in one layout change (a long one); a sort or a new filter text is left to the view.
#include "../models/NamedRowsModel.h"
#include "ScrollAnchor.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"

#include <QScrollBar>
#include <QTableView>
#include <QTest>

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
};

QTEST_MAIN(TestScrollAnchor)
#include "tst_scrollanchor.moc"
