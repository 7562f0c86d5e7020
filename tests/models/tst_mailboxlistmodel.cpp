// MailboxListModel and MailboxFilterProxyModel against the local fake portal, each watched
// by QAbstractItemModelTester from before the first row: the whole list loads in the
// background, the search is local (and asks the portal only for an id not held, or with a
// list too long to hold), refresh changes rows in place, retry resumes.
#include "ModelTestSupport.h"
#include "ShownToolTip.h"
#include "models/MailboxFilterProxyModel.h"
#include "models/MailboxListModel.h"
#include "rest/ClientOptions.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

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

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What the local search for `text` finds among `mailboxes`.
QJsonArray localMatches(const QJsonArray &mailboxes, const QString &text)
{
    QJsonArray out;
    for (const QJsonValue &value : mailboxes) {
        const QJsonObject m = value.toObject();
        if (contains(m, "name", text) || contains(m, "email", text) ||
            contains(m, "senderName", text) ||
            QString::number(m.value(QStringLiteral("id")).toInteger()).contains(text))
            out.append(value);
    }
    return out;
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

    void theWholeListLoadsAfterTheViewsFirstAsk()
    {
        fake::PortalConfig config;
        config.mailboxes = 2500;
        Fixture f(config);
        QVERIFY(f.started);

        MailboxListModel model;
        // Not a view scrolled to the end: nothing asks for more after the first fetchMore().
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
        QSignalSpy counts(&model, &MailboxListModel::rowsLoadedChanged);
        QSignalSpy complete(&model, &MailboxListModel::completeChanged);
        model.fetchMore({}); // what a view does when it first shows the model
        QVERIFY(model.isLoading());
        QVERIFY(model.canFetchMore({})); // the list has more while it loads
        QVERIFY(waitComplete(model));

        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)));
        QCOMPARE(model.rowsLoaded(), 2500);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.fetchedAt().isValid());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(complete.size(), 1);
        // The first rows after one answer (pages 1-2), then a batch of 50 pages (3-52, which
        // ends at the empty page 26); the count grows as the rows are handed out.
        QList<int> seen;
        for (const QList<QVariant> &signal : std::as_const(counts))
            seen << signal.at(0).toInt();
        QVERIFY2(seen.first() > 0 && seen.first() <= 200,
                 qPrintable(QString::number(seen.first())));
        QCOMPARE(seen.last(), 2500);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(f.requests(), 2);
        // Asking again adds nothing.
        model.fetchMore({});
        model.fetchAll();
        QVERIFY(f.roundTrip());
        QCOMPARE(f.requests(), 3); // the round trip only
    }

    void loadToTheEnd_data()
    {
        QTest::addColumn<int>("mailboxes");
        QTest::addColumn<int>("requests");
        // Pages of 100; the first request carries pages 1-2, later ones 8× the pages read so
        // far, up to 50 (3-18, 19-68, 69-118); the list ends at a short or empty page.
        QTest::newRow("none") << 0 << 1;
        QTest::newRow("12") << 12 << 1;
        QTest::newRow("250") << 250 << 2;
        QTest::newRow("1000") << 1000 << 2;
        QTest::newRow("10000") << 10000 << 3;
    }

    void loadToTheEnd()
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
        QVERIFY(!model.isCapped());
        QCOMPARE(model.isEmpty(), mailboxes == 0);
        QCOMPARE(empty.size(), mailboxes == 0 ? 1 : 0);
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

    void toolTipShowsThePortalsNamesAsPlainText()
    {
        MailboxListModel model;
        Mailbox mailbox;
        mailbox.id = 7;
        mailbox.name = tooltiptest::hostileName();
        mailbox.email = QStringLiteral("a@b.test");
        mailbox.senderName = tooltiptest::hostileName();
        QVERIFY(model.seed({mailbox}, QDateTime::currentDateTimeUtc()));
        const QString tip =
            model.index(0, MailboxListModel::NameColumn).data(Qt::ToolTipRole).toString();
        const QString shown = tooltiptest::hostileNameShown();
        QCOMPARE(tooltiptest::shownText(tip), shown + QStringLiteral(" <a@b.test>\nSender name: ") +
                                                  shown + QStringLiteral("\nID: 7"));
    }

    void searchIsLocalOverEveryField()
    {
        fake::PortalConfig config;
        config.mailboxes = 300;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = testerFor(&model, false);
        const auto proxyTester = testerFor(&proxy, false);
        model.setSearchDelay(0);
        model.setClient(f.client());
        model.load();
        QVERIFY(waitComplete(model));
        f.portal.resetStats();
        const QJsonArray all = f.portal.mailboxesOf(1);

        // A sender name, in another case; an address fragment; a name fragment; an id.
        const qint64 someId = idsOf(model).at(123);
        const QStringList texts = {QStringLiteral("dana ROE"), QStringLiteral("@contoso"),
                                   QStringLiteral("billing"), QString::number(someId),
                                   QStringLiteral("  Sales ")};
        for (const QString &text : texts) {
            model.setSearchText(text);
            QCOMPARE(proxy.filterText(), text);
            const QJsonArray expected = localMatches(all, text.trimmed());
            QVERIFY2(!expected.isEmpty(), qPrintable(text));
            QCOMPARE(sorted(idsOf(proxy)), sorted(idsOf(expected)));
            QVERIFY(!model.isEmpty());
            if (text == QString::number(someId))
                QVERIFY(idsOf(proxy).contains(someId));
        }
        QVERIFY(f.roundTrip());
        // Every answer came from the rows held: nothing but the round trip went out.
        QCOMPARE(f.requests(), 1);
        QCOMPARE(model.rowCount(), 300);

        // Nothing matches: empty, and the model says so.
        QSignalSpy empty(&model, &MailboxListModel::emptyChanged);
        model.setSearchText(QStringLiteral("no-such-mailbox"));
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(model.isEmpty());
        QCOMPARE(empty.size(), 1);
        model.setSearchText(QString());
        QVERIFY(!model.isEmpty());
        QCOMPARE(proxy.rowCount(), 300);
    }

    void searchResultsOnlyGrowWhileLoading()
    {
        fake::PortalConfig config;
        config.mailboxes = 3000;
        config.latencyMs = 100;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = testerFor(&model, false);
        const auto proxyTester = testerFor(&proxy, false);
        model.setClient(f.client());
        const QString text = QStringLiteral("Dana Roe"); // a sender name: no server filter
        model.setSearchText(text);

        QList<int> shown;
        bool emptyWhileLoading = false;
        const auto note = [&] {
            shown << proxy.rowCount();
            emptyWhileLoading = emptyWhileLoading || (model.isEmpty() && !model.isComplete());
        };
        connect(&proxy, &QAbstractItemModel::rowsInserted, this, note);
        connect(&proxy, &QAbstractItemModel::rowsRemoved, this, note);
        connect(&proxy, &QAbstractItemModel::modelReset, this, note);
        connect(&model, &MailboxListModel::emptyChanged, this, note);
        model.load();
        QVERIFY(waitComplete(model));

        QVERIFY(shown.size() > 3);
        for (qsizetype i = 1; i < shown.size(); ++i)
            QVERIFY2(shown.at(i) >= shown.at(i - 1), qPrintable(QString::number(i)));
        QVERIFY(!emptyWhileLoading);
        QVERIFY(!model.isEmpty());
        QCOMPARE(sorted(idsOf(proxy)), sorted(idsOf(localMatches(f.portal.mailboxesOf(1), text))));
        QCOMPARE(f.calls(QStringLiteral("mail.mailbox.get")), 0);
    }

    void anIdNotHeldIsAskedFor()
    {
        fake::PortalConfig config;
        config.mailboxes = 6000; // the last one comes with the third answer (pages 53-102)
        config.latencyMs = 150;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = testerFor(&model, false);
        const auto proxyTester = testerFor(&proxy, false);
        model.setSearchDelay(50);
        model.setClient(f.client());
        model.load();
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 200; }, 10000));

        // The last mailbox, typed digit by digit: one get, once the typing stops.
        const QString get = QStringLiteral("mail.mailbox.get");
        const qint64 last = idsOf(f.portal.mailboxesOf(1)).last();
        const QString number = QString::number(last);
        QCOMPARE(model.rowOf(last), -1);
        for (qsizetype n = 1; n <= number.size(); ++n)
            model.setSearchText(number.left(n));
        QVERIFY(QTest::qWaitFor([&] { return idsOf(proxy).contains(last); }, 10000));
        QCOMPARE(f.calls(get), 1);
        // Found before the list got there: it joined the rows, not counted as the list's yet.
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), model.rowsLoaded() + 1);
        QVERIFY(waitComplete(model));
        // The list brought it again: one row, now the list's.
        QVERIFY(noDuplicates(idsOf(model)));
        QCOMPARE(sorted(idsOf(model)), sorted(idsOf(f.portal.mailboxesOf(1))));
        QCOMPARE(model.rowsLoaded(), 6000);
        QVERIFY(idsOf(proxy).contains(last));

        // Another user's mailbox: not found, nothing added, and asked once only.
        const qint64 foreign = idsOf(f.portal.mailboxesOf(2)).first();
        QVERIFY(QString::number(foreign).size() >= 2);
        model.setSearchText(QString::number(foreign));
        QVERIFY(!model.isEmpty()); // the answer is pending
        QVERIFY(QTest::qWaitFor([&] { return f.calls(get) == 2; }, 10000));
        QVERIFY(f.roundTrip()); // the answer has been taken
        QCOMPARE(model.rowCount(), 6000);
        QVERIFY(model.rowOf(foreign) < 0);
        model.setSearchText(QString());
        model.setSearchText(QString::number(foreign));
        QVERIFY(f.roundTrip()); // longer than the search delay, twice
        QVERIFY(f.roundTrip());
        QCOMPARE(f.calls(get), 2);

        // An id held asks nothing.
        model.setSearchText(QString::number(idsOf(model).at(10)));
        model.searchNow();
        QVERIFY(f.roundTrip());
        QCOMPARE(f.calls(get), 2);
    }

    void aListTooLongToHoldSearchesThePortal()
    {
        fake::PortalConfig config;
        config.mailboxes = 500;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = testerFor(&model, true);
        const auto proxyTester = testerFor(&proxy, false);
        model.setSearchDelay(0);
        model.setMaxHeldRows(150);
        model.setClient(f.client());
        QVERIFY(QTest::qWaitFor([&] { return model.isCapped() && !model.isLoading(); }, 10000));
        const QJsonArray all = f.portal.mailboxesOf(1);
        QCOMPARE(model.rowsLoaded(), 150);
        QCOMPARE(idsOf(model), idsOf(all).mid(0, 150));
        QVERIFY(!model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isEmpty());

        // The rows held answer at once, the portal's name and email filter for the rest;
        // merged by id.
        f.portal.resetStats();
        const QString text = QStringLiteral("sales");
        model.setSearchText(text);
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading() && f.listCommands() > 0; }, 10000));
        QCOMPARE(f.requests(), 2); // the name job and the email job, pages 1-2 each
        QList<qint64> expected =
            idsOf(
                localMatches(QJsonArray::fromVariantList(all.toVariantList().mid(0, 150)), text)) +
            idsOf(serverMatches(f.portal, text));
        expected = QSet<qint64>(expected.cbegin(), expected.cend()).values();
        QCOMPARE(sorted(idsOf(proxy)), sorted(expected));
        QVERIFY(noDuplicates(idsOf(model)));
        QVERIFY(model.rowCount() > 150);
        QCOMPARE(model.rowsLoaded(), 150);
        QVERIFY(!model.hasError());

        // Another text: what the portal brought for "sales" and no longer matches goes.
        model.setSearchText(QStringLiteral("zzz-nothing"));
        QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void aBigAnswerIsTakenInOverSeveralTurns()
    {
        // 5,000 rows come in 3 answers (200, 1,600, 3,200 rows): each big one is handed to
        // the model in parts, the event loop coming round between them, and the list is
        // complete only once every row is in. A budget of 0 ms: one small part (MinPart rows)
        // per turn, whatever the machine's speed.
        fake::PortalConfig config;
        config.mailboxes = 5000;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        model.setDeliverBudget(0);
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { ++turns; });
        QSet<int> turnsWithRows;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&] { turnsWithRows.insert(turns); });
        int rowsWhenComplete = -1;
        connect(&model, &MailboxListModel::completeChanged, this, [&] {
            if (model.isComplete() && rowsWhenComplete < 0)
                rowsWhenComplete = model.rowCount();
        });
        ticker.start();
        model.setClient(f.client());
        model.load();
        QVERIFY(waitComplete(model));
        ticker.stop();
        QCOMPARE(rowsWhenComplete, 5000);
        QCOMPARE(proxy.rowCount(), 5000);
        // 1 turn for 200 rows, at least 4 for 1,600 and 7 for 3,200.
        QVERIFY2(turnsWithRows.size() >= 12, qPrintable(QStringLiteral("%1 turns, %2 requests")
                                                            .arg(turnsWithRows.size())
                                                            .arg(f.requests())));
    }

    void bigSortedListNarrowsAndWidensItsSearch()
    {
        // Past BigList: each text rebuilds the proxy from the rows' remembered answers and
        // ranks. Typed letter by letter (each text narrows the last), then a text that does
        // not contain the last one, then erased: the proxy holds the matches in name order.
        fake::PortalConfig config;
        config.mailboxes = 2500;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto proxyTester = testerFor(&proxy, false);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        model.setSearchDelay(0);
        model.setClient(f.client());
        model.load();
        QVERIFY(waitComplete(model));
        QCOMPARE(model.rowCount(), 2500);
        const QJsonArray all = f.portal.mailboxesOf(1);

        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        const auto inOrder = [&](const QJsonArray &rows, const char *field, bool descending) {
            QList<QJsonObject> objects;
            for (const QJsonValue &value : rows)
                objects.append(value.toObject());
            std::sort(objects.begin(), objects.end(), [&](const auto &l, const auto &r) {
                const int byText = collator.compare(l.value(QLatin1String(field)).toString(),
                                                    r.value(QLatin1String(field)).toString());
                const qint64 lid = l.value(QStringLiteral("id")).toInteger();
                const qint64 rid = r.value(QStringLiteral("id")).toInteger();
                const bool less = byText != 0 ? byText < 0 : lid < rid;
                const bool greater = byText != 0 ? byText > 0 : lid > rid;
                return descending ? greater : less;
            });
            QList<qint64> ids;
            for (const QJsonObject &m : objects)
                ids.append(m.value(QStringLiteral("id")).toInteger());
            return ids;
        };

        const QStringList texts = {QStringLiteral("s"),     QStringLiteral("sa"),
                                   QStringLiteral("sal"),   QStringLiteral("sales"),
                                   QStringLiteral("ales"),  QStringLiteral("ale"),
                                   QStringLiteral("Sales"), QString()};
        for (const QString &text : texts) {
            model.setSearchText(text);
            const QJsonArray expected = text.isEmpty() ? all : localMatches(all, text);
            QVERIFY2(!expected.isEmpty(), qPrintable(text));
            QCOMPARE(idsOf(proxy), inOrder(expected, "name", false));
        }

        // Another column, the other way, with a text set: ranked anew for that column.
        model.setSearchText(QStringLiteral("example"));
        proxy.sort(MailboxListModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(idsOf(proxy),
                 inOrder(localMatches(all, QStringLiteral("example")), "email", true));
        model.setSearchText(QStringLiteral("exampl"));
        QCOMPARE(idsOf(proxy), inOrder(localMatches(all, QStringLiteral("exampl")), "email", true));
    }

    void proxySortsEveryRowAsItArrives()
    {
        // 200 rows, then 800 sorted in among them (the tester walks every row on each of the
        // proxy's inserts, so not thousands).
        fake::PortalConfig config;
        config.mailboxes = 1000;
        config.latencyMs = 30;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto modelTester = testerFor(&model, false);
        const auto proxyTester = testerFor(&proxy, false);
        proxy.sort(MailboxListModel::NameColumn, Qt::AscendingOrder);
        model.setClient(f.client());
        model.load();
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 200; }, 10000));
        QVERIFY(!model.isComplete());

        // A row the user picked: it keeps its mailbox while the others arrive.
        const QPersistentModelIndex picked = proxy.index(57, 0);
        const qint64 pickedId = picked.data(MailboxListModel::IdRole).toLongLong();
        QSignalSpy layouts(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy resets(&proxy, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QVERIFY(waitComplete(model));

        QCOMPARE(proxy.rowCount(), 1000);
        QVERIFY(picked.isValid());
        QCOMPARE(picked.data(MailboxListModel::IdRole).toLongLong(), pickedId);
        QVERIFY(picked.row() > 57); // rows were sorted in above it
        QCOMPARE(layouts.size(), 0);
        QCOMPARE(resets.size(), 0);
        QVERIFY(inserted.size() > 1);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString before = proxy.index(row - 1, 0).data().toString();
            const QString after = proxy.index(row, 0).data().toString();
            const int order = QString::localeAwareCompare(before, after);
            QVERIFY2(order <= 0, qPrintable(before + QLatin1String(" > ") + after));
            if (order == 0)
                QVERIFY(proxy.index(row - 1, 0).data(MailboxListModel::IdRole).toLongLong() <
                        proxy.index(row, 0).data(MailboxListModel::IdRole).toLongLong());
        }
        proxy.sort(MailboxListModel::IdColumn, Qt::DescendingOrder);
        QList<qint64> descending = sorted(idsOf(model));
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(idsOf(proxy), descending);
    }

    void aRowAddedAfterTheSortKeysWentIsSortedIn()
    {
        // A complete, sorted list keeps ranks, not collation keys: a row that joins later is
        // placed by the collator among rows ranked before.
        fake::PortalConfig config;
        config.mailboxes = 300;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        MailboxFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const auto proxyTester = testerFor(&proxy, false);
        proxy.sort(MailboxListModel::NameColumn, Qt::DescendingOrder);
        model.setClient(f.client());
        model.load();
        QVERIFY(waitComplete(model));

        // A mailbox the list did not have, found by its id.
        f.portal.config().mailboxes = 340;
        qint64 added = 0;
        for (const qint64 id : idsOf(f.portal.mailboxesOf(1))) {
            if (model.rowOf(id) < 0)
                added = id;
        }
        QVERIFY(added > 0);
        model.setSearchText(QString::number(added));
        model.searchNow();
        QVERIFY(QTest::qWaitFor([&] { return model.rowOf(added) >= 0; }, 10000));
        model.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 301);
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString before = proxy.index(row - 1, 0).data().toString();
            const QString after = proxy.index(row, 0).data().toString();
            const int order = QString::localeAwareCompare(before, after);
            QVERIFY2(order >= 0, qPrintable(before + QLatin1String(" < ") + after));
            if (order == 0)
                QVERIFY(proxy.index(row - 1, 0).data(MailboxListModel::IdRole).toLongLong() >
                        proxy.index(row, 0).data(MailboxListModel::IdRole).toLongLong());
        }
    }

    void refreshChangesRowsInPlace()
    {
        fake::PortalConfig config;
        config.mailboxes = 300;
        Fixture f(config);
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());
        model.load();
        QVERIFY(waitComplete(model));
        const QPersistentModelIndex kept = model.index(5, 0);
        const qint64 keptId = kept.data(MailboxListModel::IdRole).toLongLong();

        // The portal now has more mailboxes (and some of the old ones changed); the answer is
        // slow, so the old rows are seen to stay meanwhile.
        f.portal.config().mailboxes = 340;
        f.portal.config().latencyMs = 200;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QDateTime before = model.fetchedAt();
        model.refresh();
        QVERIFY(model.isRefreshing());
        QVERIFY(model.isLoading());
        QVERIFY(model.isComplete()); // the rows held are still the whole (old) list
        QVERIFY(f.roundTrip());
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(inserted.size() + removed.size(), 0);
        QVERIFY(QTest::qWaitFor([&] { return !model.isRefreshing(); }, 20000));

        QCOMPARE(resets.size(), 0);
        QVERIFY(!model.isLoading());
        QVERIFY(model.isComplete());
        QCOMPARE(model.rowsLoaded(), 340);
        QCOMPARE(sorted(idsOf(model)), sorted(idsOf(f.portal.mailboxesOf(1))));
        QVERIFY(noDuplicates(idsOf(model)));
        for (int row = 0; row < model.rowCount(); ++row) {
            const Mailbox m = model.mailbox(row);
            QVERIFY(model.rowOf(m.id) == row);
        }
        QVERIFY(model.fetchedAt() >= before);
        if (model.rowOf(keptId) >= 0) {
            QVERIFY(kept.isValid());
            QCOMPARE(kept.data(MailboxListModel::IdRole).toLongLong(), keptId);
        }
        // Every row now says what the portal says.
        QJsonArray now = f.portal.mailboxesOf(1);
        for (const QJsonValue &value : now) {
            const Mailbox m = Mailbox::fromJson(value.toObject());
            QCOMPARE(model.mailbox(model.rowOf(m.id)).toJson(), m.toJson());
        }
    }

    void failureKeepsRowsAndRetryResumes()
    {
        fake::PortalConfig config;
        config.mailboxes = 2500;
        config.latencyMs = 50;
        ClientOptions options = fastOptions();
        options.maxRetries = 0;
        Fixture f(config, options);
        QVERIFY(f.started);
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(f.client());
        QSignalSpy error(&model, &MailboxListModel::errorChanged);

        model.load();
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 200; }, 10000));
        f.portal.setFault(fake::Fault::InternalError, 1);
        QVERIFY(error.wait(10000));

        QVERIFY(model.hasError());
        QCOMPARE(model.lastError().category(), Category::Internal);
        QCOMPARE(model.errorMessage(), model.lastError().userMessage());
        const int held = model.rowCount();
        QVERIFY(held >= 200 && held < 2500);
        QCOMPARE(model.rowsLoaded(), held);
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
        QVERIFY(model.isLoading());
        QCOMPARE(error.size(), 2);
        QVERIFY(waitComplete(model));
        QCOMPARE(idsOf(model), idsOf(f.portal.mailboxesOf(1)));
        QCOMPARE(model.rowsLoaded(), 2500);
        // On from the page that failed, the pages held not read again: batches of 50 from
        // the first page not held to the empty page 26 (the last batch asks past it).
        int read = held / 100;
        int expected = 0;
        while (read < 26) {
            expected += 50;
            read += 50;
        }
        QCOMPARE(f.listCommands() - commands, expected);
    }

    void revokedWebhookKeepsRows()
    {
        fake::PortalConfig config;
        config.mailboxes = 2500;
        config.latencyMs = 50;
        Fixture f(config);
        QVERIFY(f.started);
        QString code;
        const auto session = f.connectTo(f.webhookOf(1, &code));
        MailboxListModel model;
        const auto tester = testerFor(&model, false);
        model.setClient(session.get());
        QSignalSpy error(&model, &MailboxListModel::errorChanged);

        model.load();
        QVERIFY(QTest::qWaitFor([&] { return model.rowCount() >= 200; }, 10000));
        f.portal.revokeWebhook(code);
        QVERIFY(error.wait(10000));
        QVERIFY2(model.lastError().isAuthProblem(), qPrintable(model.errorMessage()));
        const int held = model.rowCount();

        // Retrying cannot help here: the error comes back, the rows stay.
        model.retry();
        QVERIFY(!model.hasError());
        QVERIFY(model.isLoading());
        QVERIFY(error.wait(10000));
        QVERIFY(model.lastError().isAuthProblem());
        QCOMPARE(model.rowCount(), held);
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
