// The first start: with no account the Mailboxes tab offers "Add account…" and "Try the sample
// portal" (the window asks main() through its signals); once an account is open the panel
// goes, and it comes back when the session closes.

#include "LoadState.h"
#include "MainWindow.h"
#include "UiFixture.h"
#include "UnnamedControls.h"
#include "WelcomePanel.h"
#include "auth/SessionController.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace mb;
using namespace uitest;

class TestFirstStart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyWindowOffersAWayIn()
    {
        UiFixture f;
        QVERIFY(f.started);
        SessionController sessions(f.accounts.get());
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        WelcomePanel *welcome = window.welcomePanel();
        QVERIFY(welcome->isVisibleTo(&window));
        QVERIFY(!window.mailboxState()->emptyText().isEmpty());
        QVERIFY(welcome->addAccountButton()->isVisibleTo(&window));
        QVERIFY(welcome->samplePortalButton()->isVisibleTo(&window));
        const QStringList unnamed = unnamedControls(welcome);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));

        QSignalSpy accountsRequested(&window, &MainWindow::accountsRequested);
        QSignalSpy sampleRequested(&window, &MainWindow::samplePortalRequested);
        welcome->addAccountButton()->click();
        QCOMPARE(accountsRequested.size(), 1);
        QCOMPARE(sampleRequested.size(), 0);
        // main() answers "Try the sample portal" by opening the portal's webhook.
        connect(&window, &MainWindow::samplePortalRequested, &sessions,
                [&] { sessions.openUnsavedWebhook(f.portal->webhookUrl()); });
        welcome->samplePortalButton()->click();
        QCOMPARE(sampleRequested.size(), 1);
        QCOMPARE(accountsRequested.size(), 1);

        QVERIFY(
            QTest::qWaitFor([&] { return window.mailboxView()->model()->rowCount() > 0; }, 15000));
        QVERIFY(welcome->isHidden());

        sessions.close();
        QVERIFY(QTest::qWaitFor([&] { return welcome->isVisibleTo(&window); }, 5000));
    }
};

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
