// SamplePortal: the demo's local portal starts, answers, and goes away with the app.

#include "demo/SamplePortal.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>
#endif

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

    void secretsAreNewOnEveryStart()
    {
        // The demo's seed is in the source: its webhook code and client secret must not be,
        // or anyone on the machine could read the demo portal while it runs.
        qputenv("MB_SAMPLE_PORTAL", QByteArrayLiteral(FAKE_PORTAL_PATH));
        SamplePortal first, second;
        QSignalSpy firstReady(&first, &SamplePortal::ready);
        QSignalSpy secondReady(&second, &SamplePortal::ready);
        first.start();
        second.start();
        QVERIFY(firstReady.wait(SamplePortal::StartTimeoutMs));
        QVERIFY(!secondReady.isEmpty() || secondReady.wait(SamplePortal::StartTimeoutMs));
        const auto a = WebhookCredential::parse(first.webhookUrl());
        const auto b = WebhookCredential::parse(second.webhookUrl());
        QVERIFY(a && b);
        QVERIFY(a->code != b->code);
        QCOMPARE(first.info().value(u"client_id"), second.info().value(u"client_id"));
        QVERIFY(first.info().value(u"client_secret") != second.info().value(u"client_secret"));
    }

    void endsWhenItsInputEnds()
    {
        QProcess portal;
        portal.start(
            QStringLiteral(FAKE_PORTAL_PATH),
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-with-stdin")});
        QVERIFY(portal.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return portal.canReadLine(); }, 10000));
        QVERIFY(portal.state() == QProcess::Running);
        portal.closeWriteChannel();
        QVERIFY2(portal.waitForFinished(2000), "the portal outlived its input");
        QCOMPARE(portal.exitStatus(), QProcess::NormalExit);
        QCOMPARE(portal.exitCode(), 0);
    }

#ifdef Q_OS_LINUX
    // However `mailbox-browser --demo` ends, the portal it started is gone within 2 s.
    void demoPortalEndsWithTheApp_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGTERM") << SIGTERM;
        QTest::newRow("SIGINT") << SIGINT;
        QTest::newRow("SIGHUP") << SIGHUP;
        QTest::newRow("SIGKILL") << SIGKILL;
        QTest::newRow("SIGSEGV (a crash)") << SIGSEGV;
    }

    void demoPortalEndsWithTheApp()
    {
        QFETCH(int, signal);
        // The orphaned portal becomes our child, so we can see it end and reap it.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("MB_SAMPLE_PORTAL"), QStringLiteral(FAKE_PORTAL_PATH));
        // A crash must not wait for a sanitizer's report or a core dump.
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("handle_segv=0"));
        QProcess app;
        app.setProcessEnvironment(env);
        app.setStandardOutputFile(QProcess::nullDevice());
        app.setStandardErrorFile(QProcess::nullDevice());
        app.start(QStringLiteral(MAILBOX_BROWSER_PATH), {QStringLiteral("--demo")});
        QVERIFY(app.waitForStarted());
        const qint64 appPid = app.processId();

        qint64 portalPid = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                portalPid = childNamed(appPid, QByteArrayLiteral("b24-fake-portal"));
                return portalPid != 0;
            },
            15000));
        // Let it come up fully (it listens, then prints its line) before the app goes.
        QVERIFY(QTest::qWaitFor([&] { return hasSocket(portalPid); }, 15000));
        QVERIFY(isAlive(portalPid));

        QCOMPARE(::kill(pid_t(appPid), signal), 0);
        QVERIFY(app.waitForFinished(5000));
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(QTest::qWaitFor([&] { return !isAlive(portalPid); }, 2000),
                 "the sample portal outlived mailbox-browser --demo");
        qInfo("portal ended %lld ms after the app", qint64(clock.elapsed()));
    }
#endif

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

#ifdef Q_OS_LINUX
private:
    // A child of `parent` running `name`, or 0.
    static qint64 childNamed(qint64 parent, const QByteArray &name)
    {
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(parent));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks.filePath(task + QStringLiteral("/children")));
            if (!children.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &pid : children.readAll().split(' ')) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(QString::fromLatin1(pid)));
                if (!pid.trimmed().isEmpty() && comm.open(QIODevice::ReadOnly) &&
                    comm.readAll().trimmed() == name.left(15))
                    return pid.toLongLong();
            }
        }
        return 0;
    }

    // Whether `pid` holds a socket: the portal's listening one, once it is up.
    static bool hasSocket(qint64 pid)
    {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
            if (fd.symLinkTarget().contains(QLatin1String("socket:[")))
                return true;
        }
        return false;
    }

    // Running, i.e. neither gone nor a zombie; a zombie that became ours is reaped.
    static bool isAlive(qint64 pid)
    {
        int status = 0;
        if (::waitpid(pid_t(pid), &status, WNOHANG) == pid_t(pid))
            return false;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray line = stat.readAll();
        const qsizetype afterName = line.lastIndexOf(')');
        return afterName > 0 && line.size() > afterName + 2 && line.at(afterName + 2) != 'Z';
    }
#endif
};

QTEST_GUILESS_MAIN(TestSamplePortal)
#include "tst_sampleportal.moc"
