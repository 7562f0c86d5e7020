// MailboxRows: the compact row store of the mailbox list gives back every row as it was
// appended, finds rows by id, and answers the folded search, through replacements, removals
// and the compaction they lead to.

#include "models/MailboxListModel.h"
#include "models/MailboxRows.h"
#include "rest/JsonRemainder.h"

#include <QJsonObject>
#include <QTest>

using namespace mb;

namespace {
Mailbox make(qint64 id, const QString &name, const QString &email, const QString &senderName)
{
    Mailbox m;
    m.id = id;
    m.name = name;
    m.email = email;
    m.senderName = senderName;
    m.held = Mailbox::HasId | Mailbox::HasName | Mailbox::HasEmail | Mailbox::HasSenderName;
    return m;
}

void compareRow(const MailboxRows &rows, qsizetype row, const Mailbox &expected)
{
    const Mailbox got = rows.at(row);
    QCOMPARE(got.id, expected.id);
    QCOMPARE(got.name, expected.name);
    QCOMPARE(got.email, expected.email);
    QCOMPARE(got.senderName, expected.senderName);
    QCOMPARE(got.held, expected.held);
    QCOMPARE(got.rest, expected.rest);
    QVERIFY(rows.sameItem(row, expected));
}
} // namespace

class TestMailboxRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsComeBackAsAppended()
    {
        MailboxRows rows;
        QVERIFY(rows.isEmpty());
        QCOMPARE(rows.rowOf(1), -1);
        // Non-ASCII, empty and long texts, a held flag missing, and extra fields in the rest.
        Mailbox odd =
            make(-7, QStringLiteral("Иван Петров ✓"), QString(), QString(70000, QLatin1Char('x')));
        odd.held = Mailbox::HasName;
        odd.rest = JsonRemainder::pack(QJsonObject{{QStringLiteral("active"), true}});
        QVERIFY(!odd.rest.isEmpty());
        const QList<Mailbox> all = {
            make(1, QStringLiteral("Sales"), QStringLiteral("s@x.test"), QStringLiteral("Dana")),
            odd, make(3, {}, {}, {})};
        for (const Mailbox &m : all)
            rows.append(m);
        QCOMPARE(rows.size(), 3);
        for (qsizetype row = 0; row < all.size(); ++row) {
            compareRow(rows, row, all.at(row));
            QCOMPARE(rows.id(row), all.at(row).id);
            QCOMPARE(rows.rowOf(all.at(row).id), row);
        }
        QCOMPARE(rows.name(1), odd.name);
        QCOMPARE(rows.senderName(1).size(), 70000);
        QVERIFY(!rows.sameItem(0, all.at(2)));
        Mailbox renamed = all.at(0);
        renamed.name = QStringLiteral("Sales!");
        QVERIFY(!rows.sameItem(0, renamed));
        QCOMPARE(rows.rowOf(2), -1);
    }

    void manyIdsAreFound()
    {
        // Enough rows for the id table to grow several times; ids far apart and negative.
        MailboxRows rows;
        for (int i = 0; i < 5000; ++i)
            rows.append(make(qint64(i) * 1'000'003 - 2'500'000, QString::number(i), {}, {}));
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(rows.rowOf(qint64(i) * 1'000'003 - 2'500'000), i);
        QCOMPARE(rows.rowOf(1), -1);
    }

    void aRepeatedIdFindsTheLaterRow()
    {
        MailboxRows rows;
        rows.append(make(5, QStringLiteral("a"), {}, {}));
        rows.append(make(5, QStringLiteral("b"), {}, {}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.rowOf(5), 1);
    }

    void replaceAndRemoveKeepTheRest()
    {
        MailboxRows rows;
        QList<Mailbox> expected;
        for (int i = 0; i < 100; ++i) {
            expected.append(make(i + 1, QStringLiteral("Box %1").arg(i),
                                 QStringLiteral("box%1@example.test").arg(i),
                                 QStringLiteral("Sender %1").arg(i)));
            rows.append(expected.last());
        }
        // Replacing every row many times makes most of the text stale: it is compacted away
        // and every row still reads right.
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i < 100; ++i) {
                expected[i].name = QStringLiteral("Round %1 box %2").arg(round).arg(i);
                rows.replace(i, expected.at(i));
            }
        }
        rows.remove(10, 20);
        expected.remove(10, 20);
        rows.remove(0, 1);
        expected.remove(0, 1);
        rows.squeeze();
        QCOMPARE(rows.size(), expected.size());
        for (qsizetype row = 0; row < expected.size(); ++row) {
            compareRow(rows, row, expected.at(row));
            QCOMPARE(rows.rowOf(expected.at(row).id), row);
        }
        QCOMPARE(rows.rowOf(1), -1);  // removed
        QCOMPARE(rows.rowOf(15), -1); // removed
        // A replacement with another id moves the id.
        Mailbox other = expected.at(0);
        other.id = 1000;
        rows.replace(0, other);
        QCOMPARE(rows.rowOf(1000), 0);
        QCOMPARE(rows.rowOf(expected.at(0).id), -1);
        rows.clear();
        QVERIFY(rows.isEmpty());
        QCOMPARE(rows.rowOf(1000), -1);
    }

    void foldedSearchFollowsTheRows()
    {
        MailboxRows rows;
        rows.append(make(42, QStringLiteral("Straße"), QStringLiteral("Info@Example.test"),
                         QStringLiteral("ИВАН")));
        rows.append(make(7, QStringLiteral("Support"), QStringLiteral("help@example.test"), {}));
        const auto has = [&](qsizetype row, const QString &needle) {
            return rows.containsFolded(row, MailboxListModel::foldNeedle(needle));
        };
        QVERIFY(has(0, QStringLiteral("STRAßE")));
        QVERIFY(has(0, QStringLiteral("info@example")));
        QVERIFY(has(0, QStringLiteral("иван")));
        QVERIFY(has(0, QStringLiteral("42")));
        QVERIFY(!has(0, QStringLiteral("support")));
        QVERIFY(has(1, QStringLiteral("SUPPORT")));
        QVERIFY(!has(1, QStringLiteral("42")));
        // No text spans two fields.
        QVERIFY(!has(1, QStringLiteral("supporthelp")));
        // Rows appended later are searched too; a replaced row is searched as it is now.
        rows.append(make(9, QStringLiteral("Late"), {}, {}));
        QVERIFY(has(2, QStringLiteral("late")));
        rows.replace(1, make(7, QStringLiteral("Billing"), {}, {}));
        QVERIFY(!has(1, QStringLiteral("support")));
        QVERIFY(has(1, QStringLiteral("billing")));
        QVERIFY(has(2, QStringLiteral("late")));
        rows.remove(0, 1);
        QVERIFY(has(0, QStringLiteral("billing")));
        QVERIFY(has(1, QStringLiteral("late")));
    }
};

QTEST_GUILESS_MAIN(TestMailboxRows)
#include "tst_mailboxrows.moc"
