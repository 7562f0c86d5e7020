// SenderFilterProxyModel over a SenderModel that loads from the local portal, under
// QAbstractItemModelTester: the filter, pinned and recent senders on top, one row per key,
// and a source that resets while the proxy filters.
#include "ModelTestSupport.h"
#include "ShownToolTip.h"
#include "models/SenderFilterProxyModel.h"
#include "models/SenderModel.h"
#include "rest/Sender.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace mb;
using namespace modeltest;

namespace {

QString keyAt(const SenderFilterProxyModel &proxy, int row)
{
    return proxy.index(row, 0).data(SenderFilterProxyModel::KeyRole).toString();
}

QStringList keys(const SenderFilterProxyModel &proxy)
{
    QStringList out;
    for (int row = 0; row < proxy.rowCount(); ++row)
        out.append(keyAt(proxy, row));
    return out;
}

// The keys in the portal's order, each once: what the proxy offers with no filter.
QStringList portalKeys(const fake::FakePortal &portal)
{
    QStringList out;
    for (const QJsonValue &value : portal.sendersOf(1)) {
        const QString key = SenderModel::displayText(Sender::fromJson(value.toObject()));
        if (!out.contains(key))
            out.append(key);
    }
    return out;
}

} // namespace

class TestSenderFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toolTipShowsWhyAndWhereAsPlainText()
    {
        SenderModel senders;
        SenderFilterProxyModel proxy;
        proxy.setSourceModel(&senders);
        const Sender hostile = Sender::fromJson(
            {{QStringLiteral("email"), tooltiptest::hostileName() + QStringLiteral("@x.test")}});
        QVERIFY(senders.seed({hostile}));
        proxy.setPinned({SenderModel::displayText(hostile)});
        const QString expected = tooltiptest::hostileNameShown() +
                                 QStringLiteral("@x.test is a confirmed sender address.\n"
                                                "Pinned to the top of the list.");
        QCOMPARE(tooltiptest::shownText(proxy.index(0, 0).data(Qt::ToolTipRole).toString()),
                 expected);
        QCOMPARE(proxy.index(0, 0).data(SenderModel::ReasonRole).toString(),
                 hostile.email + QStringLiteral(" is a confirmed sender address.\n"
                                                "Pinned to the top of the list."));
    }

    void oneChoicePerKey()
    {
        const auto sender = [](const QString &email, const QString &name, const QString &text) {
            QJsonObject o{{QStringLiteral("email"), email}, {QStringLiteral("name"), name}};
            if (!text.isEmpty())
                o.insert(QStringLiteral("sender"), text);
            return Sender::fromJson(o);
        };
        SenderModel senders;
        SenderFilterProxyModel proxy;
        const auto tester = testerFor(&proxy);
        proxy.setSourceModel(&senders);
        QVERIFY(senders.seed({
            sender(QStringLiteral("a@x.test"), QStringLiteral("A"), {}),
            // Another address whose portal text is the first one's key: the same choice.
            sender(QStringLiteral("b@x.test"), QString(), QStringLiteral("A <a@x.test>")),
            sender(QStringLiteral("a@x.test"), QStringLiteral("A"), QStringLiteral("A <a@x.test>")),
            sender(QStringLiteral("A@X.test"), QStringLiteral("A"), {}), // another spelling
            sender(QStringLiteral("c@x.test"), QString(), {}),
            sender(QStringLiteral("d@x.test"), QStringLiteral("D"), QStringLiteral("c@x.test")),
        }));
        QCOMPARE(keys(proxy),
                 (QStringList{QStringLiteral("A <a@x.test>"), QStringLiteral("A <A@X.test>"),
                              QStringLiteral("c@x.test")}));
        QVERIFY(senders.isFirstOfKey(0));
        QVERIFY(!senders.isFirstOfKey(1));
        QVERIFY(!senders.isFirstOfKey(2));
        QVERIFY(!senders.isFirstOfKey(5));
    }

    void filtersPinsAndRanksEveryRow()
    {
        fake::PortalConfig config;
        config.mailboxes = 150;
        Portal p(config);
        QVERIFY(p.started);

        SenderModel model;
        SenderFilterProxyModel proxy;
        const auto tester = testerFor(&proxy);
        proxy.setSourceModel(&model);
        Client c = p.newClient();
        model.setClient(c.get());
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
        QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));

        // No filter: every key once, in the portal's order.
        const QStringList expected = portalKeys(p.portal);
        QVERIFY(expected.size() > 100);
        QCOMPARE(keys(proxy), expected);

        // Pinned first in the order pinned, then recent (latest first), then the rest.
        const QString pinA = expected.at(40), pinB = expected.at(7), recent = expected.at(90);
        proxy.setPinned({pinA, pinB});
        proxy.setRecent({recent});
        QCOMPARE(keyAt(proxy, 0), pinA);
        QCOMPARE(keyAt(proxy, 1), pinB);
        QCOMPARE(keyAt(proxy, 2), recent);
        QVERIFY(proxy.index(0, 0).data(SenderFilterProxyModel::PinnedRole).toBool());
        QVERIFY(proxy.index(2, 0).data(SenderFilterProxyModel::RecentRole).toBool());
        QCOMPARE(proxy.rowCount(), expected.size());
        QCOMPARE(proxy.rowOfKey(pinB), 1);

        // A filter keeps exactly the keys that contain it (ignoring case), ranks kept.
        // The local part of the recent sender's address ("Name <local@domain>").
        const QString text = recent.section(u'<', -1).section(u'@', 0, 0).toUpper();
        proxy.setFilterText(QStringLiteral("  ") + text + QStringLiteral(" "));
        QCOMPARE(proxy.filterText(), text);
        const QStringList filtered = keys(proxy);
        QVERIFY(!filtered.isEmpty());
        QCOMPARE(filtered.constFirst(), recent);
        for (const QString &key : expected)
            QCOMPARE(filtered.contains(key), key.contains(text, Qt::CaseInsensitive));
        QCOMPARE(proxy.rowOfKey(pinA), pinA.contains(text, Qt::CaseInsensitive) ? 0 : -1);

        // The source starts over (another session) under an active filter, then refills.
        model.setClient(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
        Client again = p.newClient();
        model.setClient(again.get());
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 30000));
        QCOMPARE(keys(proxy), filtered);

        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), expected.size());
        const QStringList all = keys(proxy);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestSenderFilterProxyModel)
#include "tst_senderfilterproxymodel.moc"
