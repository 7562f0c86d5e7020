// ListPageReader: the pages of a list answer, plain or batch, from JSON or a whole body.

#include "rest/ListPageReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using mb::ListPageReader;
using Category = mb::RestError::Category;

namespace {
QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}
} // namespace

class TestListPageReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainPage()
    {
        const auto answer =
            ListPageReader::read(json(R"({"items":[{"id":1},{"id":2}]})"), {100}, false, true, 200);
        QVERIFY(answer.inconsistency.isEmpty());
        QCOMPARE(answer.pages.size(), 1);
        QVERIFY(answer.pages.at(0).ok());
        QCOMPARE(answer.pages.at(0).rows.size(), 2);
    }

    void batchOfPages()
    {
        const auto answer = ListPageReader::read(json(R"([{"items":[{"id":1}]},{"items":[]}])"),
                                                 {1, 1}, true, true, 200);
        QVERIFY(answer.inconsistency.isEmpty());
        QCOMPARE(answer.pages.size(), 2);
        QCOMPARE(answer.pages.at(0).rows.size(), 1);
        QVERIFY(answer.pages.at(1).ok());
        QVERIFY(answer.pages.at(1).rows.isEmpty()); // the end
    }

    void batchOfTheWrongShape_data()
    {
        QTest::addColumn<QByteArray>("result");
        QTest::newRow("fewer results") << QByteArray(R"([{"items":[]}])");
        QTest::newRow("more results") << QByteArray(R"([{"items":[]},{"items":[]},{"items":[]}])");
        QTest::newRow("keyed object") << QByteArray(R"({"0":{"items":[]},"1":{"items":[]}})");
        QTest::newRow("empty object") << QByteArray("{}");
    }
    void batchOfTheWrongShape()
    {
        QFETCH(QByteArray, result);
        const auto answer =
            ListPageReader::read(json(result.constData()), {100, 100}, true, true, 200);
        QCOMPARE(answer.inconsistency,
                 QStringLiteral("the batch answer does not hold one result per command"));
        QVERIFY(answer.pages.isEmpty());
    }

    void errorInASlot()
    {
        const auto answer = ListPageReader::read(
            json(R"([{"items":[{"id":1}]},{"error":{"code":"OPERATION_TIME_LIMIT",)"
                 R"("message":"Method is blocked due to operation time limit."}}])"),
            {100, 100}, true, true, 200);
        QVERIFY(answer.inconsistency.isEmpty());
        QVERIFY(answer.pages.at(0).ok());
        QVERIFY(answer.pages.at(1).error);
        QCOMPARE(answer.pages.at(1).error->category(), Category::OperationTimeLimit);
        QVERIFY(answer.pages.at(1).inconsistency.isEmpty());
    }

    void badPages_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("why");
        const QString noItems = QStringLiteral("a list answer without “items”");
        QTest::newRow("no items") << QByteArray(R"({"item":{}})") << noItems;
        QTest::newRow("items not an array") << QByteArray(R"({"items":{"0":{}}})") << noItems;
        QTest::newRow("bare array") << QByteArray(R"([{"id":1}])") << noItems;
        QTest::newRow("row not an object") << QByteArray(R"({"items":[{"id":1},2]})")
                                           << QStringLiteral("a list row that is not an object");
        QTest::newRow("more rows than asked")
            << QByteArray(R"({"items":[{"id":1},{"id":2},{"id":3}]})")
            << QStringLiteral("the portal sent more rows than were asked for");
    }
    void badPages()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, why);
        const auto page = ListPageReader::readPage(json(payload.constData()), 2, true, 200);
        QVERIFY(!page.ok());
        QCOMPARE(page.inconsistency, why);
        QVERIFY(page.rows.isEmpty());
    }

    void unpagedTakesAnyLength()
    {
        const auto page =
            ListPageReader::readPage(json(R"({"items":[{"a":1},{"b":2},{"c":3}]})"), 0, false, 200);
        QVERIFY(page.ok());
        QCOMPARE(page.rows.size(), 3);
    }

    void wholeBody()
    {
        const auto answer = ListPageReader::readBody(
            R"({"result":[{"items":[{"id":1}]},{"items":[{"id":2}]}],"time":{}})", {1, 1}, true,
            true, 200);
        QVERIFY(answer.inconsistency.isEmpty());
        QCOMPARE(answer.pages.size(), 2);
        QCOMPARE(answer.pages.at(1).rows.at(0).toObject().value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(ListPageReader::readBody("<html>", {1}, false, true, 502).inconsistency,
                 QStringLiteral("an answer without “result”"));
    }

    void fingerprintTellsPagesApart()
    {
        const QJsonArray a = json(R"([{"id":1},{"id":2}])").toArray();
        const QJsonArray b = json(R"([{"id":2},{"id":1}])").toArray();
        QCOMPARE(ListPageReader::fingerprint(a), ListPageReader::fingerprint(a));
        QVERIFY(ListPageReader::fingerprint(a) != ListPageReader::fingerprint(b));
        // The same rows sent again in other text are the same page; any other value is not.
        const QJsonArray spaced = json(R"([ {"id": 1}, {"id" : 2} ])").toArray();
        QCOMPARE(ListPageReader::fingerprint(spaced), ListPageReader::fingerprint(a));
        const QJsonArray nested = json(R"([{"id":1,"x":{"a":[1,"b"]}}])").toArray();
        for (const char *other :
             {R"([{"id":1,"x":{"a":[1,"c"]}}])", R"([{"id":1,"x":{"a":[1,"b",null]}}])",
              R"([{"id":1,"x":{"b":[1,"b"]}}])", R"([{"id":"1","x":{"a":[1,"b"]}}])",
              R"([{"id":1,"x":{"a":[1,"b"]}},{}])"}) {
            QVERIFY2(ListPageReader::fingerprint(json(other).toArray()) !=
                         ListPageReader::fingerprint(nested),
                     other);
        }
        // A page read carries its print, so the job compares pages without reading them again.
        const auto answer = ListPageReader::read(
            json(R"([{"items":[{"id":1},{"id":2}]},{"items":[]}])"), {2, 2}, true, true, 200);
        QCOMPARE(answer.pages.size(), 2);
        QCOMPARE(answer.pages.at(0).print, ListPageReader::fingerprint(a));
    }
};

QTEST_GUILESS_MAIN(TestListPageReader)
#include "tst_listpagereader.moc"
