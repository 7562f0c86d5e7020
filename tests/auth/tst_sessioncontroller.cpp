// SessionController: one session at a time, opened for a saved account or the demo's webhook.

#include "FakePortal.h"
#include "auth/AccountManager.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/SecretStore.h"
#include "auth/SessionController.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"
#include "rest/WebhookCredential.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;

class TestSessionController : public QObject
{
    Q_OBJECT

    std::unique_ptr<fake::FakePortal> m_portal;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_store;
    std::unique_ptr<AccountManager> m_accounts;

    QString saveWebhook(const QUrl &url)
    {
        QString id;
        bool done = false;
        QObject owner;
        AccountSession::saveWebhook(
            m_store.get(), m_secrets.get(), *WebhookCredential::parse(url), &owner,
            [&](AccountSession *session, const QString &error, const SecretError &) {
                if (!session)
                    qWarning("not saved: %s", qPrintable(error));
                if (session)
                    id = session->accountId();
                done = true;
            });
        if (!QTest::qWaitFor([&] { return done; }, 5000))
            qWarning("webhook not saved in time");
        return id;
    }

    static bool works(RestClient *client)
    {
        std::unique_ptr<RestReply> reply(client->call(QStringLiteral("mail.mailbox.field.list")));
        return QSignalSpy(reply.get(), &RestReply::finished).wait(5000) && reply->ok();
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<fake::FakePortal>();
        QVERIFY(m_portal->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets = std::make_unique<SecretStore>();
        m_secrets->setMode(SecretStore::Mode::SessionOnly);
        m_store = std::make_unique<AccountStore>(
            std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("mb.ini")),
                                        QSettings::IniFormat),
            m_secrets.get());
        m_accounts = std::make_unique<AccountManager>(m_store.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_accounts.reset();
        m_store.reset();
        m_secrets.reset();
        m_portal.reset();
    }

    void opensOneSessionAtATime()
    {
        const QString first = saveWebhook(m_portal->webhookUrl());
        QUrl otherUrl = m_portal->baseUrl();
        otherUrl.setPath(QStringLiteral("/rest/api/2/%1/")
                             .arg(m_portal->addWebhook(2, {QStringLiteral("mail")})));
        const QString second = saveWebhook(otherUrl);
        QVERIFY2(!first.isEmpty() && !second.isEmpty() && first != second,
                 qPrintable(first + u' ' + second + u' ' + otherUrl.toString()));

        SessionController controller(m_accounts.get());
        QSignalSpy changed(&controller, &SessionController::sessionChanged);
        controller.openAccount(first);
        QVERIFY(controller.isOpening());
        QVERIFY(changed.wait(5000));
        QVERIFY(!controller.isOpening());
        QCOMPARE(controller.session()->accountId(), first);
        QVERIFY(works(controller.client()));

        // Switching: the old session is announced gone, then closed; the new one opens.
        QPointer<AccountSession> old = controller.session();
        changed.clear();
        controller.openAccount(second);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<AccountSession *>(), nullptr);
        QVERIFY(changed.wait(5000));
        QCOMPARE(controller.session()->accountId(), second);
        QVERIFY(QTest::qWaitFor([&] { return old.isNull(); }, 5000));

        // Two choices in a row: only the last one opens.
        changed.clear();
        controller.openAccount(first);
        controller.openAccount(second);
        QVERIFY(QTest::qWaitFor([&] { return !controller.isOpening(); }, 5000));
        QVERIFY(controller.session());
        QCOMPARE(controller.session()->accountId(), second);
        const auto opened = std::count_if(changed.begin(), changed.end(), [](const auto &args) {
            return args.first().template value<AccountSession *>() != nullptr;
        });
        QCOMPARE(opened, 1);
    }

    void failuresAndTheDemo()
    {
        SessionController controller(m_accounts.get());
        QSignalSpy failed(&controller, &SessionController::openFailed);
        controller.openAccount(QStringLiteral("no-such-account"));
        QVERIFY(failed.wait(5000));
        QVERIFY(!controller.session());

        QSignalSpy changed(&controller, &SessionController::sessionChanged);
        controller.openUnsavedWebhook(m_portal->webhookUrl());
        QCOMPARE(changed.size(), 1);
        QVERIFY(controller.session());
        QVERIFY(!controller.session()->isSaved());
        QVERIFY(works(controller.client()));
        QVERIFY(m_accounts->accounts().isEmpty()); // the demo saves nothing

        controller.openUnsavedWebhook(QUrl(QStringLiteral("https://example.test/not-a-hook")));
        QVERIFY(failed.wait(5000));
        QVERIFY(!controller.session());
    }
};

QTEST_GUILESS_MAIN(TestSessionController)
#include "tst_sessioncontroller.moc"
