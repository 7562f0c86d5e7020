// Knowing where you are and what failed, offscreen against the local portal: the window
// title names the account and the portal; opening an account never flashes "No account is
// open"; the status bar says how many rows the tab shows, when they were fetched, and that F5
// refreshes; one failure shows one banner with one Retry, and a fixed failure clears
// everywhere; the rate meter speaks in words; the request inspector copies curl commands
// with the secret masked, or with it after a warning.

#include "ErrorBanner.h"
#include "FakePortal.h"
#include "LoadState.h"
#include "MainWindow.h"
#include "RateMeter.h"
#include "RequestInspector.h"
#include "StatusSummary.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "models/MailboxDetailModel.h"
#include "models/MailboxListModel.h"
#include "models/RequestLogModel.h"
#include "models/SenderModel.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"
#include "rest/WebhookCredential.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace mb;

class TestWindowStatus : public QObject
{
    Q_OBJECT

    std::unique_ptr<uitest::UiFixture> m_f;

    static int visibleBanners(QWidget *page)
    {
        int shown = 0;
        for (ErrorBanner *banner : page->findChildren<ErrorBanner *>())
            shown += banner->isVisibleTo(page) ? 1 : 0;
        return shown;
    }

private Q_SLOTS:
    void init()
    {
        fake::PortalConfig config;
        config.mailboxes = 40;
        m_f = std::make_unique<uitest::UiFixture>(config);
        QVERIFY(m_f->started);
    }

    void cleanup() { m_f.reset(); }

    void titleNamesAccountAndPortal()
    {
        const QString host = m_f->portal->baseUrl().host();
        QVERIFY(m_f->saveWebhook(m_f->portal->webhookUrl(), QStringLiteral("Support")));
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        QCOMPARE(window.windowTitle(), QStringLiteral("Mailbox Browser"));

        sessions.openCurrent();
        QVERIFY(QTest::qWaitFor([&] { return sessions.session() != nullptr; }, 10000));
        QCOMPARE(window.windowTitle(), QStringLiteral("Support — %1 — Mailbox Browser").arg(host));
        QVERIFY(window.statusSummary()->sampleText().isEmpty());

        sessions.openSamplePortal(m_f->portal->webhookUrl());
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("Sample portal — %1 — Mailbox Browser").arg(host));
        QVERIFY(!window.statusSummary()->sampleText().isEmpty());

