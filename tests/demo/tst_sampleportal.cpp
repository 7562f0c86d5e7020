// SamplePortal: the demo's local portal starts, answers, and goes away with the app.

#include "demo/SamplePortal.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace mb;

class TestSamplePortal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsAnswersAndStops()
    {
        qputenv("MB_SAMPLE_PORTAL", QByteArrayLiteral(FAKE_PORTAL_PATH));
        QCOMPARE(SamplePortal::findExecutable(),
                 QFileInfo(QStringLiteral(FAKE_PORTAL_PATH)).canonicalFilePath());
        SamplePortal portal;
        QSignalSpy ready(&portal, &SamplePortal::ready);
        QSignalSpy failed(&portal, &SamplePortal::failed);
        portal.start({QStringLiteral("--mailboxes"), QStringLiteral("7")});
        QVERIFY(ready.wait(SamplePortal::StartTimeoutMs));
        QCOMPARE(failed.size(), 0);
        QVERIFY(portal.isRunning());
        QCOMPARE(portal.baseUrl().host(), QStringLiteral("127.0.0.1"));
        const auto parts = WebhookCredential::parse(portal.webhookUrl());
        QVERIFY(parts);
        // Its webhook code is a secret like any other.
        QVERIFY(!SecretRedactor::instance()
                     .redact(portal.webhookUrl().toString())
                     .contains(parts->code));

        WebhookCredential credential(*parts);
        RestClient client(&credential);
        std::unique_ptr<MailboxListJob> job(MailApi(&client).listMailboxes());
        int rows = 0;
        connect(job.get(), &MailboxListJob::mailboxesArrived, this,
                [&](const QList<Mailbox> &page) { rows += int(page.size()); });
        QSignalSpy listed(job.get(), &ListJob::finished);
        job->fetchAll();
        QVERIFY(listed.wait(10000));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
        QCOMPARE(rows, 7);

        const quint16 port = quint16(portal.baseUrl().port());
        portal.stop();
        QVERIFY(!portal.isRunning());
        // Gone: its port no longer answers.
        QVERIFY(QTest::qWaitFor(
            [port] {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, port);
                return !socket.waitForConnected(200);
            },
            5000));
    }

    void missingExecutableIsReported()
    {
        qputenv("MB_SAMPLE_PORTAL", QByteArrayLiteral("/nonexistent/b24-fake-portal"));
        QVERIFY(SamplePortal::findExecutable().isEmpty());
        SamplePortal portal;
        QSignalSpy failed(&portal, &SamplePortal::failed);
        portal.start();
        QCOMPARE(failed.size(), 0); // from the event loop
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("b24-fake-portal")));
        QVERIFY(!portal.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSamplePortal)
#include "tst_sampleportal.moc"
