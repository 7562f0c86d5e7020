// SenderAddressModel and its filter proxy against the local portal: one row per address
// (duplicates merged, names joined, flags OR-ed), following the pages, the flags and resets;
// the search over names, address and domain; column sorting and the portal's order.
#include "ModelTestSupport.h"
#include "ShownToolTip.h"
#include "models/SenderAddressFilterProxyModel.h"
#include "models/SenderAddressModel.h"
#include "models/SenderModel.h"
#include "rest/Mailbox.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace mb;
using namespace modeltest;

namespace {

bool waitLoaded(const SenderModel &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
}

int rowOf(const QAbstractItemModel &model, const QString &email)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(SenderAddressModel::EmailRole).toString() == email)
            return row;
    }
    return -1;
}

QList<Mailbox> mailboxesOf(const fake::FakePortal &portal)
{
    QList<Mailbox> out;
    for (const QJsonValue &value : portal.mailboxesOf(1))
        out << Mailbox::fromJson(value.toObject());
    return out;
}

} // namespace

class TestSenderAddressModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void oneRowPerAddressAsPagesArrive()
    {
        fake::PortalConfig config;
        config.mailboxes = 250; // several pages
        Portal p(config);
        QVERIFY(p.started);
        SenderModel senders;
        SenderAddressModel model;
        const auto tester = testerFor(&model);
        model.setSourceModel(&senders);
        Client c = p.newClient();
        senders.setClient(c.get());
        QVERIFY(waitLoaded(senders));

        QHash<QString, QStringList> namesOf; // case-folded email -> names in order
        QStringList order;
        for (const QJsonValue &value : p.portal.sendersOf(1)) {
            const QJsonObject o = value.toObject();
            const QString key = o.value(QStringLiteral("email")).toString().toCaseFolded();
            if (!namesOf.contains(key))
                order << key;
            const QString name = o.value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && !namesOf[key].contains(name))
                namesOf[key] << name;
            else
                namesOf[key];
        }
        QVERIFY(order.size() < p.portal.sendersOf(1).size()); // there is a duplicate
        QCOMPARE(model.rowCount(), order.size());
        QCOMPARE(model.columnCount(), 4);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString email =
                model.index(row, SenderAddressModel::EmailColumn).data().toString();
            QCOMPARE(email.toCaseFolded(), order.at(row)); // the portal's order
            QCOMPARE(model.index(row, 0).data(SenderAddressModel::NamesRole).toStringList(),
                     namesOf.value(order.at(row)));
            QCOMPARE(model.index(row, SenderAddressModel::NameColumn).data().toString(),
                     namesOf.value(order.at(row)).join(QStringLiteral("; ")));
        }

        // Nothing told: every address is confirmed, none a mailbox.
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, 0).data(SenderAddressModel::IsConfirmedRole).toBool());
            QVERIFY(!model.index(row, 0).data(SenderAddressModel::IsOwnMailboxRole).toBool());
        }

        // Told which mailboxes there are: the flags change in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QList<Mailbox> mailboxes = mailboxesOf(p.portal);
        senders.addOwnMailboxes(mailboxes);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.rowCount(), order.size());
        const QSet<QString> own = [&] {
            QSet<QString> keys;
            for (const Mailbox &m : mailboxes)
                keys.insert(m.email.toCaseFolded());
            return keys;
        }();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            const QString key = index.data(SenderAddressModel::EmailRole).toString().toCaseFolded();
            QCOMPARE(index.data(SenderAddressModel::IsOwnMailboxRole).toBool(), own.contains(key));
            QCOMPARE(model.index(row, SenderAddressModel::OwnMailboxColumn).data().toString(),
                     own.contains(key) ? QStringLiteral("Yes") : QString());
        }
        // The first mailbox is listed under its own sender name and under "Dana Roe": both a
        // mailbox and confirmed (unless the two names are the same).
        const Mailbox &first = mailboxes.first();
        const int twice = rowOf(model, first.email);
        QVERIFY(twice >= 0);
        QCOMPARE(model.index(twice, 0).data(SenderAddressModel::IsOwnMailboxRole).toBool(), true);
        QCOMPARE(model.index(twice, 0).data(SenderAddressModel::IsConfirmedRole).toBool(),
                 first.senderName != u"Dana Roe");
        // A mailbox listed once, under its own name: a mailbox, not confirmed apart from it.
        const Mailbox &second = mailboxes.at(1);
        const int once = rowOf(model, second.email);
        QVERIFY(once >= 0);
        QCOMPARE(model.index(once, 0).data(SenderAddressModel::NamesRole).toStringList(),
                 QStringList{second.senderName});
        QCOMPARE(model.index(once, 0).data(SenderAddressModel::IsConfirmedRole).toBool(), false);
        // The extra address: confirmed, no mailbox.
        const int extra = rowOf(model, QStringLiteral("me.1@personal.test"));
        QVERIFY(extra >= 0);
        QVERIFY(model.index(extra, 0).data(SenderAddressModel::IsConfirmedRole).toBool());
        QVERIFY(!model.index(extra, 0).data(SenderAddressModel::IsOwnMailboxRole).toBool());

        // Reloaded: the rows go and come back the same.
        senders.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(waitLoaded(senders));
        QCOMPARE(model.rowCount(), order.size());
        QVERIFY(model.index(rowOf(model, first.email), 0)
                    .data(SenderAddressModel::IsOwnMailboxRole)
                    .toBool());
    }

    void toolTipShowsNamesAndAddressAsPlainText()
    {
        SenderModel senders;
        SenderAddressModel model;
        model.setSourceModel(&senders);
        const QString email = tooltiptest::hostileName() + QStringLiteral("@x.test");
        QVERIFY(senders.seed(
            {Sender::fromJson({{QStringLiteral("email"), email},
                               {QStringLiteral("name"), tooltiptest::hostileName()}}),
             Sender::fromJson({{QStringLiteral("email"), email},
                               {QStringLiteral("name"), QStringLiteral("Dana Roe")}})}));
        QCOMPARE(model.rowCount(), 1);
        const QString shown = tooltiptest::hostileNameShown();
        QCOMPARE(tooltiptest::shownText(model.index(0, 0).data(Qt::ToolTipRole).toString()),
                 shown + QStringLiteral("@x.test is confirmed as a sender address.\n") +
                     QStringLiteral("Listed under 2 name(s): ") + shown +
                     QStringLiteral("; Dana Roe"));
    }

    void duplicatesMergedIntoOneAddress()
    {
        const auto sender = [](const QString &email, const QString &name) {
            return Sender::fromJson(
                {{QStringLiteral("email"), email}, {QStringLiteral("name"), name}});
        };
        SenderModel senders;
        SenderAddressModel model;
        const auto tester = testerFor(&model);
        model.setSourceModel(&senders);
        const QList<Sender> rows = {
            sender(QStringLiteral("Sales@Example.test"), QStringLiteral("Sales")),
            sender(QStringLiteral("other@x.test"), QString()),
            sender(QStringLiteral(" sales@example.TEST "), QStringLiteral("Dana Roe ")),
            sender(QStringLiteral("sales@example.test"), QStringLiteral("Sales")),
            sender(QStringLiteral("Élan@x.test"), QStringLiteral("S")),
            sender(QStringLiteral("éLAN@X.test "), QStringLiteral("T")), // not ASCII, folded
        };
        QVERIFY(senders.seed(rows));
        QCOMPARE(model.rowCount(), 3);
        // In the order each address first appears, as first spelled, names each once.
        const SenderAddress sales = model.addressAt(0);
        QCOMPARE(sales.email, QStringLiteral("Sales@Example.test"));
        QCOMPARE(sales.names, (QStringList{QStringLiteral("Sales"), QStringLiteral("Dana Roe")}));
        QCOMPARE(sales.entries.size(), 3);
        QVERIFY(sales.entries.at(1).sameItem(rows.at(2)));
        QCOMPARE(model.index(0, SenderAddressModel::NameColumn).data().toString(),
                 QStringLiteral("Sales; Dana Roe"));
        QCOMPARE(model.index(1, SenderAddressModel::EmailColumn).data().toString(),
                 QStringLiteral("other@x.test"));
        QCOMPARE(model.index(1, 0).data(SenderAddressModel::NamesRole).toStringList(),
                 QStringList());
        QCOMPARE(model.addressAt(2).names, (QStringList{QStringLiteral("S"), QStringLiteral("T")}));

        // A mailbox of the first address: that row's flags change, alone.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Mailbox mailbox;
        mailbox.email = QStringLiteral("SALES@example.test");
        mailbox.senderName = QStringLiteral("Sales");
        senders.addOwnMailboxes({mailbox});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 0);
        QVERIFY(model.addressAt(0).ownMailbox);
        QVERIFY(model.addressAt(0).confirmed); // listed as Dana Roe as well
        QVERIFY(!model.addressAt(1).ownMailbox);
    }

    void seededRowsReplacedInPlace()
    {
        // Rows saved earlier (other addresses than the portal lists now; fewer, then more
        // than it lists) give way to the portal's: the addresses are those of a fresh load.
        Portal p;
        QVERIFY(p.started);
        Client c = p.newClient();
        SenderModel reference;
        SenderAddressModel referenceAddresses;
        referenceAddresses.setSourceModel(&reference);
        reference.setClient(c.get());
        QVERIFY(waitLoaded(reference));
        QVERIFY(referenceAddresses.rowCount() > 3);

        for (const int saved : {3, 200}) {
            SenderModel senders;
            SenderAddressModel model;
            const auto tester = testerFor(&model);
            model.setSourceModel(&senders);
            senders.setClient(c.get());
            QList<Sender> rows;
            for (int i = 0; i < saved; ++i)
                rows << Sender::fromJson(
                    {{QStringLiteral("email"), QStringLiteral("old.%1@gone.test").arg(i % 150)},
                     {QStringLiteral("name"), QStringLiteral("Old %1").arg(i)}});
            QVERIFY(senders.seed(rows));
            QCOMPARE(model.rowCount(), std::min(saved, 150));
            QVERIFY(waitLoaded(senders));
            QVERIFY(!senders.isSeeded());
            QCOMPARE(model.rowCount(), referenceAddresses.rowCount());
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.addressAt(row).email, referenceAddresses.addressAt(row).email);
                QCOMPARE(model.addressAt(row).names, referenceAddresses.addressAt(row).names);
            }
        }
    }

    void searchAndSort()
    {
        Portal p;
        QVERIFY(p.started);
        SenderModel senders;
        SenderAddressModel model;
        model.setSourceModel(&senders);
        SenderAddressFilterProxyModel proxy;
        const auto tester = testerFor(&proxy);
        proxy.setSourceModel(&model);
        Client c = p.newClient();
        senders.setClient(c.get());
        QVERIFY(waitLoaded(senders));
        const int all = model.rowCount();
        QCOMPARE(proxy.rowCount(), all);

        proxy.setSearchText(QStringLiteral("  Personal.TEST ")); // domain, any case, trimmed
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, SenderAddressModel::EmailColumn).data().toString(),
                 QStringLiteral("me.1@personal.test"));
        proxy.setSearchText(QStringLiteral("山田")); // a name
        QVERIFY(proxy.rowCount() >= 1);
        QVERIFY(rowOf(proxy, QStringLiteral("alias.1@example.test")) >= 0);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, SenderAddressModel::NameColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("山田")));
        proxy.setSearchText(QStringLiteral("\u2068Dana Roe\u2069")); // pasted from the picker
        QVERIFY(proxy.rowCount() >= 1);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.index(row, 0)
                        .data(SenderAddressModel::NamesRole)
                        .toStringList()
                        .contains(QStringLiteral("Dana Roe")));
        proxy.setSearchText({});
        QCOMPARE(proxy.rowCount(), all);

        proxy.sort(SenderAddressModel::EmailColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(
                QString::localeAwareCompare(proxy.index(row - 1, SenderAddressModel::EmailColumn)
                                                .data()
                                                .toString()
                                                .toLower(),
                                            proxy.index(row, SenderAddressModel::EmailColumn)
                                                .data()
                                                .toString()
                                                .toLower()) <= 0);
        proxy.sort(-1); // the portal's order again
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.mapToSource(proxy.index(row, 0)).row(), row);
    }
};

QTEST_GUILESS_MAIN(TestSenderAddressModel)
#include "tst_senderaddressmodel.moc"
