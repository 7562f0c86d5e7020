// MailboxFilterProxyModel over a long list (past BigList), without a portal: what views see.
// Every change of the row count is an insert or a removal (a view, a selection, the tester
// count rows by them); a keystroke, a sort or a batch of arriving rows is at most one insert,
// one layout change and one removal, however scattered its rows are; rows keep their
// persistent indexes; the order is the locale's, case-insensitive, ties broken by id.
#include "NamedRowsModel.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QItemSelectionModel>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace mb;
using modeltest::namedRows;
using modeltest::NamedRowsModel;

namespace {

// Watches `model` from now on; a failure fails the test.
std::unique_ptr<QAbstractItemModelTester> testerFor(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

qint64 idOf(const QModelIndex &index)
{
    return index.data(MailboxListModel::IdRole).toLongLong();
}

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(idOf(model.index(row, 0)));
    return ids;
}

// The ids of the source rows whose name or address contains `text`, in `column`'s order.
QList<qint64> expected(const NamedRowsModel &source, const QString &text, int column,
                       Qt::SortOrder order)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QList<int> rows;
    for (int row = 0; row < source.rowCount(); ++row) {
        const QModelIndex index = source.index(row, 0);
        if (text.isEmpty() ||
            index.data(MailboxListModel::NameRole).toString().contains(text, Qt::CaseInsensitive) ||
            index.data(MailboxListModel::EmailRole)
                .toString()
                .contains(text, Qt::CaseInsensitive) ||
            QString::number(source.at(row).id).contains(text))
            rows.append(row);
    }
    const auto less = [&](int l, int r) {
        if (column != MailboxListModel::IdColumn) {
            const int byText = collator.compare(source.index(l, column).data().toString(),
                                                source.index(r, column).data().toString());
            if (byText != 0)
                return byText < 0;
        }
        return source.at(l).id < source.at(r).id;
    };
    std::sort(rows.begin(), rows.end(),
              [&](int l, int r) { return order == Qt::AscendingOrder ? less(l, r) : less(r, l); });
    QList<qint64> ids;
    for (const int row : rows)
        ids.append(source.at(row).id);
    return ids;
}

// The signals a proxy sends for one change, and whether they add up to its row count.
struct Signals
{
    explicit Signals(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [this](const QModelIndex &, int first, int last) {
                             ++inserts;
                             delta += last - first + 1;
                         });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model,
                         [this](const QModelIndex &, int first, int last) {
                             ++removals;
                             delta -= last - first + 1;
                         });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [this] { ++layouts; });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
    }
    void clear() { inserts = removals = layouts = resets = delta = 0; }
    int inserts = 0;
    int removals = 0;
    int layouts = 0;
    int resets = 0;
    int delta = 0;
};

} // namespace

class TestMailboxFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aKeystrokeOverABigListCountsItsRows()
    {
        // Typed and erased letter by letter over 3,000 sorted rows: each text changes the rows
        // shown by at most one insert, one layout change and one removal, which add up to the
        // new row count; a row that stays shown keeps its persistent index.
        NamedRowsModel source;
        source.append(namedRows(3000, 1));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        const auto tester = testerFor(&proxy);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(proxy),
                 expected(source, {}, MailboxListModel::NameColumn, Qt::AscendingOrder));
        int keptRow = 0;
        while (!proxy.index(keptRow, 0).data().toString().startsWith(QLatin1String("Sales")))
            ++keptRow;
        const QPersistentModelIndex kept = proxy.index(keptRow, 0);
        const qint64 keptId = idOf(kept);
        Signals seen(&proxy);
        const QStringList texts = {QStringLiteral("s"),    QStringLiteral("sa"),
                                   QStringLiteral("sal"),  QStringLiteral("sales"),
                                   QStringLiteral("sale"), QStringLiteral("s"),
                                   QStringLiteral("o"),    QString()};
        int changes = 0;
        bool shownAllAlong = true;
        for (const QString &text : texts) {
            const int before = proxy.rowCount();
            seen.clear();
            proxy.setFilterText(text);
            const QList<qint64> want =
                expected(source, text, MailboxListModel::NameColumn, Qt::AscendingOrder);
            QCOMPARE(idsOf(proxy), want);
            changes += proxy.rowCount() != before ? 1 : 0;
            QCOMPARE(seen.delta, proxy.rowCount() - before);
            QVERIFY(seen.inserts <= 1);
            QVERIFY(seen.removals <= 1);
            QVERIFY(seen.layouts <= 1);
            QCOMPARE(seen.resets, 0);
            // Shown all along, it is the same row; once gone, its index is gone with it.
            shownAllAlong = shownAllAlong && want.contains(keptId);
            QCOMPARE(kept.isValid(), shownAllAlong);
            if (shownAllAlong)
                QCOMPARE(idOf(kept), keptId);
        }
        QVERIFY(changes >= 6);
    }

    void sortsReverseExactlyAndKeepRows()
    {
        NamedRowsModel source;
        source.append(namedRows(2500, 100));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        const auto tester = testerFor(&proxy);
        proxy.setFilterText(QStringLiteral("e"));
        const QPersistentModelIndex kept = proxy.index(40, 0);
        const qint64 keptId = idOf(kept);
        Signals seen(&proxy);
        for (const int column :
             {int(MailboxListModel::NameColumn), int(MailboxListModel::EmailColumn),
              int(MailboxListModel::IdColumn), -1}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                seen.clear();
                proxy.sort(column, order);
                QCOMPARE(proxy.sortColumn(), column);
                QCOMPARE(idsOf(proxy),
                         column < 0 ? expected(source, QStringLiteral("e"),
                                               MailboxListModel::IdColumn, Qt::AscendingOrder)
                                    : expected(source, QStringLiteral("e"), column, order));
                QCOMPARE(seen.delta, 0);
                QVERIFY(seen.layouts <= 1);
                QCOMPARE(seen.inserts + seen.removals + seen.resets, 0);
                QCOMPARE(idOf(kept), keptId);
            }
        }
    }

    void rowsArrivingInABigSortedListArePlacedInOneGo()
    {
        // 500 rows appended to 3,000 sorted rows land all over the list: one insert (at the
        // end) and one layout change that places them, flagged as placing rows; the selection
        // and the current index stay on their mailbox.
        NamedRowsModel source;
        source.append(namedRows(3000, 1));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        const auto tester = testerFor(&proxy);
        proxy.sort(MailboxListModel::NameColumn, Qt::DescendingOrder);
        proxy.setFilterText(QStringLiteral("a"));
        QItemSelectionModel selection(&proxy);
        selection.setCurrentIndex(proxy.index(700, 1),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const qint64 picked = idOf(selection.currentIndex());
        Signals seen(&proxy);
        int placing = 0;
        connect(&proxy, &QAbstractItemModel::layoutAboutToBeChanged, this,
                [&] { placing += proxy.isPlacingRows() ? 1 : 0; });
        const int before = proxy.rowCount();

        source.append(namedRows(500, 5001, 1));
        QCOMPARE(idsOf(proxy), expected(source, QStringLiteral("a"), MailboxListModel::NameColumn,
                                        Qt::DescendingOrder));
        QVERIFY(proxy.rowCount() > before);
        QCOMPARE(seen.inserts, 1);
        QCOMPARE(seen.layouts, 1);
        QCOMPARE(placing, 1);
        QCOMPARE(seen.removals + seen.resets, 0);
        QCOMPARE(seen.delta, proxy.rowCount() - before);
        QVERIFY(!proxy.isPlacingRows());
        QCOMPARE(idOf(selection.currentIndex()), picked);
        QVERIFY(selection.currentIndex().row() > 700); // rows were placed above it
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(idOf(selection.selectedRows().value(0)), picked);
        // A filter text or a sort is no placing of rows.
        proxy.setFilterText(QStringLiteral("al"));
        proxy.sort(MailboxListModel::EmailColumn, Qt::AscendingOrder);
        QCOMPARE(placing, 1);
    }

    void rowsArrivingInAShortListGoInAtTheirPlaces()
    {
        NamedRowsModel source;
        source.append(namedRows(300, 1));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        const auto tester = testerFor(&proxy);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        Signals seen(&proxy);
        source.append(namedRows(100, 1001, 2));
        QCOMPARE(idsOf(proxy),
                 expected(source, {}, MailboxListModel::NameColumn, Qt::AscendingOrder));
        QVERIFY(seen.inserts > 1);
        QCOMPARE(seen.layouts + seen.removals + seen.resets, 0);
    }

    void sourceRowsRemovedAndRenamedMoveWithTheirIndexes()
    {
        // What a refresh does to the list: rows go, rows change (and so their places).
        NamedRowsModel source;
        source.append(namedRows(2600, 1));
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        const auto tester = testerFor(&proxy);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        proxy.setFilterText(QStringLiteral("sal"));
        const QPersistentModelIndex kept = proxy.index(10, 2);
        const qint64 keptId = idOf(kept);
        Signals seen(&proxy);
        const int before = proxy.rowCount();
        source.remove(2000, 400); // rows all over the sorted list
        QCOMPARE(idsOf(proxy), expected(source, QStringLiteral("sal"), MailboxListModel::NameColumn,
                                        Qt::AscendingOrder));
        QCOMPARE(seen.delta, proxy.rowCount() - before);
        QVERIFY(seen.removals >= 1);

        int keptSource = 0;
        while (source.at(keptSource).id != keptId)
            ++keptSource;
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        const int keptRow = kept.row();
        source.rename(keptSource, QStringLiteral("zz sales"));
        const QList<qint64> now = expected(source, QStringLiteral("sal"),
                                           MailboxListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(idsOf(proxy), now);
        QCOMPARE(idOf(kept), keptId);
        QCOMPARE(kept.row(), now.indexOf(keptId));
        QVERIFY(kept.row() > keptRow);
        QCOMPARE(kept.column(), 2);
        QCOMPARE(changed.size(), 1);
        // Renamed out of the filter: removed.
        const int shown = proxy.rowCount();
        source.rename(keptSource, QStringLiteral("zz nope"));
        QCOMPARE(proxy.rowCount(), shown - 1);
        QVERIFY(!kept.isValid());
    }
};

QTEST_MAIN(TestMailboxFilterProxyModel)
#include "tst_mailboxfilterproxymodel.moc"
