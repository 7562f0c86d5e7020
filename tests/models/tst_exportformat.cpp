// The export serialisers: CSV quoting after RFC 4180 behind a UTF-8 byte order mark, JSON
// that keeps every field, the clipboard's tab-separated text, and the all-or-nothing file
// write.

#include "models/ExportFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mb;

class TestExportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("leading blank") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("unicode") << QStringLiteral("Почта") << QStringLiteral("Почта");
        // Formula injection: a spreadsheet must show these, not run them.
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr first") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("formula with comma")
            << QStringLiteral("=1,2") << QStringLiteral("\"'=1,2\"");
        QTest::newRow("sign inside") << QStringLiteral("a=b-c") << QStringLiteral("a=b-c");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(ExportFormat::csvField(value), expected);
    }

    void csvLinesEndInCrlf()
    {
        const QByteArray csv = ExportFormat::toCsv(
            {QStringLiteral("a"), QStringLiteral("b")},
            {{QStringLiteral("1"), QStringLiteral("x,y")}, {QString(), QStringLiteral("ü")}});
        QCOMPARE(csv, QByteArray("\xef\xbb\xbf"
                                 "a,b\r\n1,\"x,y\"\r\n,\xc3\xbc\r\n"));
    }

    // Excel opens a CSV file in the ANSI code page unless it starts with the UTF-8 BOM, so
    // every CSV writer starts with exactly one, also when there is nothing else to write.
    void csvStartsWithTheUtf8Bom()
    {
        const QByteArray bom("\xef\xbb\xbf");
        QCOMPARE(ExportFormat::toCsv({}, {}), bom);
        const QByteArray mailboxes = ExportFormat::mailboxesToCsv({Mailbox::fromJson(QJsonObject{
            {QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("Продажи 東京")}})});
        QVERIFY(mailboxes.startsWith(bom + "id,"));
        QVERIFY(!mailboxes.mid(bom.size()).contains(bom));
        QVERIFY(mailboxes.contains(QStringLiteral("Продажи 東京").toUtf8()));
        QVERIFY(ExportFormat::sendersToCsv({}).startsWith(bom + "names,email,"));
    }

    void mailboxes()
    {
        Mailbox m =
            Mailbox::fromJson(QJsonObject{{QStringLiteral("id"), 7},
                                          {QStringLiteral("name"), QStringLiteral("Sales, EU")},
                                          {QStringLiteral("email"), QStringLiteral("s@x.test")},
                                          {QStringLiteral("senderName"), QStringLiteral("S \"Q\"")},
                                          {QStringLiteral("extra"), true}});
        QCOMPARE(
            ExportFormat::mailboxesToCsv({m}),
            QByteArray("\xef\xbb\xbf"
                       "id,name,email,senderName\r\n7,\"Sales, EU\",s@x.test,\"S \"\"Q\"\"\"\r\n"));
        const QJsonDocument doc = QJsonDocument::fromJson(ExportFormat::mailboxesToJson({m}));
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 1);
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("extra")).toBool(), true);
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("email")).toString(),
                 QStringLiteral("s@x.test"));
    }

    void senders()
    {
        SenderAddress twice;
        twice.email = QStringLiteral("a@b.test");
        twice.names = {QStringLiteral("Roe, Dana"), QStringLiteral("A")};
        twice.ownMailbox = true;
        twice.confirmed = true;
        for (const QString &name : twice.names)
            twice.entries << Sender::fromJson(
                QJsonObject{{QStringLiteral("email"), twice.email},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("sender"), name + QStringLiteral(" <a@b.test>")}});
        SenderAddress bare;
        bare.email = QStringLiteral("c@b.test");
        bare.confirmed = true;
        QCOMPARE(ExportFormat::sendersToCsv({twice, bare}),
                 QByteArray("\xef\xbb\xbf"
                            "names,email,ownMailbox,confirmed\r\n"
                            "\"Roe, Dana; A\",a@b.test,true,true\r\n"
                            ",c@b.test,false,true\r\n"));
        const QJsonArray array =
            QJsonDocument::fromJson(ExportFormat::sendersToJson({twice, bare})).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("email")).toString(), twice.email);
        QCOMPARE(first.value(QStringLiteral("names")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("ownMailbox")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("entries")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("entries"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("sender"))
                     .toString(),
                 QStringLiteral("A <a@b.test>"));
        QCOMPARE(array.at(1).toObject().value(QStringLiteral("ownMailbox")).toBool(true), false);
    }

    void csvGuardsPortalNames()
    {
        const QByteArray csv = ExportFormat::mailboxesToCsv({Mailbox::fromJson(
            QJsonObject{{QStringLiteral("id"), 7},
                        {QStringLiteral("name"), QStringLiteral("=cmd|' /C calc'!A0")},
                        {QStringLiteral("email"), QStringLiteral("@evil.test")}})});
        QVERIFY2(csv.contains("\r\n7,'=cmd|' /C calc'!A0,'@evil.test,"), csv.constData());
    }

    void tabSeparated()
    {
        QCOMPARE(ExportFormat::toTabSeparated({{QStringLiteral("a"), QStringLiteral("b\tc")},
                                               {QStringLiteral("d\ne"), QString()}}),
                 QStringLiteral("a\tb c\nd e\t"));
        // A name from the portal cannot add a row or turn the text around on paste.
        const QString hostile =
            QStringLiteral("Eve\r\nX-Injected\x1b[2J") + QChar(0x202e) + QStringLiteral("fdp.exe");
        QCOMPARE(ExportFormat::toTabSeparated({{hostile, QStringLiteral("e@x.test")}}),
                 QStringLiteral("Eve X-Injected[2Jfdp.exe\te@x.test"));
    }

    void writeFileIsAtomic()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY(ExportFormat::writeFile(path, "one", &error));
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("one"));
        file.close();

#ifdef Q_OS_UNIX
        // Owner-only, also over an older file that everybody could read.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QVERIFY(ExportFormat::writeFile(path, "two", &error));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(
            QFile::permissions(path).testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString fresh = dir.filePath(QStringLiteral("fresh.json"));
        QVERIFY(ExportFormat::writeFile(fresh, "{}", &error));
        QCOMPARE(QFile::permissions(fresh) & others, QFileDevice::Permissions());
#endif

        // A directory that does not exist: nothing written, a reason given.
        QVERIFY(
            !ExportFormat::writeFile(dir.filePath(QStringLiteral("no/such/out.csv")), "x", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExportFormat)
#include "tst_exportformat.moc"
