// A warm start, offscreen, against the local portal: the mailboxes a window loaded are saved
// for the account (AccountCache), and the next window paints them before the portal has
// answered, says they are saved data, keeps the user's selection when the portal's list
// replaces them, and, with the portal gone, keeps showing them with a notice.

#include "MainWindow.h"
#include "SavedDataNotice.h"
#include "StartupProbe.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "models/AccountCacheKeeper.h"
#include "models/FieldCatalog.h"
#include "models/FieldModel.h"
#include "models/MailboxListModel.h"
#include "models/SenderModel.h"
#include "settings/AccountCache.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace mb;

namespace {

qint64 idOf(const QModelIndex &index)
{
    return index.data(MailboxListModel::IdRole).toLongLong();
}

} // namespace

class TestWarmStart : public QObject
{
    Q_OBJECT

    static constexpr int Mailboxes = 300;

    struct Window
    {
        explicit Window(uitest::UiFixture &f)
            : sessions(f.accounts.get())
        {
            SessionSettings settings = f.settings->sessionSettings();
            settings.client.retryBaseDelayMs = 20; // a portal gone is told at once
            settings.client.timeoutMs = 5000;
            sessions.setSessionSettings(settings);
            window = std::make_unique<MainWindow>(f.accounts.get(), &sessions, f.settings.get());
            window->resize(900, 600);
        }
        SessionController sessions;
        std::unique_ptr<MainWindow> window;
    };

private Q_SLOTS:
    void savedRowsFirstThenInPlaceThenOffline()
    {
        fake::PortalConfig config;
        config.mailboxes = Mailboxes;
        uitest::UiFixture f(config);
        QVERIFY(f.started);
        const QString cacheDir = f.accounts->cacheDirectory(); // the window's too
        QVERIFY(cacheDir.startsWith(f.dir.path()));
        const auto account = f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("Work"));
        QVERIFY(account);

        // A cold start: everything from the portal, then saved.
        {
            Window w(f);
            QCOMPARE(w.window->cacheKeeper()->directory(), cacheDir);
            QSignalSpy saved(w.window->cacheKeeper(), &AccountCacheKeeper::saved);
            w.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
            w.sessions.openCurrent();
            QTRY_VERIFY_WITH_TIMEOUT(w.window->mailboxModel()->isComplete(), 20000);
            QVERIFY(!w.window->savedDataNotice()->isVisible()); // nothing saved was shown
            QVERIFY(saved.wait(5000));
            QTRY_VERIFY_WITH_TIMEOUT(!w.window->senderModel()->isLoading(), 10000);
        } // the window writes what it loaded last as it goes
        const auto file = AccountCache(cacheDir).read(account->id);
        QVERIFY(file);
        QCOMPARE(file->mailboxes.size(), Mailboxes);
        QVERIFY(file->hasFields);
        QVERIFY(!file->fields.isEmpty());

        // A warm start with a slow portal: the saved rows are painted before it answers.
        f.portal->config().latencyMs = 1500;
        qint64 selected = 0;
        {
            Window w(f);
            QElapsedTimer clock;
            clock.start();
            StartupProbe probe(w.window->mailboxView(), StartupProbe::Goal::FirstRows, clock);
            bool refreshingAtPaint = false;
            int rowsAtPaint = 0;
            connect(&probe, &StartupProbe::firstRowsPainted, this, [&](qint64, int rows) {
                refreshingAtPaint = w.window->mailboxModel()->isRefreshing();
                rowsAtPaint = rows;
            });
            w.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
            w.sessions.openCurrent();
            QTRY_VERIFY_WITH_TIMEOUT(rowsAtPaint > 0, 5000);
            QVERIFY(refreshingAtPaint); // the portal's list had not come yet
            QCOMPARE(rowsAtPaint, Mailboxes);
            SavedDataNotice *notice = w.window->savedDataNotice();
            QVERIFY(notice->isVisible());
            QVERIFY2(notice->text().startsWith(QStringLiteral("Showing saved data from ")),
                     qPrintable(notice->text()));
            // The field labels and the senders are there before the portal answers.
            QVERIFY(w.window->fieldModel()->rowCount() > 0);
            QVERIFY(w.window->senderModel()->rowCount() > 0);
            QVERIFY(w.window->senderModel()->isSeeded());

            // The user picks a mailbox far down while the list is read again.
            QTableView *view = w.window->mailboxView();
            view->setFocus();
            const QModelIndex pick = view->model()->index(Mailboxes - 20, 0);
            view->scrollTo(pick);
            view->setCurrentIndex(pick);
            selected = idOf(view->currentIndex());
            QVERIFY(selected > 0);
            QVERIFY(w.window->mailboxModel()->isRefreshing());

            QSignalSpy resets(w.window->mailboxModel(), &QAbstractItemModel::modelReset);
            QSignalSpy removed(w.window->mailboxModel(), &QAbstractItemModel::rowsRemoved);
            QTRY_VERIFY_WITH_TIMEOUT(!w.window->mailboxModel()->isRefreshing(), 30000);
            QVERIFY(w.window->mailboxModel()->isComplete());
            QCOMPARE(resets.size(), 0);
            QCOMPARE(removed.size(), 0);
            QCOMPARE(idOf(view->currentIndex()), selected);
            const QModelIndexList rows = view->selectionModel()->selectedRows();
            QCOMPARE(rows.size(), 1);
            QCOMPARE(idOf(rows.constFirst()), selected);
            QTRY_VERIFY(!notice->isVisible()); // the portal's rows now
            QTRY_VERIFY_WITH_TIMEOUT(!w.window->senderModel()->isLoading(), 30000);
            QVERIFY(!w.window->senderModel()->isSeeded());
        }

        // The portal gone: the saved rows stay readable, with a notice that says why.
        f.portal.reset();
        {
            Window w(f);
            w.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
            w.sessions.openCurrent();
            QTRY_COMPARE_WITH_TIMEOUT(w.window->mailboxModel()->rowCount(), Mailboxes, 5000);
            SavedDataNotice *notice = w.window->savedDataNotice();
            QTRY_VERIFY_WITH_TIMEOUT(notice->isOffline(), 30000);
            QVERIFY2(notice->text().endsWith(QStringLiteral("— the portal cannot be reached")),
                     qPrintable(notice->text()));
            QVERIFY(notice->isVisible());
            QCOMPARE(w.window->mailboxModel()->rowCount(), Mailboxes);
            QVERIFY(w.window->mailboxModel()->rowOf(selected) >= 0);
            QVERIFY(w.window->fieldModel()->rowCount() > 0);
        }
        // A failed refresh wrote nothing over the saved lists.
        const auto after = AccountCache(cacheDir).read(account->id);
        QVERIFY(after);
        QCOMPARE(after->mailboxes.size(), Mailboxes);
    }
};

QTEST_MAIN(TestWarmStart)
#include "tst_warmstart.moc"
