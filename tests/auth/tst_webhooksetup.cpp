// Adding an incoming webhook: normalisation of the pasted URL, the one check call, masking.

#include "FakePortal.h"
#include "auth/PermissionProbe.h"
#include "auth/WebhookSetup.h"
#include "rest/AccessTokenCredential.h"
#include "rest/MailApi.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"

#include <QSignalSpy>
#include <QTest>

using mb::MethodPermission;
using Status = mb::MethodPermission::Status;

class TestWebhookSetup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<fake::FakePortal> m_portal;
    fake::FakePortal &portal() { return *m_portal; }

    static mb::ClientOptions fast()
    {
        mb::ClientOptions o;
        o.retryBaseDelayMs = 20;
        o.rateLimitEnabled = false;
        return o;
    }
    QString root() const { return m_portal->baseUrl().toString(); }

    Status check(mb::WebhookSetup &setup, const QString &url)
    {
        QSignalSpy spy(&setup, &mb::WebhookSetup::checked);
        if (!setup.check(url))
            return Status::Failed;
        if (!spy.wait(10000))
            return Status::Failed;
        return spy.at(0).at(0).value<Status>();
    }

    mb::PermissionReport probe(mb::Credential *credential)
    {
        mb::RestClient client(credential);
        client.setOptions(fast());
        mb::PermissionProbe probe(&client);
        QSignalSpy spy(&probe, &mb::PermissionProbe::finished);
        probe.run();
        if (!spy.wait(10000))
            return {};
        return spy.at(0).at(0).value<mb::PermissionReport>();
    }

private Q_SLOTS:
    void init()
    {
        m_portal = std::make_unique<fake::FakePortal>();
        QString error;
        QVERIFY2(m_portal->start(0, &error), qPrintable(error));
        m_portal->config().rateLimit = false;
    }
    void cleanup() { m_portal.reset(); }

    void pastedForms_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("v3") << QStringLiteral("rest/api/%1/%2/");
        QTest::newRow("v3 no slash") << QStringLiteral("rest/api/%1/%2");
        QTest::newRow("v3 method") << QStringLiteral("rest/api/%1/%2/mail.mailbox.list");
        QTest::newRow("v1") << QStringLiteral("rest/%1/%2/");
        QTest::newRow("v1 method json") << QStringLiteral("rest/%1/%2/profile.json");
    }
    void pastedForms()
    {
        QFETCH(QString, path);
        const QString code = portal().addWebhook(1, {QStringLiteral("mail")});
        const QString pasted =
            QStringLiteral("  ") + root() + path.arg(1).arg(code) + QStringLiteral("\n");
        mb::NetworkAccessFactory network;
        mb::WebhookSetup setup(&network);
        setup.setClientOptions(fast());
        QCOMPARE(check(setup, pasted), Status::Works);
        QVERIFY(setup.hasParts());
        QCOMPARE(setup.parts().code, code);
        QCOMPARE(setup.parts().userId, QStringLiteral("1"));
        QCOMPARE(setup.parts().portal, portal().baseUrl());
        QVERIFY(!setup.maskedUrl().contains(code));
        QVERIFY(setup.maskedUrl().contains(QStringLiteral("/rest/api/1/")));
        QVERIFY(!mb::SecretRedactor::instance().redact(pasted).contains(code));
        QCOMPARE(portal().stats().perMethod.value(mb::WebhookSetup::checkMethod()), 1);
    }

    void missingMailScope()
    {
        const QString code = portal().addWebhook(1, {QStringLiteral("user")});
        mb::NetworkAccessFactory network;
        mb::WebhookSetup setup(&network);
        setup.setClientOptions(fast());
        QCOMPARE(check(setup, root() + QStringLiteral("rest/api/1/") + code + QLatin1Char('/')),
                 Status::MissingScope);
        QVERIFY(setup.statusMessage().contains(QStringLiteral("mail")));
        QVERIFY(!setup.statusMessage().contains(code));
    }

    void wrongCode()
    {
        mb::NetworkAccessFactory network;
        mb::WebhookSetup setup(&network);
        setup.setClientOptions(fast());
        const QString code = QStringLiteral("k3y9wrongcode12");
        QCOMPARE(check(setup, root() + QStringLiteral("rest/api/1/") + code + QLatin1Char('/')),
                 Status::SignInNeeded);
        QVERIFY(!setup.statusMessage().contains(code));
        QVERIFY(!setup.checkError().userMessage().contains(code));
    }

    void notAWebhook_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("portal") << QStringLiteral("https://acme.bitrix24.com/");
        QTest::newRow("prose") << QStringLiteral("my webhook");
        QTest::newRow("plain http") << QStringLiteral("http://acme.bitrix24.com/rest/1/abcdef123/");
    }
    void notAWebhook()
    {
        QFETCH(QString, text);
        mb::NetworkAccessFactory network;
        mb::WebhookSetup setup(&network);
        QVERIFY(!setup.check(text));
        QVERIFY(!setup.errorString().isEmpty());
        QVERIFY(!setup.hasParts());
    }

    void probeAllWork()
    {
        mb::AccessTokenCredential credential(
            portal().baseUrl(), portal().issueAccessToken(1, {QStringLiteral("mail")}));
        const mb::PermissionReport report = probe(&credential);
        QCOMPARE(report.methods.size(), 5);
        for (const MethodPermission &m : report.methods)
            QVERIFY2(m.works(), qPrintable(m.method + QLatin1Char(' ') + m.error.userMessage()));
        QVERIFY(report.allWork());
        QVERIFY(!report.missingMailScope());
        // One call per method.
        for (const QString &method : mb::MailApi::methods())
            QCOMPARE(portal().stats().perMethod.value(method), 1);
    }

    void probeMissingScope()
    {
        mb::AccessTokenCredential credential(
            portal().baseUrl(), portal().issueAccessToken(1, {QStringLiteral("user")}));
        const mb::PermissionReport report = probe(&credential);
        QCOMPARE(report.methods.size(), 5);
        for (const MethodPermission &m : report.methods)
            QCOMPARE(m.status, Status::MissingScope);
        QVERIFY(report.missingMailScope());
        QVERIFY(!report.missingAccess());
        QVERIFY(!report.anyWorks());
    }

    void probeNoAccess()
    {
        portal().config().accessDeniedUsers = {2};
        const QString code = portal().addWebhook(2, {QStringLiteral("mail")});
        mb::WebhookCredential credential(*mb::WebhookCredential::parse(
            QUrl(root() + QStringLiteral("rest/api/2/") + code + QLatin1Char('/'))));
        const mb::PermissionReport report = probe(&credential);
        QCOMPARE(report.methods.size(), 5);
        QVERIFY(report.missingAccess());
        QVERIFY(!report.missingMailScope());
        QCOMPARE(report.find(QStringLiteral("mail.mailbox.list"))->status, Status::NoAccess);
        QCOMPARE(MethodPermission::statusName(Status::NoAccess), QStringLiteral("no-access"));
    }

    void probeEmptyList()
    {
        // A user without mailboxes: `get` is asked for an id that cannot exist, and "not
        // found" proves access.
        mb::AccessTokenCredential credential(
            portal().baseUrl(), portal().issueAccessToken(5, {QStringLiteral("mail")}));
        const mb::PermissionReport report = probe(&credential);
        const auto get = report.find(QStringLiteral("mail.mailbox.get"));
        QVERIFY(get);
        QVERIFY2(get->works(), qPrintable(get->error.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSetup)
#include "tst_webhooksetup.moc"
