// MailboxListModel and MailboxFilterProxyModel against the local fake portal, each watched
// by QAbstractItemModelTester from before the first row.
#include "ModelTestSupport.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"
#include "rest/ClientOptions.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mb;
using modeltest::fastOptions;
using modeltest::testerFor;
using Category = RestError::Category;

namespace {

const QString ListMethod = QStringLiteral("mail.mailbox.list");

// The portal with a client on its webhook, and what these tests count.
struct Fixture : modeltest::Portal
{
    explicit Fixture(fake::PortalConfig config = {},
                     ClientOptions clientOptions = modeltest::fastOptions())
        : Portal(config, clientOptions)
        , session(newClient())
    {}

    modeltest::Client connectTo(const QUrl &webhook) const
    {
        return modeltest::clientFor(webhook, options);
    }

    // The webhook URL of a new webhook of `userId`; its code goes to `code`.
    QUrl webhookOf(int userId, QString *code = nullptr)
    {
        const QString c =
            portal.addWebhook(userId, {QStringLiteral("mail"), QStringLiteral("user")});
        if (code)
            *code = c;
        return portal.baseUrl().resolved(
            QUrl(QStringLiteral("rest/api/%1/%2/").arg(userId).arg(c)));
    }

    RestClient *client() const { return session.get(); }
    int listCommands() const { return portal.stats().perMethod.value(ListMethod); }
    int requests() const { return portal.stats().requests; }

    // One request of another method, waited for: lets the event loop run a whole round trip.
    bool roundTrip()
    {
        std::unique_ptr<RestReply> reply(
            client()->call(QStringLiteral("mail.mailbox.field.list"), {}));
        QSignalSpy spy(reply.get(), &RestReply::finished);
        return reply->isFinished() || spy.wait(10000);
    }

    modeltest::Client session;
};

QList<qint64> idsOf(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(MailboxListModel::IdRole).toLongLong());
    return ids;
}

QList<qint64> idsOf(const QJsonArray &mailboxes)
{
    QList<qint64> ids;
    for (const QJsonValue &value : mailboxes)
        ids.append(value.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

bool contains(const QJsonObject &mailbox, const char *field, const QString &text)
{
    return mailbox.value(QLatin1String(field)).toString().contains(text, Qt::CaseInsensitive);
}

// The portal's mailboxes of user 1 that `predicate` accepts, in the portal's order.
template<typename Predicate>
QJsonArray mailboxesWhere(const fake::FakePortal &portal, Predicate predicate)
{
    QJsonArray out;
    for (const QJsonValue &value : portal.mailboxesOf(1)) {
        if (predicate(value.toObject()))
            out.append(value);
    }
    return out;
}

// What the server search for `text` finds: a part of the name or of the address.
QJsonArray serverMatches(const fake::FakePortal &portal, const QString &text)
{
    return mailboxesWhere(portal, [&](const QJsonObject &m) {
        return contains(m, "name", text) || contains(m, "email", text);
    });
}

bool waitComplete(const MailboxListModel &model, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&] { return model.isComplete() || model.hasError(); }, timeoutMs) &&
           model.isComplete();
}

bool noDuplicates(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend()).size() == ids.size();
}

// Every row the model ever showed, through inserts and resets.
struct Shown
{
    explicit Shown(MailboxListModel *model)
    {
        const auto take = [this, model](int first, int last) {
            for (int row = first; row <= last; ++row)
                mailboxes.append(model->mailbox(row));
        };
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                         [take](const QModelIndex &, int first, int last) { take(first, last); });
        QObject::connect(model, &QAbstractItemModel::modelReset, model,
                         [take, model] { take(0, model->rowCount() - 1); });
    }
    QList<Mailbox> mailboxes;
};

} // namespace

class TestMailboxListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void nothingLoadsBeforeTheViewAsks()
    {
        fake::PortalConfig config;
        config.mailboxes = 250;
        Fixture f(config);
        QVERIFY(f.started);

        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());
        QCoreApplication::processEvents();

        QCOMPARE(f.requests(), 0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isLoading());
        QVERIFY(!model.isComplete());
        QVERIFY(!model.isEmpty());
        QVERIFY(!model.fetchedAt().isValid());

        QSignalSpy loading(&model, &MailboxListModel::loadingChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QVERIFY(model.canFetchMore({})); // the list has more while the request runs
        QVERIFY(inserted.wait(10000));
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 5000));

        // Pages 1 and 2 in one batch: one round trip, and the view asked nothing more.
        QCOMPARE(f.requests(), 1);
        QCOMPARE(f.listCommands(), 2);
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(model.rowsLoaded(), 200);
        QCOMPARE(loading.size(), 2);
        QVERIFY(model.fetchedAt().isValid());
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isComplete());
        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)).mid(0, 200));
    }

    void fetchMoreWhileFetchingAsksNoMore()
    {
        fake::PortalConfig config;
        config.mailboxes = 1000;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());

        model.fetchMore({});
        QVERIFY(
            QTest::qWaitFor([&] { return model.rowCount() == 200 && !model.isLoading(); }, 10000));
        // A view that asks again and again while the request runs gets one fetch, of twice
        // the pages of the first (it went deeper); the calls meanwhile neither add requests
        // nor grow the step.
        model.fetchMore({});
        model.fetchMore({});
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QCOMPARE(f.requests(), 2);
        QCOMPARE(f.listCommands(), 2 + 2 * MailboxListModel::DefaultPagesPerFetch);
        QCOMPARE(model.rowCount(), 600);
        QVERIFY(model.canFetchMore({}));
        // The next step is twice as large again.
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QCOMPARE(f.listCommands(), 2 + 2 * 2 + 2 * 2 * 2);
        QCOMPARE(model.rowCount(), 1000);
    }

    void fetchMoreToTheEnd_data()
    {
        QTest::addColumn<int>("mailboxes");
        QTest::addColumn<int>("requests");
        // Pages of 100; the first request carries pages 1-2, later ones more and more (up to
        // a batch of 10) as the view keeps asking; the list ends at a short or empty page.
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("12") << 12 << 1;
        QTest::newRow("250") << 250 << 2;
        QTest::newRow("1000") << 1000 << 2;
        QTest::newRow("10000") << 10000 << 11;
    }

    void fetchMoreToTheEnd()
    {
        QFETCH(int, mailboxes);
        QFETCH(int, requests);
        fake::PortalConfig config;
        config.mailboxes = mailboxes;
        Fixture f(config);
        QVERIFY(f.started);

        MailboxListModel model;
        // The tester asks for more after every insert, as a view scrolled to the end does.
        const auto tester = testerFor(&model, true);
        QSignalSpy empty(&model, &MailboxListModel::emptyChanged);
        model.setClient(f.client());
        QVERIFY(waitComplete(model));

        QCOMPARE(model.rowCount(), f.portal.mailboxCount(1));
        QCOMPARE(model.rowsLoaded(), mailboxes);
        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)));
        QCOMPARE(f.requests(), requests);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.isEmpty(), mailboxes == 0);
        QCOMPARE(empty.size(), mailboxes == 0 ? 1 : 0);
    }

    void fetchAllLoadsTheRest()
    {
        fake::PortalConfig config;
        config.mailboxes = 1000;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());

        model.fetchAll();
        QVERIFY(waitComplete(model));
        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)));
        // Pages 1-2, then batches of ClientOptions::batchPages (10) up to the empty page 11.
        QCOMPARE(f.requests(), 2);
    }

    void rolesAndHeaders()
    {
        Fixture f;
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, true);
        model.setClient(f.client());
        QVERIFY(waitComplete(model));
        QCOMPARE(model.columnCount(), int(MailboxListModel::ColumnCount));

        QCOMPARE(model.headerData(MailboxListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(MailboxListModel::EmailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Email"));
        QCOMPARE(model.headerData(MailboxListModel::SenderNameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Sender name"));
        QCOMPARE(model.headerData(MailboxListModel::IdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("ID"));

        const QJsonObject first = f.portal.mailboxesOf(1).at(0).toObject();
        const Mailbox expected = Mailbox::fromJson(first);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(MailboxListModel::NameColumn).toString(), expected.name);
        QCOMPARE(cell(MailboxListModel::EmailColumn).toString(), expected.email);
        QCOMPARE(cell(MailboxListModel::SenderNameColumn).toString(), expected.senderName);
        QCOMPARE(cell(MailboxListModel::IdColumn).toLongLong(), expected.id);
        QCOMPARE(cell(0, MailboxListModel::IdRole).toLongLong(), expected.id);
        QCOMPARE(cell(2, MailboxListModel::NameRole).toString(), expected.name);
        QCOMPARE(cell(0, MailboxListModel::EmailRole).toString(), expected.email);
        QCOMPARE(cell(0, MailboxListModel::SenderNameRole).toString(), expected.senderName);
        const Mailbox whole = cell(0, MailboxListModel::MailboxRole).value<Mailbox>();
        QCOMPARE(whole.id, expected.id);
        QCOMPARE(whole.toJson(), first);
        const QString tip = cell(MailboxListModel::NameColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(expected.email) && tip.contains(expected.name), qPrintable(tip));
        QCOMPARE(model.mailbox(0).email, expected.email);
        QCOMPARE(model.mailbox(model.rowCount()).id, 0);

        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(MailboxListModel::MailboxRole), QByteArray("mailbox"));
        QCOMPARE(roles.value(MailboxListModel::IdRole), QByteArray("mailboxId"));
        QCOMPARE(roles.value(MailboxListModel::EmailRole), QByteArray("email"));
        QCOMPARE(roles.value(MailboxListModel::NameRole), QByteArray("name"));
        QCOMPARE(roles.value(MailboxListModel::SenderNameRole), QByteArray("senderName"));
        QCOMPARE(roles.value(Qt::DisplayRole), QByteArray("display"));
    }

    void searchMergesNameAndEmailJobs()
    {
        fake::PortalConfig config;
        config.mailboxes = 60;
        Fixture f(config);
        QVERIFY(f.started);

        // "2" is in some names (the " 2" and " №2" qualifiers) and in many addresses (the id
        // in the local part): mailboxes found by the name only, by the address only, by both.
        const QString text = QStringLiteral("2");
        const QJsonArray byName = mailboxesWhere(
            f.portal, [&](const QJsonObject &m) { return contains(m, "name", text); });
        const QJsonArray byEmailOnly = mailboxesWhere(f.portal, [&](const QJsonObject &m) {
            return contains(m, "email", text) && !contains(m, "name", text);
        });
        const QJsonArray byBoth = mailboxesWhere(f.portal, [&](const QJsonObject &m) {
            return contains(m, "email", text) && contains(m, "name", text);
        });
        QVERIFY(byName.size() > byBoth.size()); // some by the name only
        QVERIFY(!byEmailOnly.isEmpty());
        QVERIFY(!byBoth.isEmpty());

        MailboxListModel model;
        const auto tester = testerFor(&model, true);
        model.setClient(f.client()); // the tester asks for the first page at once
        QVERIFY(waitComplete(model));
        f.portal.resetStats();

        QSignalSpy search(&model, &MailboxListModel::searchTextChanged);
        model.setSearchText(text);
        QCOMPARE(search.size(), 1);
        model.searchNow();
        QVERIFY(waitComplete(model));

        // Two jobs, one batch each (pages 1-2 under 100 rows: the end).
        QCOMPARE(f.requests(), 2);
        QCOMPARE(f.listCommands(), 4);
        // Each mailbox once; the name job's rows first, then what only the address found.
        const QList<qint64> ids = idsOf(model);
        QVERIFY(noDuplicates(ids));
        QCOMPARE(ids, idsOf(byName) + idsOf(byEmailOnly));
        QCOMPARE(model.rowsLoaded(), byName.size() + byEmailOnly.size());
        QVERIFY(!model.isEmpty());
        QVERIFY(!model.hasError());

        // refresh() keeps the text and the rows until the new ones arrive.
        f.portal.resetStats();
        model.refresh();
        QCOMPARE(model.rowCount(), ids.size());
        QVERIFY(model.isLoading());
        QVERIFY(!model.isComplete());
        QVERIFY(waitComplete(model));
        QCOMPARE(idsOf(model), ids);
        QCOMPARE(model.searchText(), text);
        QCOMPARE(f.requests(), 2);

        // Back to everything: one job.
        f.portal.resetStats();
        model.setSearchText(QString());
        model.searchNow();
        QVERIFY(waitComplete(model));
        QCOMPARE(f.requests(), 1);
        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)));
    }

    void searchFindingNothingIsEmpty()
    {
        Fixture f;
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, true);
        model.setClient(f.client());
        QVERIFY(waitComplete(model));
        QVERIFY(!model.isEmpty());

        QSignalSpy empty(&model, &MailboxListModel::emptyChanged);
        model.setSearchText(QStringLiteral("no-such-mailbox"));
        model.searchNow();
        QVERIFY(waitComplete(model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isEmpty());
        QCOMPARE(empty.size(), 1);
        QVERIFY(!model.hasError());
    }

    void typingStartsOneSearch()
    {
        Fixture f;
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, true);
        QCOMPARE(model.searchDelay(), MailboxListModel::DefaultSearchDelayMs);
        model.setClient(f.client());
        QVERIFY(waitComplete(model));

        // Keystrokes with whole round trips between them; the delay outlasts the test, so no
        // search may start until searchNow().
        model.setSearchDelay(600000);
        f.portal.resetStats();
        const QString word = QStringLiteral("sales");
        for (qsizetype n = 1; n <= word.size(); ++n) {
            model.setSearchText(word.left(n));
            QVERIFY(f.roundTrip());
        }
        QCOMPARE(f.listCommands(), 0);
        QCOMPARE(model.rowCount(), f.portal.mailboxCount(1)); // the old list stays meanwhile
        model.searchNow();
        QVERIFY(waitComplete(model));
        QCOMPARE(f.listCommands(), 4); // one search: two jobs, pages 1-2 each
        QCOMPARE(idsOf(model), idsOf(serverMatches(f.portal, word)));

        // With a short delay, keystrokes in a row start one search once the timer fires.
        model.setSearchDelay(1);
        f.portal.resetStats();
        const QString other = QStringLiteral("support");
        const QList<qint64> expected = idsOf(serverMatches(f.portal, other));
        QVERIFY(!expected.isEmpty());
        for (qsizetype n = 1; n <= other.size(); ++n)
            model.setSearchText(other.left(n));
        QVERIFY(
            QTest::qWaitFor([&] { return model.isComplete() && idsOf(model) == expected; }, 10000));
        QCOMPARE(f.listCommands(), 4);
        QCOMPARE(f.requests(), 2);

        // Typing back to the text being searched for starts nothing.
        model.setSearchText(other + QLatin1Char('x'));
        model.setSearchText(other + QLatin1Char(' '));
        QVERIFY(f.roundTrip());
        QVERIFY(f.roundTrip());
        QCOMPARE(f.listCommands(), 4);
        QVERIFY(model.isComplete());
    }

    void supersededSearchIsAborted()
    {
        fake::PortalConfig config;
        config.latencyMs = 300;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, true);
        model.setSearchDelay(0);
        model.setClient(f.client());
        Shown shown(&model);
        QSignalSpy error(&model, &MailboxListModel::errorChanged);

        model.setSearchText(QStringLiteral("sales"));
        // The search for "sales" is on the wire when the text changes.
        QVERIFY(QTest::qWaitFor([&] { return f.requests() >= 1; }, 5000));
        QVERIFY(model.isLoading());
        const QString text = QStringLiteral("support");
        model.setSearchText(text);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model.isComplete() && idsOf(model) == idsOf(serverMatches(f.portal, text));
            },
            20000));
        // The first job of "sales" was on the wire, its second never went out; then two jobs
        // of "support", pages 1-2 each.
        QCOMPARE(f.listCommands(), 2 + 4);
        // Long enough for the portal's answer to the aborted request to be due.
        QVERIFY(f.roundTrip());

        QVERIFY(!shown.mailboxes.isEmpty());
        for (const Mailbox &m : std::as_const(shown.mailboxes)) {
            QVERIFY2(m.name.contains(text, Qt::CaseInsensitive) ||
                         m.email.contains(text, Qt::CaseInsensitive),
                     qPrintable(m.name + QLatin1Char(' ') + m.email));
        }
        QCOMPARE(idsOf(model), idsOf(serverMatches(f.portal, text)));
        QCOMPARE(error.size(), 0);
        QVERIFY(!model.hasError());
    }

    void proxyFiltersAndSorts()
    {
        fake::PortalConfig config;
        config.mailboxes = 40;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = testerFor(&model, false);
        const auto proxyTester = testerFor(&proxy, false);
        model.setSearchDelay(600000);
        model.setClient(f.client());
        model.fetchAll();
        QVERIFY(waitComplete(model));
        QCOMPARE(proxy.rowCount(), 40);

        const auto localMatches = [&](const QString &text) {
            return mailboxesWhere(f.portal, [&](const QJsonObject &m) {
                return contains(m, "name", text) || contains(m, "email", text) ||
                       contains(m, "senderName", text) ||
                       QString::number(m.value(QStringLiteral("id")).toInteger()).contains(text);
            });
        };
        const auto sortedIds = [](QList<qint64> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };

        // Case-insensitive, over name, address and sender name ("ACME Sales").
        proxy.setFilterText(QStringLiteral("SALES"));
        QCOMPARE(sortedIds(idsOf(proxy)), sortedIds(idsOf(localMatches(QStringLiteral("sales")))));
        QVERIFY(proxy.rowCount() < 40);
        QVERIFY(!localMatches(QStringLiteral("acme sales")).isEmpty());
        proxy.setFilterText(QStringLiteral("  acme sales "));
        QCOMPARE(sortedIds(idsOf(proxy)),
                 sortedIds(idsOf(localMatches(QStringLiteral("acme sales")))));

        // By id.
        const qint64 someId = idsOf(model).at(7);
        proxy.setFilterText(QString::number(someId));
        QVERIFY(idsOf(proxy).contains(someId));
        QCOMPARE(sortedIds(idsOf(proxy)), sortedIds(idsOf(localMatches(QString::number(someId)))));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 40);

        // Sorting: ids by number, names in the locale's order, ties by id.
        proxy.sort(MailboxListModel::IdColumn, Qt::DescendingOrder);
        QList<qint64> descending = sortedIds(idsOf(model));
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(idsOf(proxy), descending);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString before = proxy.index(row - 1, 0).data().toString();
            const QString after = proxy.index(row, 0).data().toString();
            const int order = QString::localeAwareCompare(before, after);
            QVERIFY2(order <= 0, qPrintable(before + QLatin1String(" > ") + after));
            if (order == 0) {
                QVERIFY(proxy.index(row - 1, 0).data(MailboxListModel::IdRole).toLongLong() <
                        proxy.index(row, 0).data(MailboxListModel::IdRole).toLongLong());
            }
        }

        // The proxy follows the model's search text at once, while the model waits for the
        // next keystroke and then asks the server.
        f.portal.resetStats();
        const QString text = QStringLiteral("support");
        model.setSearchText(text);
        QCOMPARE(proxy.filterText(), text);
        QCOMPARE(model.rowCount(), 40);
        QCOMPARE(sortedIds(idsOf(proxy)), sortedIds(idsOf(localMatches(text))));
        QCOMPARE(f.requests(), 0);
        model.searchNow();
        QVERIFY(model.isLoading());
        QCOMPARE(sortedIds(idsOf(proxy)), sortedIds(idsOf(localMatches(text))));
        QVERIFY(waitComplete(model));
        QCOMPARE(sortedIds(idsOf(model)), sortedIds(idsOf(serverMatches(f.portal, text))));
        QCOMPARE(sortedIds(idsOf(proxy)), sortedIds(idsOf(model)));
    }

    void failureKeepsRowsAndRetryContinues()
    {
        fake::PortalConfig config;
        config.mailboxes = 250;
        ClientOptions options = fastOptions();
        options.maxRetries = 0;
        Fixture f(config, options);
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());
        QSignalSpy error(&model, &MailboxListModel::errorChanged);

        model.fetchMore({});
        QVERIFY(
            QTest::qWaitFor([&] { return model.rowCount() == 200 && !model.isLoading(); }, 10000));
        f.portal.setFault(fake::Fault::InternalError, 1);
        model.fetchMore({});
        QVERIFY(error.wait(10000));

        QVERIFY(model.hasError());
        QCOMPARE(model.lastError().category(), Category::Internal);
        QVERIFY(!model.errorMessage().isEmpty());
        QCOMPARE(model.errorMessage(), model.lastError().userMessage());
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.isComplete());
        QVERIFY(!model.isEmpty());
        QVERIFY(!model.canFetchMore({}));
        const int requests = f.requests();
        model.fetchMore({});
        model.fetchAll();
        QVERIFY(f.roundTrip());
        QCOMPARE(f.requests(), requests + 1); // the round trip only

        const int commands = f.listCommands();
        model.retry();
        QVERIFY(!model.hasError());
        QCOMPARE(error.size(), 2);
        QVERIFY(waitComplete(model));
        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)));
        QCOMPARE(model.rowsLoaded(), 250);
        // The job went on from the page that failed, in one batch of the step it had grown
        // to (pages 3-6); pages 1 and 2 were not read again.
        QCOMPARE(f.listCommands() - commands, 4);
    }

    void revokedWebhookKeepsRows()
    {
        fake::PortalConfig config;
        config.mailboxes = 250;
        Fixture f(config);
        QVERIFY(f.started);
        QString code;
        const auto session = f.connectTo(f.webhookOf(1, &code));
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(session.get());
        QSignalSpy error(&model, &MailboxListModel::errorChanged);

        model.fetchMore({});
        QVERIFY(
            QTest::qWaitFor([&] { return model.rowCount() == 200 && !model.isLoading(); }, 10000));
        f.portal.revokeWebhook(code);
        model.fetchMore({});
        QVERIFY(error.wait(10000));
        QVERIFY2(model.lastError().isAuthProblem(), qPrintable(model.errorMessage()));
        QCOMPARE(model.rowCount(), 200);

        // Retrying cannot help here: the error comes back, the rows stay.
        model.retry();
        QVERIFY(!model.hasError());
        QVERIFY(model.isLoading());
        QVERIFY(error.wait(10000));
        QVERIFY(model.lastError().isAuthProblem());
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(!model.canFetchMore({}));
    }

    void switchingClientResets()
    {
        fake::PortalConfig config;
        config.latencyMs = 200;
        Fixture f(config);
        QVERIFY(f.started);
        const auto other = f.connectTo(f.webhookOf(2)); // user 2: the foreign mailboxes
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());
        Shown shown(&model);

        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return f.requests() >= 1; }, 5000));
        QVERIFY(model.isLoading());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy loading(&model, &MailboxListModel::loadingChanged);
        model.setClient(other.get());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.client(), other.get());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isLoading());
        QCOMPARE(loading.size(), 1);
        QVERIFY(model.canFetchMore({}));

        model.fetchMore({});
        QVERIFY(waitComplete(model));
        const QList<qint64> foreign = idsOf(f.portal.mailboxesOf(2));
        QCOMPARE(idsOf(model), foreign);
        QVERIFY(f.roundTrip()); // the aborted answer for user 1 was due by now
        QCOMPARE(shown.mailboxes.size(), foreign.size());

        // No client: an empty model that asks for nothing.
        model.setClient(nullptr);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isComplete());
        QVERIFY(!model.isEmpty());

        // A client that goes away empties the model too.
        auto gone = f.connectTo(f.portal.webhookUrl());
        model.setClient(gone.get());
        model.fetchMore({});
        QVERIFY(waitComplete(model));
        QCOMPARE(model.rowCount(), f.portal.mailboxCount(1));
        gone.client.reset();
        QCOMPARE(model.client(), nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestMailboxListModel)
#include "tst_mailboxlistmodel.moc"
