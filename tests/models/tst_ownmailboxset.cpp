// OwnMailboxSet: which addresses are the user's mailboxes and under which names, checked
// against a plain std::set model while the tables grow (their blocks move over many inserts).

#include "models/OwnMailboxSet.h"
#include "models/SenderRows.h"

#include <QTest>

#include <set>
#include <utility>

using namespace mb;

namespace {
QString emailOf(int i)
{
    return QStringLiteral("Box%1@Example.test").arg(i);
}
QString nameOf(int i)
{
    return QStringLiteral("Team %1").arg(i % 7);
}

// The rules of OwnMailboxSet over sets of whole texts.
struct Model
{
    std::set<QString> addresses;
    std::set<QString> named; // addresses some name was given for
    std::set<std::pair<QString, QString>> names;

    bool isConfirmed(const QString &key, const QString &name) const
    {
        if (addresses.empty() || !addresses.count(key))
            return true;
        if (!named.count(key))
            return false;
        return !names.count({key, name});
    }
};
} // namespace

class TestOwnMailboxSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAsASetWhileItGrows_data()
    {
        QTest::addColumn<int>("mailboxes");
        QTest::newRow("one") << 1;
        QTest::newRow("a block") << 9;
        QTest::newRow("past 65,536 slots") << 40'000;
        QTest::newRow("100,000") << 100'000;
    }

    void answersAsASetWhileItGrows()
    {
        QFETCH(int, mailboxes);
        OwnMailboxSet set;
        Model model;
        QVERIFY(set.isEmpty());
        QVERIFY(set.isConfirmed(SenderRows::addressKey(emailOf(1)), nameOf(1)));
        // Addresses alone first, then names for every third of them, some given twice,
        // while the blocks of earlier growths are still being moved.
        for (int i = 0; i < mailboxes; ++i) {
            const QString key = SenderRows::addressKey(emailOf(i));
            const quint8 change = set.add(key, {});
            QCOMPARE(bool(change & OwnMailboxSet::NewAddress), model.addresses.insert(key).second);
            if (i % 3 == 0) {
                const QString earlier = SenderRows::addressKey(emailOf(i / 2));
                const quint8 named = set.add(earlier, nameOf(i / 2));
                QVERIFY(!(named & OwnMailboxSet::NewAddress));
                model.named.insert(earlier);
                QCOMPARE(bool(named & OwnMailboxSet::NewName),
                         model.names.insert({earlier, nameOf(i / 2)}).second);
            }
        }
        QCOMPARE(set.count(), qsizetype(model.addresses.size()));
        for (int i = 0; i < mailboxes + 50; ++i) {
            const QString key = SenderRows::addressKey(emailOf(i));
            QCOMPARE(set.contains(key), model.addresses.count(key) > 0);
            for (const QString &name : {nameOf(i), QStringLiteral("Someone else")})
                QCOMPARE(set.isConfirmed(key, name), model.isConfirmed(key, name));
        }
        set.clear();
        QVERIFY(set.isEmpty());
        QVERIFY(!set.contains(SenderRows::addressKey(emailOf(0))));
    }
};

QTEST_APPLESS_MAIN(TestOwnMailboxSet)
#include "tst_ownmailboxset.moc"