        sessions.close();
        QCOMPARE(window.windowTitle(), QStringLiteral("Mailbox Browser"));
        QVERIFY(window.statusSummary()->sampleText().isEmpty());
    }

    void openingNeverSaysNoAccount()
    {
        QVERIFY(m_f->saveWebhook(m_f->portal->webhookUrl(), QStringLiteral("Support")));
        // Another user of the portal: another account (the same user would continue the first).
        const QString second =
            m_f->portal->addWebhook(2, {QStringLiteral("mail"), QStringLiteral("user")});
        QVERIFY(m_f->saveWebhook(
            m_f->portal->baseUrl().resolved(QUrl(QStringLiteral("rest/api/2/%1/").arg(second))),
            QStringLiteral("Second")));
        const QString secondId = m_f->accounts->currentAccount()->id;
        const QString supportId = m_f->accounts->find(QStringLiteral("Support"), nullptr)->id;
        SessionController sessions(m_f->accounts.get());
        // As main() does: the session starts opening before the window is made.
        sessions.openAccount(supportId);
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        QStringList seen;
        const auto note = [&] {
            const QString text = window.mailboxState()->emptyText();
            if (seen.isEmpty() || seen.constLast() != text)
                seen << text;
        };
        note();
        connect(&sessions, &SessionController::sessionChanged, this, note);
        connect(&sessions, &SessionController::openingChanged, this, note);
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, note);
        poll.start(0);
        window.show();
        QVERIFY2(
            QTest::qWaitFor([&] { return window.mailboxView()->model()->rowCount() == 40; }, 10000),
            qPrintable(seen.join(u'|')));
        QVERIFY2(seen.contains(QStringLiteral("Opening Support…")), qPrintable(seen.join(u'|')));

        // Another account: from the first one's rows to "Opening Second…", never "no account".
        sessions.openAccount(secondId);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return sessions.session() && !sessions.isOpening() &&
                       !window.mailboxModel()->isLoading() &&
                       window.mailboxView()->model()->rowCount() > 0;
            },
            10000));
        poll.stop();
        QVERIFY2(seen.contains(QStringLiteral("Opening Second…")), qPrintable(seen.join(u'|')));
        for (const QString &text : std::as_const(seen))
            QVERIFY2(!text.contains(QStringLiteral("No account")), qPrintable(seen.join(u'|')));

        // The demo's portal still starting: "Opening the sample portal…".
        sessions.close();
        sessions.expectSession(QStringLiteral("the sample portal"));
        QCOMPARE(window.mailboxState()->emptyText(), QStringLiteral("Opening the sample portal…"));
        sessions.cancelExpectedSession();
        QVERIFY(window.mailboxState()->emptyText().contains(QStringLiteral("No account")));
    }

    void statusBarCountsRowsAndRefreshes()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        StatusSummary *status = window.statusSummary();
        QVERIFY(status->rowsText().isEmpty());

        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.mailboxView()->model()->rowCount() == 40 &&
                       !window.mailboxModel()->isLoading() &&
                       status->fetchedAt(MainWindow::MailboxesTab).isValid();
            },
            10000));
        QCOMPARE(status->rowsText(), MainWindow::tr("%Ln mailbox(es)", nullptr, 40));
        QVERIFY2(status->fetchedText().startsWith(QStringLiteral("fetched at ")),
                 qPrintable(status->fetchedText()));
        const QDateTime fetched = status->fetchedAt(MainWindow::MailboxesTab);
        status->setClock([fetched] { return fetched.addSecs(3 * 60 + 5); });
        QCOMPARE(status->fetchedText(), QStringLiteral("fetched 3 min ago"));
        status->setClock([] { return QDateTime::currentDateTime(); });

        // Another tab, its own rows.
        window.tabs()->setCurrentIndex(MainWindow::SendersTab);
        const int senders = int(m_f->portal->sendersOf(1).size());
        QVERIFY(
            QTest::qWaitFor([&] { return window.senderModel()->rowCount() == senders; }, 10000));
        QCOMPARE(status->rowsText(), MainWindow::tr("%n sender(s)", nullptr, senders));
        window.tabs()->setCurrentIndex(MainWindow::MailboxesTab);

        // F5: "Refreshing…" until every view has its new rows, then "Refreshed at …".
        m_f->portal->config().latencyMs = 100; // long enough to see the refresh under way
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(status->fetchedText(), QStringLiteral("Refreshing…"));
        QVERIFY(status->isRefreshing());
        QVERIFY(QTest::qWaitFor([&] { return !status->isRefreshing(); }, 10000));
        QVERIFY2(status->fetchedText().startsWith(QStringLiteral("Refreshed at ")),
                 qPrintable(status->fetchedText()));
        QCOMPARE(window.mailboxView()->model()->rowCount(), 40);
        QVERIFY(!window.mailboxModel()->isLoading());
        QVERIFY(!window.senderModel()->isLoading());
    }

    void oneFailureOneBanner()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));
        view->setCurrentIndex(view->model()->index(2, 0));
        QVERIFY(QTest::qWaitFor([&] { return window.detailModel()->rowCount() >= 4; }, 10000));

        // The portal blocks REST (never retried), and the user refreshes: list and detail
        // both fail for that one reason (issue 12, screenshot 56).
        m_f->portal->config().overload = true;
        QTest::keyClick(&window, Qt::Key_F5);
        LoadState *list = window.mailboxState();
        LoadState *detail = window.detailState();
        QVERIFY(QTest::qWaitFor(
            [&] { return list->hasError() && detail->hasError() && !list->isLoading(); }, 10000));
        QCOMPARE(list->error().category(), RestError::Category::Overloaded);
        QCOMPARE(detail->error().category(), RestError::Category::Overloaded);
        QWidget *page = window.tabs()->widget(MainWindow::MailboxesTab);
        QCOMPARE(visibleBanners(page), 1);
        QVERIFY(list->errorBanner()->isVisible());
        QVERIFY(detail->errorBanner()->isHidden());
        QVERIFY(detail->isErrorShownAbove());
        QVERIFY(!detail->quietErrorText().isEmpty());
        // No raw code or status in the sentence; they are under Details.
        QVERIFY(!list->errorBanner()->message().contains(QStringLiteral("OVERLOAD_LIMIT")));
        QVERIFY(!list->errorBanner()->message().contains(QStringLiteral("503")));
        QVERIFY(list->errorBanner()->detailsText().contains(QStringLiteral("OVERLOAD_LIMIT")));

        // One Retry: everything that failed is asked again and every banner clears.
        m_f->portal->config().overload = false;
        QTest::mouseClick(list->errorBanner()->retryButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !list->hasError() && !detail->hasError() && !list->isLoading() &&
                       window.detailModel()->rowCount() >= 4 && !window.senderModel()->isLoading();
            },
            10000));
        QCOMPARE(visibleBanners(page), 0);
        QVERIFY(detail->quietErrorText().isEmpty());
        QVERIFY(window.senderState()->errorBanner()->isHidden());
        QVERIFY(window.senderModel()->errorMessage().isEmpty());
    }

    void aFixedFailureClearsEverywhere()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        QTableView *view = window.mailboxView();
        QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 40; }, 10000));
        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(QTest::qWaitFor([&] { return window.detailModel()->rowCount() >= 4; }, 10000));

        m_f->portal->config().overload = true;
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return window.mailboxState()->hasError() && window.detailState()->hasError() &&
                       window.senderState()->hasError();
            },
            10000));
        // The list is asked again by something other than a banner, and loads: the other
        // views that failed for the same reason follow without a click.
        m_f->portal->config().overload = false;
        window.mailboxModel()->retry();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !window.mailboxState()->hasError() && !window.detailState()->hasError() &&
                       !window.senderState()->hasError() && window.detailModel()->rowCount() >= 4;
            },
            10000));
    }

    void rateMeterSpeaksPlainly()
    {
        m_f->portal->config().rateBurst = 6; // smaller than the client's 50: learned from a 503
        const auto parts = WebhookCredential::parse(m_f->portal->webhookUrl());
        WebhookCredential credential(*parts);
        RestClient client(&credential);
        ClientOptions options;
        options.retryBaseDelayMs = 50;
        client.setOptions(options);
        RateMeter meter;
        meter.setClient(&client);
        QCOMPARE(meter.text(), QStringLiteral("50 of 50 requests available"));
        QVERIFY(meter.toolTipText().contains(QStringLiteral("50 requests in a burst")));
        QVERIFY(meter.toolTipText().contains(QStringLiteral("2 every second")));

        std::vector<std::unique_ptr<RestReply>> replies;
        QSignalSpy backingOff(&client, &RestClient::backingOff);
        for (int i = 0; i < 12; ++i)
            replies.emplace_back(client.call(QStringLiteral("mail.mailbox.field.list")));
        QVERIFY(QTest::qWaitFor([&] { return !backingOff.isEmpty(); }, 10000));
        QVERIFY(client.rateLimiter().isBurstLearned());
        meter.poll();
        const int learned = int(client.rateLimiter().burst());
        QVERIFY2(learned < 50 && learned >= 2, qPrintable(QString::number(learned)));
        QVERIFY2(meter.text().endsWith(QStringLiteral(" of %1 requests available").arg(learned)),
                 qPrintable(meter.text()));
        QVERIFY2(meter.toolTipText().contains(QStringLiteral("refused")),
                 qPrintable(meter.toolTipText()));
        QVERIFY(QTest::qWaitFor([&] { return client.pendingCount() == 0; }, 20000));

        // The portal's operating time as a sentence.
        QVERIFY2(meter.operatingText().contains(
                     QStringLiteral("mail.mailbox.field.list used 1 s of the portal's execution "
                                    "time in the last 10 minutes")),
                 qPrintable(meter.operatingText()));
    }

    void inspectorCopiesCurl()
    {
        SessionController sessions(m_f->accounts.get());
        MainWindow window(m_f->accounts.get(), &sessions, m_f->settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        sessions.openUnsavedWebhook(m_f->portal->webhookUrl());
        const QString code = WebhookCredential::parse(m_f->portal->webhookUrl())->code;
        RequestInspector *inspector = window.requestInspector();
        QVERIFY(QTest::qWaitFor([&] { return inspector->model()->rowCount() > 0; }, 10000));
        inspector->show();
        inspector->table()->setCurrentIndex(inspector->model()->index(0, 0));

        // Masked: the host and the method are there, the webhook code is not.
        const QString masked = inspector->curlCommand();
        QVERIFY2(masked.startsWith(QStringLiteral("curl ")), qPrintable(masked));
        QVERIFY(masked.contains(m_f->portal->baseUrl().host()));
        QVERIFY(masked.contains(inspector->model()->exchange(0).method));
        QVERIFY(!masked.contains(code));
        QVERIFY(masked.contains(QStringLiteral("••••")));
        QTest::mouseClick(inspector->copyCurlButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), masked);

        // Pretty-printed bodies in the detail tabs.
        QVERIFY(inspector->responseView()->toPlainText().contains(QStringLiteral("\n    ")));

        // With the secret: a warning first; Cancel copies nothing.
        QGuiApplication::clipboard()->clear();
        QMessageBox *box = inspector->copyAsCurlWithSecret();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        box = inspector->copyAsCurlWithSecret();
        QVERIFY(box);
        QAbstractButton *copy = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                copy = button;
        }
        QVERIFY(copy);
        copy->click();
        const QString signed_ = QGuiApplication::clipboard()->text();
        QVERIFY2(signed_.contains(code), "the command with the secret carries the webhook code");
        QVERIFY(!signed_.contains(QStringLiteral("••••")));
        QGuiApplication::clipboard()->clear(); // the secret does not outlive the test
    }
};

QTEST_MAIN(TestWindowStatus)
#include "tst_windowstatus.moc"
