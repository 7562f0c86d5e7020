// One session per account, end to end against the local portal: an OAuth list that loads
// through batch while its token expires, and sessions, probes and jobs destroyed while calls
// or a token refresh are in flight (run under ASan like the rest).

#include "OAuthTestSupport.h"
#include "auth/AccountSession.h"
#include "auth/AccountStore.h"
#include "auth/OAuthCredential.h"
#include "auth/PermissionProbe.h"
#include "auth/SecretStore.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using mb::AccountSession;
using mb::OAuthCredential;
using Category = mb::RestError::Category;

class TestSessionLifetime : public QObject
{
    Q_OBJECT

    std::unique_ptr<fake::FakePortal> m_portal;
    QNetworkAccessManager m_nam;

    mb::OAuthClientConfig config() const { return testsupport::configFor(*m_portal); }

    // A session for a fresh OAuth sign-in, as the GUI opens one.
    AccountSession *oauthSession(const mb::SessionSettings &settings = fast())
    {
        ScriptedBrowser browser;
        const auto outcome = testsupport::signIn(*m_portal, config(), browser);
        if (!outcome.result)
            return nullptr;
        return AccountSession::unsaved(
            OAuthCredential::fromSignIn(*outcome.result, config(), &m_nam), settings, nullptr);
    }

    static mb::SessionSettings fast()
    {
        mb::SessionSettings settings;
        settings.client.retryBaseDelayMs = 20;
        settings.client.timeoutMs = 10000;
        return settings;
    }

private Q_SLOTS:
    void init()
    {
        fake::PortalConfig portalConfig;
        portalConfig.mailboxes = 2000;
        m_portal = std::make_unique<fake::FakePortal>(portalConfig);
        QString error;
        QVERIFY2(m_portal->start(0, &error), qPrintable(error));
    }
    void cleanup() { m_portal.reset(); }

    void tokenExpiresInTheMiddleOfABatchedLoad()
    {
        mb::SessionSettings settings = fast();
        settings.client.batchPages = 5;
        std::unique_ptr<AccountSession> session(oauthSession(settings));
        QVERIFY(session);
        const mb::MailApi api(session->client());
        std::unique_ptr<mb::MailboxListJob> job(api.listMailboxes());
        QJsonArray rows;
        bool expired = false;
        connect(job.get(), &mb::MailboxListJob::mailboxesArrived, this,
                [&](const QList<mb::Mailbox> &page) {
                    for (const mb::Mailbox &m : page)
                        rows.append(m.toJson());
                    if (!expired && rows.size() >= 500) {
                        m_portal->expireAllAccessTokens();
                        expired = true;
                    }
                });
        QSignalSpy finished(job.get(), &mb::ListJob::finished);
        job->fetchAll();
        QVERIFY(finished.wait(30000));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
        QVERIFY(expired);
        QCOMPARE(rows, m_portal->mailboxesOf(1));
        // One refresh, and the batch that met the expired token replayed once: 21 pages in
        // batches of 5 is 5 requests, plus the replay.
        QCOMPARE(m_portal->stats().tokenRefreshes, 1);
        QCOMPARE(m_portal->stats().batchCalls, 6);
    }

    void theWayBatchCarriesTheTokenIsRemembered()
    {
        // A portal that refuses Bearer: the first batch finds ?auth=, and the account keeps
        // it, so the session opened at the next start asks that way at once.
        m_portal->config().acceptBearer = false;
        QTemporaryDir dir;
        mb::SecretStore secrets;
        secrets.setMode(mb::SecretStore::Mode::SessionOnly);
        mb::AccountStore accounts(std::make_unique<QSettings>(
                                      dir.filePath(QStringLiteral("mb.ini")), QSettings::IniFormat),
                                  &secrets);
        ScriptedBrowser browser;
        const auto outcome = testsupport::signIn(*m_portal, config(), browser);
        QVERIFY(outcome.result);

        const auto opened = [this](auto start) {
            AccountSession *session = nullptr;
            bool done = false;
            start([&](AccountSession *s, const QString &error, const mb::SecretError &) {
                if (!s)
                    qWarning("%s", qPrintable(error));
                session = s;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 10000))
                qWarning("no session in time");
            return std::unique_ptr<AccountSession>(session);
        };
        const auto loadAll = [](AccountSession &session) {
            const mb::MailApi api(session.client());
            std::unique_ptr<mb::MailboxListJob> job(api.listMailboxes());
            QSignalSpy finished(job.get(), &mb::ListJob::finished);
            job->fetchAll();
            return finished.wait(10000) && !job->error().isError();
        };

        QObject owner;
        auto saved = opened([&](AccountSession::Callback cb) {
            AccountSession::saveOAuth(&accounts, &secrets, *outcome.result, config(), &owner, cb,
                                      fast());
        });
        QVERIFY(saved);
        m_portal->resetStats();
        QVERIFY(loadAll(*saved));
        QCOMPARE(m_portal->stats().requests, 3); // Bearer refused, ?auth= (pages 1–2), pages 3–52
        QCOMPARE(accounts.account(saved->accountId())->batchAuth, QStringLiteral("query"));
        const QString id = saved->accountId();
        saved.reset();

        auto reopened = opened([&](AccountSession::Callback cb) {
            AccountSession::open(&accounts, &secrets, id, config(), &owner, cb, fast());
        });
        QVERIFY(reopened);
        m_portal->resetStats();
        QVERIFY(loadAll(*reopened));
        QCOMPARE(m_portal->stats().requests, 2); // 2000 rows: pages 1–2, 3–52
    }

