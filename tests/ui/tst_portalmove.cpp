// A portal that moved to another domain, offscreen against the local portal: the window asks
// before it follows (both hosts named in the banner, nothing sent to the new address), "Don't
// Follow" leaves the account where it was, "Follow" loads the list from the new address and
// the account (settings and keychain) keeps it.

#include "ErrorBanner.h"
#include "FakePortal.h"
#include "LoadState.h"
#include "MainWindow.h"
#include "PickSenderMode.h"
#include "SenderPicker.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "models/SenderModel.h"
#include "rest/RestError.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextStream>

using namespace mb;

class TestPortalMove : public QObject
{
    Q_OBJECT

    static QString storedWebhookUrl(SecretStore &secrets, const QString &id)
    {
        std::optional<QString> url;
        secrets.read(id, SecretStore::Kind::WebhookUrl, &secrets,
                     [&](const SecretError &, const QString &value) { url = value; });
        (void)QTest::qWaitFor([&] { return url.has_value(); }, 10000);
        return url.value_or(QString());
    }

private Q_SLOTS:
    void asksBeforeFollowingToAnotherDomain()
    {
        fake::PortalConfig config;
        config.mailboxes = 40;
        uitest::UiFixture f(config); // the portal's new home
        QVERIFY(f.started);
        QUrl newPortal = f.portal->baseUrl();
        newPortal.setHost(QStringLiteral("localhost")); // another registrable domain
        fake::PortalConfig movedConfig;
        movedConfig.movedTo = newPortal.toString();
        fake::FakePortal old(movedConfig);
        QVERIFY(old.start());
        const QString path = f.portal->webhookUrl().path();
        QUrl oldUrl = old.baseUrl();
        oldUrl.setPath(path);
        const std::optional<Account> account = f.saveWebhook(oldUrl, QStringLiteral("Moved"));
        QVERIFY(account);
        f.portal->resetStats();

        SessionController sessions(f.accounts.get());
        MainWindow window(f.accounts.get(), &sessions, f.settings.get());
        window.show();
        sessions.openCurrent();
        LoadState *state = window.mailboxState();
        ErrorBanner *banner = state->errorBanner();
        QVERIFY(QTest::qWaitFor([&] { return banner->offersMove(); }, 10000));
        QCOMPARE(state->error().category(), RestError::Category::PortalMoved);
        QVERIFY(banner->isVisible());
        const QString message = banner->message();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(old.port())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("localhost:%1").arg(f.portal->port())),
                 qPrintable(message));
        QVERIFY(!banner->advice().isEmpty());
        QCOMPARE(banner->retryButton()->text(), QStringLiteral("Follow"));
        QVERIFY(banner->declineButton()->isVisible());
        QCOMPARE(f.portal->stats().requests, 0);

        // Not following: the refusal stays, with Retry; retrying asks again.
        QTest::mouseClick(banner->declineButton(), Qt::LeftButton);
        QVERIFY(!banner->offersMove());
        QVERIFY(!banner->declineButton()->isVisible());
        QCOMPARE(banner->retryButton()->text(), QStringLiteral("Retry"));
        const int oldRequests = old.stats().requests;
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return banner->offersMove() && old.stats().requests > oldRequests; }, 10000));
        QCOMPARE(f.portal->stats().requests, 0);
        QCOMPARE(f.store->account(account->id)->portalUrl, old.baseUrl());

        // Following: the list comes from the new address, which the account keeps.
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] { return window.mailboxView()->model()->rowCount() == 40 && !state->hasError(); },
            10000));
        QVERIFY(!banner->isVisible());
        QTRY_COMPARE(f.store->account(account->id)->portalUrl, newPortal);
        QCOMPARE(storedWebhookUrl(*f.secrets, account->id),
                 newPortal.toString(QUrl::FullyEncoded) + path.mid(1));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("localhost")),
                 qPrintable(window.windowTitle()));
    }

    void thePickSenderModeAsksToo()
    {
        // `mailbox-browser --pick-sender` on an account whose portal moved: the same question
        // under the picker, and Follow loads the senders from the new address.
        uitest::UiFixture f; // the portal's new home
        QVERIFY(f.started);
        QUrl newPortal = f.portal->baseUrl();
        newPortal.setHost(QStringLiteral("localhost")); // another registrable domain
        fake::PortalConfig movedConfig;
        movedConfig.movedTo = newPortal.toString();
        fake::FakePortal old(movedConfig);
        QVERIFY(old.start());
        QUrl oldUrl = old.baseUrl();
        oldUrl.setPath(f.portal->webhookUrl().path());
        const std::optional<Account> account = f.saveWebhook(oldUrl, QStringLiteral("Moved"));
        QVERIFY(account);
        f.portal->resetStats();

        SessionController sessions(f.accounts.get());
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        PickSenderMode mode(f.accounts.get(), &sessions, f.settings.get(), &outStream, &errStream);
        QVERIFY(mode.startForAccount(QStringLiteral("moved")));
        SenderPicker *picker = mode.dialog()->picker();
        ErrorBanner *banner = picker->errorBanner();
        QVERIFY(QTest::qWaitFor([&] { return banner->offersMove(); }, 10000));
        QCOMPARE(picker->model()->lastError().category(), RestError::Category::PortalMoved);
        QVERIFY(banner->message().contains(QStringLiteral("localhost:%1").arg(f.portal->port())));
        QCOMPARE(banner->retryButton()->text(), QStringLiteral("Follow"));
        QVERIFY(!banner->declineButton()->isHidden());
        QCOMPARE(f.portal->stats().requests, 0);

        // Don't Follow: Retry, which asks again.
        QTest::mouseClick(banner->declineButton(), Qt::LeftButton);
        QVERIFY(!banner->offersMove());
        QCOMPARE(banner->retryButton()->text(), QStringLiteral("Retry"));
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return banner->offersMove(); }, 10000));
        QCOMPARE(f.portal->stats().requests, 0);

        // Follow: the senders come from the new address, which the account keeps.
        QTest::mouseClick(banner->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return picker->model()->rowCount() > 0 && !picker->model()->isLoading() &&
                       picker->model()->errorMessage().isEmpty();
            },
            10000));
        QVERIFY(banner->isHidden());
        QVERIFY(f.portal->stats().requests > 0);
        QTRY_COMPARE(f.store->account(account->id)->portalUrl, newPortal);
    }
};

QTEST_MAIN(TestPortalMove)
#include "tst_portalmove.moc"
