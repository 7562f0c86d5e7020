#include "rest/FieldDescriptor.h"
#include "rest/Mailbox.h"
#include "rest/ResponseTime.h"
#include "rest/Sender.h"
#include "rest/WireNumber.h"

#include "resttypes_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace mb;
using namespace Qt::StringLiterals;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}
} // namespace

class TestRestTypes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailboxKeepsEveryField()
    {
        const Mailbox m = Mailbox::fromJson(json(fixtures::MailboxWithExtra));
        QCOMPARE(m.id, 12);
        QCOMPARE(m.name, QStringLiteral("Sales inbox"));
        QCOMPARE(m.email, QStringLiteral("sales@acme.test"));
        QCOMPARE(m.senderName, QStringLiteral("ACME"));
        // A field the docs do not list is kept, not dropped.
        QCOMPARE(m.toJson().value(QStringLiteral("color")).toString(), QStringLiteral("#f00"));
        QCOMPARE(m.toJson().size(), 5);
    }

    void rowsGiveBackTheItemAsReceived()
    {
        // Typed members plus the compact remainder rebuild the item exactly: fields of
        // unexpected types stay as they came, extra fields keep their JSON types.
        const QJsonObject item{{QStringLiteral("id"), QStringLiteral("15")},
                               {QStringLiteral("name"), QJsonValue::Null},
                               {QStringLiteral("email"), QStringLiteral("a@b.test")},
                               {QStringLiteral("quota"), 1.5},
                               {QStringLiteral("count"), 3},
                               {QStringLiteral("flags"), QJsonArray{true, QStringLiteral("x")}},
                               {QStringLiteral("owner"), QJsonObject{{QStringLiteral("id"), 7}}}};
        const Mailbox m = Mailbox::fromJson(item);
        QCOMPARE(m.id, 15);
        QCOMPARE(m.email, QStringLiteral("a@b.test"));
        QCOMPARE(m.toJson(), item);
        QVERIFY(m.sameItem(Mailbox::fromJson(item)));
        QJsonObject changed = item;
        changed.insert(QStringLiteral("quota"), 2.5);
        QVERIFY(!m.sameItem(Mailbox::fromJson(changed)));
        changed = item;
        changed.remove(QStringLiteral("name"));
        QVERIFY(!m.sameItem(Mailbox::fromJson(changed)));

        const QJsonObject plain{{QStringLiteral("id"), 3},
                                {QStringLiteral("name"), u"Σ"_s},
                                {QStringLiteral("email"), u"x@y.test"_s},
                                {QStringLiteral("senderName"), u""_s}};
        const Mailbox p = Mailbox::fromJson(plain);
        QVERIFY(p.rest.isEmpty()); // nothing beyond the typed fields: no blob at all
        QCOMPARE(p.toJson(), plain);

        const QJsonObject entry{{QStringLiteral("email"), u"a@b.test"_s},
                                {QStringLiteral("name"), 5},
                                {QStringLiteral("sender"), u"A <a@b.test>"_s},
                                {QStringLiteral("extra"), QJsonObject{{u"k"_s, u"v"_s}}}};
        const Sender s = Sender::fromJson(entry);
        QCOMPARE(s.toJson(), entry);
        QVERIFY(s.sameItem(Sender::fromJson(entry)));
        QVERIFY(!s.sameItem(Sender::fromJson(plain)));
    }

    void mailboxIdAsString()
    {
        QCOMPARE(Mailbox::fromJson(json(fixtures::MailboxIdString)).id, 15);
    }

    void selectedSubset()
    {
        const Mailbox m = Mailbox::fromJson(json(fixtures::MailboxSubset));
        QVERIFY(m.name.isEmpty());
        QVERIFY(!m.toJson().contains(QStringLiteral("name")));
    }

    void senders()
    {
        const auto list =
            Sender::listFromJson(QJsonDocument::fromJson(fixtures::TwoSenders).array());
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].email, list[1].email);
        QCOMPARE(list[1].sender, QStringLiteral("ACME Sales <sales@acme.test>"));
    }

    void fieldDescriptorAllAttributes()
    {
        const FieldDescriptor f = FieldDescriptor::fromJson(json(fixtures::FieldAll));
        QCOMPARE(f.name, QStringLiteral("id"));
        QCOMPARE(f.type.value(), QStringLiteral("int"));
        QVERIFY(f.description.has_value());
        QVERIFY(f.description->isEmpty());
        QVERIFY(f.validationRules->isArray());
        QCOMPARE(f.requiredGroups->toArray().first().toString(), QStringLiteral("get"));
        QCOMPARE(f.filterable, std::optional<bool>(false));
        QCOMPARE(f.multiple, std::optional<bool>(false));
        QCOMPARE(FieldDescriptor::attributeNames().size(), 11);
    }

    void fieldDescriptorSubset()
    {
        const FieldDescriptor f = FieldDescriptor::fromJson(json(fixtures::FieldSubset));
        QVERIFY(!f.title);
        QVERIFY(!f.sortable);
        QCOMPARE(f.type.value(), QStringLiteral("string"));
    }

    void responseTime()
    {
        const ResponseTime t = ResponseTime::fromJson(json(fixtures::TimeFull));
        QCOMPARE(t.start.value(), 1772441740.0); // an int on the wire is accepted
        QCOMPARE(t.finish.value(), 1772441740.31);
        QCOMPARE(t.operatingResetAt.value(), 1772442340);
        QCOMPARE(t.operating.value(), 0.17);
        QVERIFY(t.dateStart->isValid());
        QCOMPARE(t.dateStart->offsetFromUtc(), 3600);
        QVERIFY(!t.isEmpty());
        QCOMPARE(ResponseTime::fromJson(t.toJson()).toJson(), t.toJson());
    }

    void responseTimeRejectsHostileNumbers_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("1e300") << QJsonValue(1e300);
        QTest::newRow("-1e300") << QJsonValue(-1e300);
        QTest::newRow("negative") << QJsonValue(-1);
        QTest::newRow("\"nan\"") << QJsonValue(QStringLiteral("nan"));
        QTest::newRow("\"inf\"") << QJsonValue(QStringLiteral("inf"));
        QTest::newRow("\"-inf\"") << QJsonValue(QStringLiteral("-inf"));
        QTest::newRow("\"1e999\"") << QJsonValue(QStringLiteral("1e999"));
        QTest::newRow("9e18") << QJsonValue(9e18);
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1}});
    }

    void responseTimeRejectsHostileNumbers()
    {
        QFETCH(QJsonValue, value);
        QJsonObject time;
        for (const char *key :
             {"start", "finish", "duration", "processing", "operating_reset_at", "operating"})
            time.insert(QLatin1String(key), value);
        // Out of range is absent: nothing downstream computes with it.
        QVERIFY(ResponseTime::fromJson(time).isEmpty());
    }

    void responseTimeTakesNumericStrings()
    {
        const ResponseTime t = ResponseTime::fromJson(
            {{QStringLiteral("start"), QStringLiteral("1772441740.12")},
             {QStringLiteral("operating_reset_at"), QStringLiteral("1772442340")},
             {QStringLiteral("operating"), 0.17}});
        QCOMPARE(t.start.value_or(0), 1772441740.12);
        QCOMPARE(t.operatingResetAt.value_or(0), 1772442340);
        QCOMPARE(t.operating.value_or(0), 0.17);
    }

    void wireNumberRanges()
    {
        QCOMPARE(WireNumber::integer(QJsonValue(12.9), 0, 100), std::optional<qint64>(12));
        QCOMPARE(WireNumber::integer(QJsonValue(QStringLiteral("9007199254740993")), 0,
                                     std::numeric_limits<qint64>::max()),
                 std::optional<qint64>(9007199254740993LL)); // exact beyond 2^53
        QCOMPARE(WireNumber::integer(QJsonValue(101), 0, 100), std::nullopt);
        QCOMPARE(WireNumber::integer(9.3e18, std::numeric_limits<qint64>::min(),
                                     std::numeric_limits<qint64>::max()),
                 std::nullopt);
        // 2^63 is double(INT64_MAX) rounded up: within [min, max] as doubles, yet no qint64.
        QCOMPARE(WireNumber::integer(9223372036854775808.0, std::numeric_limits<qint64>::min(),
                                     std::numeric_limits<qint64>::max()),
                 std::nullopt);
        QCOMPARE(WireNumber::integer(-9223372036854775808.0, std::numeric_limits<qint64>::min(),
                                     std::numeric_limits<qint64>::max()),
                 std::optional<qint64>(std::numeric_limits<qint64>::min()));
        QCOMPARE(WireNumber::real(QJsonValue(QStringLiteral("nan")), -1e9, 1e9), std::nullopt);
        QCOMPARE(WireNumber::real(QJsonValue(true), -1e9, 1e9), std::nullopt);
        QCOMPARE(WireNumber::digits(" 120 ", 0, 600), std::optional<qint64>(120));
        QCOMPARE(WireNumber::digits("-1", 0, 600), std::nullopt);
        QCOMPARE(WireNumber::digits("12a", 0, 600), std::nullopt);
        QCOMPARE(WireNumber::digits("99999999999999999999", 0, 600), std::nullopt);
    }

    void mailboxIdOutOfRange()
    {
        QCOMPARE(Mailbox::fromJson({{QStringLiteral("id"), 1e300}}).id, 0);
        QCOMPARE(Mailbox::fromJson({{QStringLiteral("id"), QStringLiteral("nan")}}).id, 0);
    }

    void responseTimePartial()
    {
        const ResponseTime t = ResponseTime::fromJson(json(fixtures::TimePartial));
        QVERIFY(t.start);
        QVERIFY(!t.operating);
        QVERIFY(!t.dateFinish);
        QVERIFY(ResponseTime::fromJson({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestTypes)
#include "tst_resttypes.moc"