    void destroyedWithARefreshInFlight()
    {
        std::unique_ptr<AccountSession> session(oauthSession());
        QVERIFY(session);
        m_portal->expireAllAccessTokens();
        m_portal->config().latencyMs = 300; // the refresh answer comes late
        std::unique_ptr<mb::RestReply> reply(
            session->client()->call(QStringLiteral("mail.mailbox.field.list")));
        QSignalSpy done(reply.get(), &mb::RestReply::finished);
        QVERIFY(QTest::qWaitFor([&] { return m_portal->stats().tokenRefreshes == 1; }, 5000));
        QPointer<OAuthCredential> credential = session->oauthCredential();
        QCOMPARE(credential->state(), OAuthCredential::State::Refreshing);
        session.reset(); // client, credential (with its token request), network manager
        QVERIFY(credential.isNull());
        QCOMPARE(done.size(), 0); // not from inside a destructor
        QVERIFY(done.wait(5000));
        QCOMPARE(reply->error().category(), Category::Aborted);
        QTRY_COMPARE(m_portal->pendingAnswers(), 0); // the late refresh answer lands on nothing
    }

    void destroyedWithCallsOnTheWire()
    {
        std::unique_ptr<AccountSession> session(oauthSession());
        QVERIFY(session);
        m_portal->config().latencyMs = 300;
        const mb::MailApi api(session->client());
        std::unique_ptr<mb::MailboxListJob> job(api.listMailboxes());
        QSignalSpy jobDone(job.get(), &mb::ListJob::finished);
        job->fetchAll();
        mb::PermissionProbe probe(session->client());
        QSignalSpy probed(&probe, &mb::PermissionProbe::finished);
        probe.run();
        QVERIFY(QTest::qWaitFor([&] { return m_portal->stats().requests >= 1; }, 5000));
        session.reset();
        QVERIFY(jobDone.wait(5000));
        QCOMPARE(job->error().category(), Category::Aborted);
        QVERIFY(QTest::qWaitFor([&] { return probed.size() == 1; }, 5000));
        QCOMPARE(probe.report().methods.size(), 5);
        for (const mb::MethodPermission &method : probe.report().methods)
            QCOMPARE(method.error.category(), Category::Aborted);
    }

    void probeDestroyedMidRun()
    {
        std::unique_ptr<AccountSession> session(oauthSession());
        QVERIFY(session);
        m_portal->config().latencyMs = 200;
        auto probe = std::make_unique<mb::PermissionProbe>(session->client());
        probe->run();
        QVERIFY(QTest::qWaitFor([&] { return m_portal->stats().requests >= 1; }, 5000));
        probe.reset();
        QVERIFY(QTest::qWaitFor([&] { return session->client()->pendingCount() == 0; }, 5000));
        // The session goes on.
        m_portal->config().latencyMs = 0;
        std::unique_ptr<mb::RestReply> reply(
            session->client()->call(QStringLiteral("mail.mailbox.field.get"),
                                    {{QStringLiteral("name"), QStringLiteral("id")}}));
        QVERIFY(QSignalSpy(reply.get(), &mb::RestReply::finished).wait(5000));
        QVERIFY(reply->ok());
    }
};

QTEST_GUILESS_MAIN(TestSessionLifetime)
#include "tst_sessionlifetime.moc"
