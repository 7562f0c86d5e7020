// An OAuth account whose sign-in expires while the user works: the views say so and offer to
// sign in again; the account dialog signs in through the (scripted) browser with the stored
// client secret, the open session carries on with the new tokens, and the window is where
// the user left it: the same search text, the same selected mailbox, the same scroll
// position, the failed requests done again.

#include "AccountDialog.h"
#include "ErrorBanner.h"
#include "LoadState.h"
#include "MainWindow.h"
#include "OAuthTestSupport.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxListModel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

using namespace mb;
using uitest::UiFixture;

namespace {

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

qint64 currentId(const QTableView *view)
{
    return view->currentIndex().data(MailboxListModel::IdRole).toLongLong();
}

qint64 topId(const QTableView *view)
{
    return view->indexAt(QPoint(1, 1)).data(MailboxListModel::IdRole).toLongLong();
}

} // namespace

class TestSignInAgain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expiredSignInCarriesOnWhereTheUserWas()
    {
        fake::PortalConfig portalConfig;
        portalConfig.mailboxes = 300;
        UiFixture f(portalConfig);
        QVERIFY(f.started);
        const OAuthClientConfig config = testsupport::configFor(*f.portal);

        // An OAuth account, signed in and saved as the user would have it.
        ScriptedBrowser firstBrowser;
        const auto outcome = testsupport::signIn(*f.portal, config, firstBrowser);
        QVERIFY(outcome.result.has_value());
        std::optional<Account> saved;
        bool done = false;
        QObject context;
        AccountSession::saveOAuth(
            f.store.get(), f.secrets.get(), *outcome.result, config, &context,
            [&](AccountSession *session, const QString &, const SecretError &) {
                if (session) {
                    saved = session->account();
                    session->deleteLater();
                }
                done = true;
            });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
        QVERIFY(saved.has_value());
        const Account account = f.accounts->adopt(*saved, QStringLiteral("work"));

        SessionController sessions(f.accounts.get());
        sessions.setOAuthConfig(config);
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        window.resize(1000, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy signInRequests(&window, &MainWindow::signInRequested);
        QSignalSpy resumed(&sessions, &SessionController::sessionResumed);

        sessions.openAccount(account.id);
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() >= 100; }, 15000));
        AccountSession *session = sessions.session();
        QVERIFY(session);

        // Search for one domain: the list narrows to its mailboxes.
        const QString domain = view->model()
                                   ->index(0, MailboxListModel::EmailColumn)
                                   .data()
                                   .toString()
                                   .section(u'@', 1);
        window.searchField()->setText(domain);
        window.mailboxModel()->searchNow();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.mailboxModel()->searchText() == domain &&
                       window.mailboxModel()->isComplete() && view->model()->rowCount() >= 40 &&
                       view->model()->rowCount() < 300;
            },
            15000));

        // The user is somewhere in the middle: a mailbox selected, the list scrolled.
        const int rows = view->model()->rowCount();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(rows / 2, 0));
        view->scrollTo(view->model()->index(rows / 2 - 5, 0), QAbstractItemView::PositionAtTop);
        QVERIFY(QTest::qWaitFor([&] { return window.detailModel()->rowCount() > 0; }, 10000));
        QVERIFY(view->verticalScrollBar()->value() > 0);

        // The sign-in expires for good: the access tokens expire, the refresh tokens are gone.
        f.portal->expireAllAccessTokens();
        f.portal->revokeAllRefreshTokens();

        // The next mailbox cannot be read; the detail panel says to sign in again.
        QTest::keyClick(view, Qt::Key_Down);
        const qint64 selected = currentId(view);
        QVERIFY(QTest::qWaitFor([&] { return window.detailState()->errorBanner()->offersSignIn(); },
                                15000));
        QVERIFY(!window.detailState()->errorBanner()->isHidden());
        QCOMPARE(window.detailState()->errorBanner()->retryButton()->text(),
                 ErrorBanner::tr("Sign In Again…"));

        // F5 fails the same way, and keeps the rows on screen.
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(QTest::qWaitFor([&] { return window.mailboxModel()->hasError(); }, 15000));
        QVERIFY(window.mailboxState()->errorBanner()->offersSignIn());
        QCOMPARE(view->model()->rowCount(), rows);
        const int scroll = view->verticalScrollBar()->value();
        const qint64 top = topId(view);

        // "Sign In Again…" asks for the account dialog with the open account.
        window.mailboxState()->errorBanner()->retryButton()->click();
        QCOMPARE(signInRequests.size(), 1);
        QCOMPARE(signInRequests.first().first().toString(), account.id);

        // The dialog signs in through the browser with the stored client secret.
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get(), &window);
        ScriptedBrowser browser;
        dialog.setBrowserOpener(browser.opener());
        dialog.portField()->setValue(freePort());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.beginSignInAgain(account.id);
        QCOMPARE(dialog.selectedAccountId(), account.id);
        QVERIFY(dialog.clientSecretField()->text().isEmpty());
        dialog.startOAuth();
        QVERIFY2(QTest::qWaitFor([&] { return accepted.size() == 1; }, 15000),
                 qPrintable(dialog.statusText()));
        QCOMPARE(browser.opened, 1);
        QCOMPARE(resumed.size(), 1);

        // The same session carries on, and the window is where the user left it.
        QCOMPARE(sessions.session(), session);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.mailboxModel()->hasError() && window.mailboxModel()->isComplete() &&
                       !window.detailModel()->isLoading() && window.detailModel()->rowCount() > 0;
            },
            15000));
        QVERIFY(window.mailboxState()->errorBanner()->isHidden());
        QVERIFY(window.detailState()->errorBanner()->isHidden());
        QCOMPARE(window.searchField()->text(), domain);
        QCOMPARE(window.mailboxModel()->searchText(), domain);
        QCOMPARE(view->model()->rowCount(), rows);
        QCOMPARE(currentId(view), selected);
        QCOMPARE(window.detailModel()->mailboxId(), selected);
        QCOMPARE(topId(view), top);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);

        // The new sign-in was stored: the account opens again from the keychain.
        sessions.openAccount(account.id);
        QVERIFY(QTest::qWaitFor([&] { return sessions.session() && sessions.session() != session; },
                                10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return window.mailboxModel()->isComplete() && view->model()->rowCount() > 0; },
            15000));
        QVERIFY(!window.mailboxModel()->hasError());
    }

    void aSignInOfAnotherAccountIsNotResumed()
    {
        UiFixture f;
        QVERIFY(f.started);
        const OAuthClientConfig config = testsupport::configFor(*f.portal);
        SessionController sessions(f.accounts.get());
        sessions.setOAuthConfig(config);
        // A webhook session is open: an OAuth sign-in cannot continue it.
        const auto webhook = f.saveWebhook(f.portal->webhookUrl(), QStringLiteral("hook"));
        QVERIFY(webhook.has_value());
        sessions.openAccount(webhook->id);
        QVERIFY(QTest::qWaitFor([&] { return sessions.session() != nullptr; }, 10000));
        ScriptedBrowser browser;
        const auto outcome = testsupport::signIn(*f.portal, config, browser);
        QVERIFY(outcome.result.has_value());
        QSignalSpy resumed(&sessions, &SessionController::sessionResumed);
        QVERIFY(!sessions.resumeWithSignIn(*outcome.result));
        QCOMPARE(resumed.size(), 0);
    }
};

QTEST_MAIN(TestSignInAgain)
#include "tst_signinagain.moc"
