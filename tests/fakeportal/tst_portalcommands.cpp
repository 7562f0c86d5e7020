// b24-fake-portal --commands, as the client benchmark (tests/bench/bench_clients) drives it:
// one portal process for several clients, asked for its counters between them ("stats") and
// to forget the previous client ("reset": the rate bucket and the counters); it ends with
// its standard input.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPortalCommands : public QObject
{
    Q_OBJECT

    QProcess m_portal;
    QNetworkAccessManager m_nam;

    // The next JSON line the portal prints.
    QJsonObject nextLine()
    {
        while (!m_portal.canReadLine()) {
            if (!m_portal.waitForReadyRead(10000))
                return {};
        }
        return QJsonDocument::fromJson(m_portal.readLine()).object();
    }

    QJsonObject command(const QByteArray &name)
    {
        m_portal.write(name + '\n');
        return nextLine();
    }

    // The HTTP status of one mail.mailbox.list call with the webhook.
    int listStatus(const QUrl &webhook)
    {
        QNetworkRequest request(webhook.resolved(QUrl(u"mail.mailbox.list"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QByteArrayLiteral("{}")));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
            return -1;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void statsResetAndEndOfInput()
    {
        m_portal.start(QStringLiteral(FAKE_PORTAL_EXE),
                       {u"--mailboxes"_s, u"3"_s, u"--rate-burst"_s, u"2"_s, u"--rate-drain"_s,
                        u"0.01"_s, u"--commands"_s});
        QVERIFY(m_portal.waitForStarted(10000));
        const QUrl webhook(nextLine().value(u"webhook_url").toString());
        QVERIFY(webhook.isValid());

        QJsonObject stats = command("stats");
        QCOMPARE(stats.value(u"requests").toInt(), 0);

        // Two calls fill the bucket of 2; the third is refused.
        QCOMPARE(listStatus(webhook), 200);
        QCOMPARE(listStatus(webhook), 200);
        QCOMPARE(listStatus(webhook), 503);
        stats = command("stats");
        QCOMPARE(stats.value(u"requests").toInt(), 3);
        QCOMPARE(stats.value(u"rate_limited").toInt(), 1);
        QCOMPARE(stats.value(u"per_method").toObject().value(u"mail.mailbox.list").toInt(), 3);

        // reset answers with the emptied counters, and the bucket is empty again.
        stats = command("reset");
        QCOMPARE(stats.value(u"requests").toInt(), 0);
        QCOMPARE(stats.value(u"rate_limited").toInt(), 0);
        QCOMPARE(listStatus(webhook), 200);
        QCOMPARE(command("stats").value(u"requests").toInt(), 1);

        // An unknown command is said on stderr and answered with the counters all the same.
        QCOMPARE(command("frobnicate").value(u"requests").toInt(), 1);

        m_portal.closeWriteChannel();
        QVERIFY2(m_portal.waitForFinished(5000), "the portal outlived its input");
        QCOMPARE(m_portal.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_portal.exitCode(), 0);
        QVERIFY(m_portal.readAllStandardError().contains("unknown command frobnicate"));
    }
};

QTEST_GUILESS_MAIN(TestPortalCommands)
#include "tst_portalcommands.moc"
