// The Senders tab in the main window, offscreen, against the local portal: one row per
// address (the portal's duplicates merged), columns with a header and sorting, the search
// (name, address, domain) with Ctrl+F, the count, Copy and the toolbar's export button that
// follows the tab and writes the rows in the view's order.

#include "FakePortal.h"
#include "LoadState.h"
#include "MainWindow.h"
#include "SendersPage.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "models/MailboxListModel.h"
#include "models/SenderAddressModel.h"
#include "models/SenderModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace mb;

class TestSendersPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<uitest::UiFixture> m_f;

    // The portal's senders of user 1, by case-folded address.
    QHash<QString, QList<QJsonObject>> sendersByAddress() const
    {
        QHash<QString, QList<QJsonObject>> out;
        for (const QJsonValue &sender : m_f->portal->sendersOf(1)) {
            const QJsonObject o = sender.toObject();
            out[o.value(QStringLiteral("email")).toString().toCaseFolded()] << o;
        }
        return out;
    }

    static bool waitLoaded(MainWindow &window)
    {
        return QTest::qWaitFor(
            [&] {
                return window.senderModel()->rowCount() > 0 && !window.senderModel()->isLoading() &&
                       window.mailboxModel()->rowCount() > 0;
            },
            10000);
    }

    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void init()
    {
        fake::PortalConfig config;
        config.mailboxes = 12;
        m_f = std::make_unique<uitest::UiFixture>(config);
        QVERIFY(m_f->started);
    }

    void cleanup() { m_f.reset(); }

    void oneRowPerAddressWithColumns()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(waitLoaded(window));
        window.tabs()->setCurrentIndex(MainWindow::SendersTab);

        QTableView *view = window.senderView();
        QVERIFY(view->horizontalHeader()->isVisible());
        QCOMPARE(view->model()->columnCount(), 4);
        QCOMPARE(view->model()->headerData(SenderAddressModel::NameColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Name")));
        QCOMPARE(view->model()->headerData(SenderAddressModel::EmailColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Address")));
        QCOMPARE(view->model()->headerData(SenderAddressModel::OwnMailboxColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("One of my mailboxes")));
        QCOMPARE(view->model()->headerData(SenderAddressModel::ConfirmedColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Confirmed")));

        // The portal lists one address twice (two names): one row, both names, both flags.
        const auto byAddress = sendersByAddress();
        QVERIFY(byAddress.size() < m_f->portal->sendersOf(1).size());
        QCOMPARE(view->model()->rowCount(), byAddress.size());
        QSet<QString> seen;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            seen.insert(cell(view, row, SenderAddressModel::EmailColumn).toCaseFolded());
        QCOMPARE(seen.size(), byAddress.size());

        const QString first =
            m_f->portal->mailboxesOf(1).at(0).toObject().value(QStringLiteral("email")).toString();
        // The mailboxes tab has loaded, so the flags are known.
        QVERIFY(
            QTest::qWaitFor([&] { return window.senderModel()->isOwnMailboxEmail(first); }, 10000));
        int twice = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (cell(view, row, SenderAddressModel::EmailColumn) == first)
                twice = row;
        }
        QVERIFY(twice >= 0);
        const QStringList names =
            view->model()->index(twice, 0).data(SenderAddressModel::NamesRole).toStringList();
        QCOMPARE(names.size(), byAddress.value(first.toCaseFolded()).size());
        QVERIFY(names.contains(QStringLiteral("Dana Roe")));
        QCOMPARE(cell(view, twice, SenderAddressModel::NameColumn),
                 names.join(QStringLiteral("; ")));
        // A mailbox (its own entry) and confirmed under another name as well.
        QCOMPARE(cell(view, twice, SenderAddressModel::OwnMailboxColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(view, twice, SenderAddressModel::ConfirmedColumn), QStringLiteral("Yes"));
        // An address that is no mailbox: confirmed only.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (cell(view, row, SenderAddressModel::EmailColumn) == u"me.1@personal.test") {
                QCOMPARE(cell(view, row, SenderAddressModel::OwnMailboxColumn), QString());
                QCOMPARE(cell(view, row, SenderAddressModel::ConfirmedColumn),
                         QStringLiteral("Yes"));
            }
        }
        // "%n sender(s)" (the English plural comes with the translations).
        QVERIFY(window.sendersPage()->countLabel()->text().startsWith(
            QStringLiteral("%1 sender").arg(byAddress.size())));
    }

    void searchSortCountAndCtrlF()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(waitLoaded(window));
        const int all = window.senderView()->model()->rowCount();

        // Ctrl+F on the Senders tab goes to its own search field.
        window.tabs()->setCurrentIndex(MainWindow::SendersTab);
        window.senderView()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::SendersTab));
        QTRY_COMPARE(QApplication::focusWidget(), window.sendersPage()->searchField());
        // ... and on the Mailboxes tab to the mailboxes' one.
        window.tabs()->setCurrentIndex(MainWindow::MailboxesTab);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), window.searchField());
        window.tabs()->setCurrentIndex(MainWindow::SendersTab);

        QTableView *view = window.senderView();
        QLineEdit *search = window.sendersPage()->searchField();
        // By domain (ignoring case).
        search->setText(QStringLiteral("PERSONAL.test"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cell(view, 0, SenderAddressModel::EmailColumn),
                 QStringLiteral("me.1@personal.test"));
        QVERIFY(window.sendersPage()->countLabel()->text().startsWith(
            QStringLiteral("1 of %1 sender").arg(all)));
        // By name, any of an address's names.
        search->setText(QStringLiteral("dana roe"));
        QVERIFY(view->model()->rowCount() >= 1);
        for (int row = 0; row < view->model()->rowCount(); ++row)
            QVERIFY(cell(view, row, SenderAddressModel::NameColumn)
                        .contains(QStringLiteral("Dana Roe")));
        // Nothing: the empty state names the search.
        search->setText(QStringLiteral("zzz-nobody"));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(window.senderState()->emptyText().contains(QStringLiteral("zzz-nobody")));
        search->clear();
        QCOMPARE(view->model()->rowCount(), all);
        QVERIFY(window.senderState()->emptyText().isEmpty());

        // Sorting by a column, then back to the portal's order.
        QVERIFY(view->isSortingEnabled());
        view->sortByColumn(SenderAddressModel::EmailColumn, Qt::AscendingOrder);
        QStringList emails;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            emails << cell(view, row, SenderAddressModel::EmailColumn);
        QStringList sorted = emails;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a.toLower(), b.toLower()) < 0;
        });
        QCOMPARE(emails, sorted);
        view->sortByColumn(SenderAddressModel::OwnMailboxColumn, Qt::DescendingOrder);
        QCOMPARE(cell(view, 0, SenderAddressModel::OwnMailboxColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(view, all - 1, SenderAddressModel::OwnMailboxColumn), QString());
    }

    void copyAndExportFollowTheTab()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString target;
        window.setSaveFileNameProvider(
            [&](QWidget *, const QString &, const QString &, const QString &) { return target; });
        QSignalSpy finished(&window, &MainWindow::exportFinished);
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(waitLoaded(window));

        // The toolbar's export button says what it exports.
        QAction *exportTab = window.exportTabCsvAction();
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolbar"));
        QVERIFY(toolbar);
        QVERIFY(toolbar->actions().contains(exportTab));
        QVERIFY(!toolbar->actions().contains(window.exportListCsvAction()));
        window.tabs()->setCurrentIndex(MainWindow::MailboxesTab);
        QCOMPARE(exportTab->text(), QStringLiteral("Export Mailboxes as CSV…"));
        QVERIFY(exportTab->toolTip().contains(QStringLiteral("mailbox")));
        QVERIFY(exportTab->isEnabled());
        window.tabs()->setCurrentIndex(MainWindow::FieldsTab);
        QVERIFY(!exportTab->isEnabled());
        window.tabs()->setCurrentIndex(MainWindow::SendersTab);
        QCOMPARE(exportTab->text(), QStringLiteral("Export Senders as CSV…"));
        QVERIFY(exportTab->toolTip().contains(QStringLiteral("sender")));
        QVERIFY(exportTab->isEnabled());

        // Sorted by address, descending, and searched: the file has those rows in that order.
        QTableView *view = window.senderView();
        view->sortByColumn(SenderAddressModel::EmailColumn, Qt::DescendingOrder);
        window.sendersPage()->searchField()->setText(QStringLiteral("acme"));
        const int shown = view->model()->rowCount();
        QVERIFY(shown >= 2);
        QVERIFY(shown < window.sendersPage()->addressModel()->rowCount());
        QVERIFY(exportTab->toolTip().contains(QString::number(shown)));
        QStringList expected;
        for (int row = 0; row < shown; ++row)
            expected << cell(view, row, SenderAddressModel::EmailColumn);

        target = m_f->dir.filePath(QStringLiteral("senders.csv"));
        exportTab->trigger();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() == 1; }, 10000));
        QCOMPARE(finished.at(0).at(1).toString(), QString());
        QFile csv(target);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.takeFirst(), QByteArray("\xef\xbb\xbfnames,email,ownMailbox,confirmed\r"));
        QCOMPARE(lines.takeLast(), QByteArray()); // after the last CRLF
        QCOMPARE(lines.size(), shown);
        for (int row = 0; row < shown; ++row) {
            const QString line = QString::fromUtf8(lines.at(row));
            QVERIFY2(line.contains(u',' + expected.at(row) + u','), qPrintable(line));
        }

        // Copy: the selected rows with every column.
        view->setFocus();
        view->selectRow(0);
        const QString copied = window.selectionText(view);
        QCOMPARE(copied.split(u'\t').size(), 4);
        QCOMPARE(copied.split(u'\t').at(1), expected.first());
        window.copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), copied);

        // No row shown: nothing to export.
        window.sendersPage()->searchField()->setText(QStringLiteral("zzz-nobody"));
        QVERIFY(!exportTab->isEnabled());
    }
};

QTEST_MAIN(TestSendersPage)
#include "tst_senderspage.moc"
