// RequestLogModel: what the request inspector lists and saves, against the local portal.

#include "FakePortal.h"
#include "ShownToolTip.h"
#include "models/RequestLogModel.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"
#include "rest/WebhookCredential.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;

class TestRequestLogModel : public QObject
{
    Q_OBJECT

    bool call(RestClient &client, const QString &method, const QJsonObject &params = {})
    {
        std::unique_ptr<RestReply> reply(client.call(method, params));
        return QSignalSpy(reply.get(), &RestReply::finished).wait(10000);
    }

private Q_SLOTS:
    void recordsRedactsAndSaves()
    {
        fake::FakePortal portal;
        QVERIFY(portal.start());
        const auto parts = WebhookCredential::parse(portal.webhookUrl());
        WebhookCredential credential(*parts);
        RestClient client(&credential);
        ClientOptions options;
        options.maxRetries = 0;
        client.setOptions(options);

        RequestLogModel log;
        QAbstractItemModelTester tester(&log);
        log.watch(&client);
        QVERIFY(call(client, QStringLiteral("mail.mailbox.field.list")));
        QVERIFY(call(client, QStringLiteral("mail.mailbox.get"), {{QStringLiteral("id"), 987654}}));
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.columnCount(), int(RequestLogModel::ColumnCount));

        const QModelIndex ok = log.index(0, RequestLogModel::StatusColumn);
        QCOMPARE(ok.data().toString(), QStringLiteral("200"));
        QVERIFY(!ok.data(RequestLogModel::FailedRole).toBool());
        const QModelIndex failed = log.index(1, RequestLogModel::ResultColumn);
        QVERIFY(failed.data(RequestLogModel::FailedRole).toBool());
        QCOMPARE(log.index(1, RequestLogModel::StatusColumn).data().toString(),
                 QStringLiteral("400"));
        QVERIFY(log.index(1, 0)
                    .data(RequestLogModel::RequestBodyRole)
                    .toString()
                    .contains(QStringLiteral("987654")));
        QVERIFY(log.index(0, 0)
                    .data(RequestLogModel::ResponseBodyRole)
                    .toString()
                    .contains(QStringLiteral("senderName")));
        QVERIFY(!log.index(0, RequestLogModel::OperatingColumn).data().toString().isEmpty());

        // The webhook code shows nowhere, on screen or in the file.
        const QString all = QString::fromUtf8(QJsonDocument(log.toJson()).toJson());
        QVERIFY(!all.contains(parts->code));
        QVERIFY(all.contains(QStringLiteral("mail.mailbox.get")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("diagnostics.json"));
        QString error;
        QVERIFY2(log.saveDiagnostics(file, &error), qPrintable(error));
#ifdef Q_OS_UNIX
        // The portal's name and mailboxes are in it: owner-only.
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                             QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
#endif
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY(!bytes.contains(parts->code.toUtf8()));
        const QJsonObject document = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(document.value(QStringLiteral("exchanges")).toArray().size(), 2);
        QCOMPARE(document.value(QStringLiteral("exchanges"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"));

        // Nowhere to write: a reason, and nothing half-written.
        QVERIFY(!log.saveDiagnostics(dir.filePath(QStringLiteral("missing/dir/d.json")), &error));
        QVERIFY(!error.isEmpty());

        // Detached: nothing more is recorded.
        log.unwatch(&client);
        QVERIFY(call(client, QStringLiteral("mail.mailbox.field.list")));
        QCOMPARE(log.rowCount(), 2);
    }

    void hostPrettyJsonAndDiagnosticsHeader()
    {
        fake::FakePortal portal;
        QVERIFY(portal.start());
        const auto parts = WebhookCredential::parse(portal.webhookUrl());
        WebhookCredential credential(*parts);
        RestClient client(&credential);
        RequestLogModel log;
        QAbstractItemModelTester tester(&log);
        log.watch(&client);
        QVERIFY(call(client, QStringLiteral("mail.mailbox.field.list")));
        QCOMPARE(log.rowCount(), 1);

        // The portal's host is shown; in the URL only the webhook code is masked.
        const QString host = QStringLiteral("127.0.0.1:%1").arg(portal.port());
        QCOMPARE(log.index(0, RequestLogModel::HostColumn).data().toString(), host);
        QCOMPARE(log.portalHost(), host);
        const QString url = log.index(0, 0).data(RequestLogModel::UrlRole).toString();
        QVERIFY2(url.contains(host), qPrintable(url));
        QVERIFY2(url.contains(QStringLiteral("/rest/api/1/")), qPrintable(url));
        QVERIFY2(url.contains(QStringLiteral("mail.mailbox.field.list")), qPrintable(url));
        QVERIFY(!url.contains(parts->code));
        QCOMPARE(log.index(0, RequestLogModel::MethodColumn).data().toString(),
                 QStringLiteral("mail.mailbox.field.list"));

        // Bodies read as indented JSON; anything else stays as it was.
        const QString pretty = RequestLogModel::prettyJson(log.exchange(0).responseBody);
        QVERIFY(pretty.contains(QStringLiteral("\n    ")));
        QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()),
                 QJsonDocument::fromJson(log.exchange(0).responseBody.toUtf8()));
        QCOMPARE(RequestLogModel::prettyJson(QStringLiteral("<html>502</html>")),
                 QStringLiteral("<html>502</html>"));

        // The file opens with what support asks first.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("d.json"));
        QString error;
        QVERIFY2(log.saveDiagnostics(file, &error), qPrintable(error));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray bytes = saved.readAll();
        QVERIFY2(bytes.indexOf("\"about\"") < bytes.indexOf("\"exchanges\""), bytes.constData());
        QVERIFY(bytes.left(40).contains("\"about\""));
        const QJsonObject about =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("about")).toObject();
        QCOMPARE(about.value(QStringLiteral("qtBuild")).toString(), QStringLiteral(QT_VERSION_STR));
        QCOMPARE(about.value(QStringLiteral("qtRuntime")).toString(),
                 QString::fromLatin1(qVersion()));
        QCOMPARE(about.value(QStringLiteral("os")).toString(), QSysInfo::prettyProductName());
        QVERIFY(
            about.value(QStringLiteral("kernel")).toString().contains(QSysInfo::kernelVersion()));
        QCOMPARE(about.value(QStringLiteral("portal")).toString(), host);
        QVERIFY(about.contains(QStringLiteral("appVersion")));
        QVERIFY(!about.value(QStringLiteral("savedAt")).toString().isEmpty());
        QVERIFY(!bytes.contains(parts->code.toUtf8()));
    }

    void toolTipShowsTheUrlAsPlainText()
    {
        RequestLogModel model;
        Exchange exchange;
        exchange.method = QStringLiteral("mail.mailbox.list");
        exchange.url = QStringLiteral("https://portal.test/rest/") + tooltiptest::hostileName();
        model.record(exchange);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(tooltiptest::shownText(model.index(0, 0).data(Qt::ToolTipRole).toString()),
                 QStringLiteral("https://portal.test/rest/") + tooltiptest::hostileNameShown());
    }

    void keepsTheMostRecent()
    {
        RequestLogModel log;
        QAbstractItemModelTester tester(&log);
        log.setCapacity(3);
        for (int i = 0; i < 5; ++i) {
            Exchange e;
            e.method = QStringLiteral("m%1").arg(i);
            e.startedAt = QDateTime::currentDateTimeUtc();
            log.record(e);
        }
        QCOMPARE(log.rowCount(), 3);
        QCOMPARE(log.exchange(0).method, QStringLiteral("m2"));
        QCOMPARE(log.exchange(2).method, QStringLiteral("m4"));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
