// The Mailboxes tab with thousands of mailboxes, offscreen, against the local portal: the
// whole list loads by itself while the user works in it sorted by name. Rows arriving later
// take their sorted place without moving the selection, the detail panel or the rows being
// read (the 51c screenshot: later pages landed inside the sorted rows and the detail panel
// showed another mailbox than the highlighted one); the tab counts the mailboxes, and
// Ctrl+End and Ctrl+A reach every row.

#include "LoadState.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxListModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using namespace mb;

namespace {

qint64 idOf(const QModelIndex &index)
{
    return index.data(MailboxListModel::IdRole).toLongLong();
}

qint64 topId(const QTableView *view)
{
    return idOf(view->indexAt(QPoint(1, 1)));
}

} // namespace

class TestMailboxList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortedWhileRowsArrive()
    {
        constexpr int Mailboxes = 5000;
        fake::PortalConfig config;
        config.mailboxes = Mailboxes;
        config.latencyMs = 150; // several answers to wait for, so the user works meanwhile
        uitest::UiFixture f(config);
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.searchField()->placeholderText(),
                 MainWindow::tr("Search by name, address, sender name or ID (Ctrl+F)"));

        sessions.openUnsavedWebhook(f.portal->webhookUrl());
        QTableView *view = window.mailboxView();
        MailboxListModel *model = window.mailboxModel();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() >= 200; }, 15000));
        QVERIFY(!model->isComplete());
        // The count while loading.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QString text = window.mailboxState()->isLoadingShown()
                                         ? window.mailboxState()->loadingText()
                                         : window.mailboxState()->summaryText();
                return text.contains(QStringLiteral("so far"));
            },
            5000));

        // Sorted by name, a mailbox picked in the middle of the screen, the list scrolled.
        view->sortByColumn(MailboxListModel::NameColumn, Qt::AscendingOrder);
        view->setFocus();
        view->scrollTo(view->model()->index(40, 0), QAbstractItemView::PositionAtTop);
        view->setCurrentIndex(view->model()->index(45, 0));
        const qint64 selected = idOf(view->currentIndex());
        const qint64 top = topId(view);
        const int topY = view->visualRect(view->indexAt(QPoint(1, 1))).top();
        QVERIFY(
            QTest::qWaitFor([&] { return window.detailModel()->mailboxId() == selected; }, 10000));
        QVERIFY(!model->isComplete());

        // Each time rows arrive (once the view has taken them), the same mailbox is current,
        // selected and shown in the detail panel, and the same one is at the top.
        int checks = 0;
        QStringList wrong;
        const QMetaObject::Connection watch = connect(
            model, &QAbstractItemModel::rowsInserted, this,
            [&] {
                ++checks;
                const QModelIndexList rows = view->selectionModel()->selectedRows();
                if (idOf(view->currentIndex()) != selected)
                    wrong << QStringLiteral("current %1").arg(idOf(view->currentIndex()));
                if (rows.size() != 1 || idOf(rows.value(0)) != selected)
                    wrong << QStringLiteral("%1 rows selected").arg(rows.size());
                if (topId(view) != top)
                    wrong << QStringLiteral("top %1").arg(topId(view));
                if (window.detailModel()->mailboxId() != selected)
                    wrong << QStringLiteral("detail %1").arg(window.detailModel()->mailboxId());
            },
            Qt::QueuedConnection);
        QVERIFY(QTest::qWaitFor([&] { return model->isComplete(); }, 60000));
        QVERIFY(QTest::qWaitFor([&] { return checks > 0; }, 5000));
        QCoreApplication::processEvents(); // the last queued check
        disconnect(watch);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));

        QCOMPARE(view->model()->rowCount(), Mailboxes);
        QCOMPARE(idOf(view->currentIndex()), selected);
        QVERIFY(view->currentIndex().row() > 45); // rows were sorted in above it
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(window.detailModel()->mailboxId(), selected);
        // The list may be complete before the detail's own answer: it went out later.
        QVERIFY(QTest::qWaitFor([&] { return !window.detailModel()->isLoading(); }, 10000));
        QCOMPARE(window.detailModel()->toJson().value(QStringLiteral("email")).toString(),
                 view->currentIndex().siblingAtColumn(MailboxListModel::EmailColumn).data());
        QCOMPARE(topId(view), top);
        QCOMPARE(view->visualRect(view->indexAt(QPoint(1, 1))).top(), topY);
        for (int row = 1; row < view->model()->rowCount(); ++row) {
            QVERIFY(QString::localeAwareCompare(view->model()->index(row - 1, 0).data().toString(),
                                                view->model()->index(row, 0).data().toString()) <=
                    0);
        }

        // The count of the whole list.
        const QString count = MainWindow::tr("%Ln mailbox(es)", nullptr, Mailboxes);
        QVERIFY(
            QTest::qWaitFor([&] { return window.mailboxState()->summaryText() == count; }, 5000));
        QVERIFY(count.contains(QLocale().toString(Mailboxes)));

        // Ctrl+End: the last of all the rows, in the sorted order.
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->currentIndex().row(), Mailboxes - 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.detailModel()->mailboxId() == idOf(view->currentIndex()); },
            10000));
        // Ctrl+A: every row.
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), Mailboxes);
        QCOMPARE(window.selectionText(view).count(u'\n') + 1, Mailboxes);

        // A sender name: local matches over every row, counted.
        window.searchField()->setText(QStringLiteral("Dana Roe"));
        const int matches = view->model()->rowCount();
        QVERIFY(matches > 0 && matches < Mailboxes);
        QCOMPARE(window.mailboxState()->summaryText(),
                 MainWindow::tr("%1 of %Ln mailbox(es) match", nullptr, Mailboxes)
                     .arg(QLocale().toString(matches)));
        QVERIFY(window.mailboxState()->emptyText().isEmpty());
        // Nothing matches: said only now that the list is complete.
        window.searchField()->setText(QStringLiteral("no-such-mailbox-zzz"));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(window.mailboxState()->emptyText().contains(QStringLiteral("no-such-mailbox-zzz")));
    }

    void noMatchIsNotSaidWhileLoading()
    {
        fake::PortalConfig config;
        config.mailboxes = 3000;
        config.latencyMs = 150;
        uitest::UiFixture f(config);
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The search typed before the first rows (63/63b: local matches, then "no match").
        window.searchField()->setText(QStringLiteral("Dana Roe"));
        sessions.openUnsavedWebhook(f.portal->webhookUrl());
        MailboxListModel *model = window.mailboxModel();
        int shown = 0;
        bool shrank = false;
        bool saidNoMatch = false;
        const auto note = [&] {
            const int now = window.mailboxView()->model()->rowCount();
            shrank = shrank || now < shown;
            shown = now;
            saidNoMatch = saidNoMatch || !window.mailboxState()->emptyText().isEmpty();
        };
        QObject watcher;
        connect(window.mailboxView()->model(), &QAbstractItemModel::rowsInserted, &watcher, note);
        connect(window.mailboxView()->model(), &QAbstractItemModel::rowsRemoved, &watcher, note);
        connect(model, &MailboxListModel::rowsLoadedChanged, &watcher, note);
        const bool complete = QTest::qWaitFor([&] { return model->isComplete(); }, 60000);
        note();
        QVERIFY(complete);
        QVERIFY(shown > 0);
        QVERIFY(!shrank);
        QVERIFY(!saidNoMatch);
    }
};

QTEST_MAIN(TestMailboxList)
#include "tst_mailboxlist.moc"
