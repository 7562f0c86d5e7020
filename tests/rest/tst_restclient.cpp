// RestClient, the list jobs and MailApi end to end against the local fake portal.
#include "FakePortal.h"
#include "ManualClock.h"
#include "rest/AccessTokenCredential.h"
#include "rest/Exchange.h"
#include "rest/MailApi.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <memory>

using namespace mb;
using Category = RestError::Category;

namespace {

// Runs the event loop until the reply finishes; returns it for inspection.
std::unique_ptr<RestReply> wait(RestReply *reply, int timeoutMs = 15000)
{
    std::unique_ptr<RestReply> owned(reply);
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &RestReply::finished);
        if (!spy.wait(timeoutMs))
            qWarning("reply to %s did not finish", qPrintable(reply->method()));
    }
    return owned;
}

// Every row of a list job, as the portal sent them.
struct Rows
{
    QJsonArray rows;
    int pages = 0; // deliveries
};

template<typename Job, typename Row>
std::shared_ptr<Rows> collect(Job *job, void (Job::*arrived)(const QList<Row> &))
{
    auto rows = std::make_shared<Rows>();
    QObject::connect(job, arrived, job, [rows](const QList<Row> &list) {
        for (const Row &row : list)
            rows->rows.append(row.toJson());
        ++rows->pages;
    });
    return rows;
}

// The same from the untyped signal, as b24mail takes them.
std::shared_ptr<Rows> collectRaw(ListJob *job)
{
    auto rows = std::make_shared<Rows>();
    QObject::connect(job, &ListJob::rowsArrived, job, [rows](const QJsonArray &page) {
        for (const QJsonValue &row : page)
            rows->rows.append(row);
        ++rows->pages;
    });
    return rows;
}

std::shared_ptr<Rows> collect(MailboxListJob *job)
{
    return collect(job, &MailboxListJob::mailboxesArrived);
}

std::shared_ptr<Rows> collect(SenderListJob *job)
{
    return collect(job, &SenderListJob::sendersArrived);
}

// Runs what the event loop holds now (posted events, due timers) without waiting.
void drainEvents()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
}

// Fetches to the end; false when the job did not finish in time.
bool fetchAll(ListJob *job, int timeoutMs = 60000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ListJob::finished);
    job->fetchAll();
    return job->isFinished() || spy.wait(timeoutMs);
}

// A portal plus a client signed in with the portal's webhook. A client keeps its
// credential for life: use() makes a new client.
struct Fixture
{
    explicit Fixture(fake::PortalConfig config = {}, ClientOptions clientOptions = fastOptions())
        : portal(config)
        , options(clientOptions)
    {
        QString error;
        started = portal.start(0, &error);
        if (!started)
            qWarning("portal did not start: %s", qPrintable(error));
        NetworkSettings settings;
        if (config.https)
            settings.extraCaCertificates = QSslCertificate::fromData(fake::FakePortal::caPem());
        network.setSettings(settings);
        nam.reset(network.create(nullptr));
        useWebhook(portal.webhookUrl());
    }

    static ClientOptions fastOptions()
    {
        ClientOptions o;
        o.retryBaseDelayMs = 20;
        o.timeoutMs = 10000;
        return o;
    }

    void useWebhook(const QUrl &url)
    {
        const auto parts = WebhookCredential::parse(url);
        use(std::make_unique<WebhookCredential>(*parts));
    }

    void useToken(const QString &token)
    {
        use(std::make_unique<AccessTokenCredential>(portal.baseUrl(), token));
    }

    void use(std::unique_ptr<Credential> next)
    {
        client.reset();
        credential = std::move(next);
        client = std::make_unique<RestClient>(credential.get(), nam.get(), nullptr);
        client->setOptions(options);
        api = MailApi(client.get());
    }

    // field.list as a plain call: the method every client test uses for one request.
    RestReply *fieldList(const QStringList &select = {})
    {
        QJsonObject params;
        if (!select.isEmpty())
            params.insert(QStringLiteral("select"), QJsonArray::fromStringList(select));
        return client->call(QStringLiteral("mail.mailbox.field.list"), params);
    }

    AccessTokenCredential *token() const
    {
        return qobject_cast<AccessTokenCredential *>(credential.get());
    }

    fake::FakePortal portal;
    bool started = false;
    ClientOptions options;
    NetworkAccessFactory network;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<Credential> credential;
    std::unique_ptr<RestClient> client;
    MailApi api{nullptr};
};

QJsonObject item(const RestReply &reply)
{
    return reply.result().toObject().value(QStringLiteral("item")).toObject();
}

// A call on the wire (the portal answers after its latency) and one queued behind it.
std::pair<std::unique_ptr<RestReply>, std::unique_ptr<RestReply>> oneOnTheWireOneQueued(Fixture &f)
{
    std::unique_ptr<RestReply> running(f.fieldList());
    std::unique_ptr<RestReply> queued(f.api.getMailbox(1));
    if (!QTest::qWaitFor([&] { return f.portal.stats().requests == 1; }, 5000))
        return {};
    return {std::move(running), std::move(queued)};
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void everyMethod_data()
    {
        QTest::addColumn<bool>("https");
        QTest::newRow("http") << false;
        QTest::newRow("https") << true;
    }

    void everyMethod()
    {
        QFETCH(bool, https);
        fake::PortalConfig config;
        config.https = https;
        Fixture f(config);
        QVERIFY(f.started);

        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(list.get());
        QVERIFY(fetchAll(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        const auto mailboxes = Mailbox::listFromJson(listed->rows);
        QCOMPARE(mailboxes.size(), f.portal.mailboxCount(1));

        const Mailbox first = mailboxes.first();
        auto get = wait(f.api.getMailbox(first.id));
        QVERIFY2(get->ok(), qPrintable(get->error().userMessage()));
        QCOMPARE(Mailbox::fromJson(item(*get)).email, first.email);
        QVERIFY(!get->time().isEmpty());
        QVERIFY(get->time().operating.has_value());

        auto selected =
            wait(f.api.getMailbox(first.id, {QStringLiteral("id"), QStringLiteral("email")}));
        QVERIFY(selected->ok());
        QCOMPARE(item(*selected).keys(),
                 (QStringList{QStringLiteral("email"), QStringLiteral("id")}));

        auto senders = std::unique_ptr<SenderListJob>(f.api.listSenders());
        auto sent = collect(senders.get());
        QVERIFY(fetchAll(senders.get()));
        QVERIFY(!senders->error().isError());
        QCOMPARE(sent->rows, f.portal.sendersOf(1));

        auto fields = std::unique_ptr<FieldListJob>(f.api.listFields());
        QList<FieldDescriptor> descriptors;
        connect(fields.get(), &FieldListJob::fieldsArrived, this,
                [&](const QList<FieldDescriptor> &rows) { descriptors += rows; });
        QVERIFY(fetchAll(fields.get()));
        QVERIFY(!fields->error().isError());
        QCOMPARE(fields->requestsMade(), 1);
        QCOMPARE(descriptors.size(), 4);
        QCOMPARE(descriptors.first().name, QStringLiteral("id"));
        QCOMPARE(descriptors.first().type.value(), QStringLiteral("int"));
        for (const FieldDescriptor &d : descriptors)
            QCOMPARE(d.fields.size(), FieldDescriptor::attributeNames().size());

        auto field = wait(f.api.getField(QStringLiteral("senderName"),
                                         {QStringLiteral("name"), QStringLiteral("type")}));
        QVERIFY(field->ok());
        const FieldDescriptor senderName = FieldDescriptor::fromJson(item(*field));
        QCOMPARE(senderName.type.value(), QStringLiteral("string"));
        QVERIFY(!senderName.title.has_value());
    }

    void filters()
    {
        Fixture f;
        const Mailbox sample = Mailbox::fromJson(f.portal.mailboxesOf(1).at(3).toObject());
        const QString fragment = sample.email.section(QLatin1Char('@'), 0, 0).right(4).toUpper();
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes({{}, fragment}));
        auto listed = collect(list.get());
        QVERIFY(fetchAll(list.get()));
        QVERIFY(!list->error().isError());
        QVERIFY(!listed->rows.isEmpty());
        for (const auto &m : Mailbox::listFromJson(listed->rows))
            QVERIFY(m.email.contains(fragment, Qt::CaseInsensitive));

        auto none = std::unique_ptr<MailboxListJob>(
            f.api.listMailboxes({QStringLiteral("no-such-mailbox-name"), {}}));
        auto nothing = collect(none.get());
        QVERIFY(fetchAll(none.get()));
        QVERIFY(!none->error().isError());
        QVERIFY(nothing->rows.isEmpty());
        QCOMPARE(nothing->pages, 0);
    }

    void documentedErrors()
    {
        Fixture f;
        auto unknown = wait(f.api.getMailbox(987654));
        QCOMPARE(unknown->error().category(), Category::NotFound);
        QCOMPARE(unknown->error().code(),
                 QStringLiteral("BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION"));
        QCOMPARE(unknown->httpStatus(), 400);
        QVERIFY(unknown->error().serverMessage().contains(QStringLiteral("987654")));

        auto missingId = wait(f.client->call(QStringLiteral("mail.mailbox.get")));
        QCOMPARE(missingId->error().category(), Category::Validation);
        QCOMPARE(missingId->error().validation().value(0).field, QStringLiteral("id"));

        auto unknownField = wait(f.api.getField(QStringLiteral("color")));
        QCOMPARE(unknownField->error().category(), Category::NotFound);
        QCOMPARE(unknownField->error().code(),
                 QStringLiteral("BITRIX_REST_V3_REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION"));

        auto missingName = wait(f.client->call(QStringLiteral("mail.mailbox.field.get")));
        QCOMPARE(missingName->error().category(), Category::Validation);

        auto badSelect = wait(f.fieldList({QStringLiteral("foo")}));
        QCOMPARE(badSelect->error().category(), Category::UnknownField);
        QCOMPARE(badSelect->error().code(),
                 QStringLiteral("BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION"));

        auto nonArraySelect =
            wait(f.client->call(QStringLiteral("mail.mailbox.field.list"),
                                {{QStringLiteral("select"), QStringLiteral("name")}}));
        QCOMPARE(nonArraySelect->error().category(), Category::UnknownField);
        QCOMPARE(nonArraySelect->error().code(),
                 QStringLiteral("BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION"));

        for (const QJsonValue &limit : {QJsonValue(0), QJsonValue(QStringLiteral("abc"))}) {
            auto badPage = wait(f.client->call(
                QStringLiteral("mail.mailbox.list"),
                {{QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), limit}}}}));
            QCOMPARE(badPage->error().category(), Category::Pagination);
        }

        auto noMethod = wait(f.client->call(QStringLiteral("mail.mailbox.nosuch")));
        QCOMPARE(noMethod->error().category(), Category::MethodNotFound);
    }

    void foreignMailbox_data()
    {
        QTest::addColumn<bool>("denied");
        QTest::newRow("not found") << false;
        QTest::newRow("access denied") << true;
    }

    void foreignMailbox()
    {
        QFETCH(bool, denied);
        fake::PortalConfig config;
        config.foreignMailboxDenied = denied;
        Fixture f(config);
        const qint64 foreignId =
            f.portal.mailboxesOf(2).first().toObject().value(QStringLiteral("id")).toInteger();
        auto reply = wait(f.api.getMailbox(foreignId));
        QCOMPARE(reply->error().category(), denied ? Category::AccessDenied : Category::NotFound);
        QCOMPARE(reply->httpStatus(), denied ? 403 : 400);
    }

    void authenticationAndScope()
    {
        Fixture f;
        QUrl bad = f.portal.baseUrl();
        bad.setPath(QStringLiteral("/rest/api/1/wrongcode1234/"));
        f.useWebhook(bad);
        auto wrong = wait(f.fieldList());
        QCOMPARE(wrong->error().category(), Category::Authentication);
        QCOMPARE(wrong->httpStatus(), 401);
        QCOMPARE(wrong->error().code().toUpper(), QStringLiteral("NO_AUTH_FOUND"));

        const QString noMail = f.portal.addWebhook(1, {QStringLiteral("user")});
        QUrl scoped = f.portal.baseUrl();
        scoped.setPath(QStringLiteral("/rest/api/1/%1/").arg(noMail));
        f.useWebhook(scoped);
        for (const QString &method : MailApi::methods()) {
            auto reply =
                wait(f.client->call(method, {{QStringLiteral("id"), 1},
                                             {QStringLiteral("name"), QStringLiteral("id")}}));
            QCOMPARE(reply->error().category(), Category::InsufficientScope);
            QVERIFY(reply->error().isPermissionProblem());
        }

        const QString code = f.portal.addWebhook(1, {QStringLiteral("mail")});
        QUrl revoked = f.portal.baseUrl();
        revoked.setPath(QStringLiteral("/rest/api/1/%1/").arg(code));
        f.useWebhook(revoked);
        QVERIFY(wait(f.fieldList())->ok());
        f.portal.revokeWebhook(code);
        QCOMPARE(wait(f.fieldList())->error().category(), Category::Authentication);
    }

    void accessToken()
    {
        Fixture f;
        const QString token = f.portal.issueAccessToken(1, {QStringLiteral("mail")}, 3600);
        f.use(std::make_unique<AccessTokenCredential>(
            f.portal.baseUrl().resolved(QUrl(QStringLiteral("rest/"))), token));
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(list.get());
        QVERIFY(fetchAll(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(listed->rows.size(), f.portal.mailboxCount(1));

        f.portal.expireAllAccessTokens();
        auto expired = wait(f.fieldList());
        QCOMPARE(expired->error().category(), Category::TokenExpired);
        QVERIFY(expired->error().isAuthProblem());
        QCOMPARE(expired->httpStatus(), 401);
        // Without a refresh token there is no replay: one request only.
        QCOMPARE(expired->attempts(), 1);
    }

    void errorShapesAndLanguage_data()
    {
        QTest::addColumn<bool>("nested");
        QTest::addColumn<QString>("language");
        QTest::newRow("flat en") << false << QStringLiteral("en");
        QTest::newRow("nested en") << true << QStringLiteral("en");
        QTest::newRow("flat ru") << false << QStringLiteral("ru");
        QTest::newRow("nested ru") << true << QStringLiteral("ru");
    }

    void errorShapesAndLanguage()
    {
        QFETCH(bool, nested);
        QFETCH(QString, language);
        fake::PortalConfig config;
        config.nestedSystemErrors = nested;
        config.language = language;
        Fixture f(config);
        auto notFound = wait(f.api.getMailbox(987654));
        QCOMPARE(notFound->error().category(), Category::NotFound);
        QUrl bad = f.portal.baseUrl();
        bad.setPath(QStringLiteral("/rest/api/1/wrongcode1234/"));
        f.useWebhook(bad);
        QCOMPARE(wait(f.fieldList())->error().category(), Category::Authentication);
    }

    void pagination_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("batchedRequests");
        // Batched: pages 1–2 first, then 50 at a time: 10,000 rows (100 pages and the empty
        // page 101) take pages 1–2, 3–52 and 53–102; 5,000 end inside pages 3–52.
        const QList<std::pair<int, int>> counts = {{0, 1},   {1, 1},    {25, 1},   {100, 1},
                                                   {101, 1}, {5000, 2}, {10000, 3}};
        for (const auto &[n, requests] : counts) {
            QTest::addRow("%d batched", n) << n << true << requests;
            QTest::addRow("%d single", n) << n << false << 0;
        }
    }

    void theNextBatchGoesOutBeforeTheRowsAreHandedOut()
    {
        // While an answer's pages are all full, the next batch is on its way before that
        // answer's rows are delivered; the answer that ends the list sends nothing ahead.
        fake::PortalConfig config;
        config.mailboxes = 10000;
        config.rateLimit = false;
        config.operatingLimit = false;
        ClientOptions options = Fixture::fastOptions();
        options.rateLimitEnabled = false;
        Fixture f(config, options);
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        QMap<qsizetype, int> requestsWhenDelivered; // page -> requests made by then
        qsizetype rows = 0;
        connect(list.get(), &MailboxListJob::mailboxesArrived, this,
                [&](const QList<Mailbox> &arrived) {
                    requestsWhenDelivered.insert(rows / 100 + 1, list->requestsMade());
                    QVERIFY(list->isFetching()); // until the last row of the answer is out
                    rows += arrived.size();
                });
        QVERIFY(fetchAll(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(rows, 10000);
        QCOMPARE(list->requestsMade(), 3);
        QCOMPARE(f.portal.stats().requests, 3);
        // Pages 1-2 (sent ahead: 3-52), 3-52 (sent ahead: 53-102), 53-102 (the end).
        QCOMPARE(requestsWhenDelivered.size(), 100);
        QCOMPARE(requestsWhenDelivered.value(1), 2);
        QCOMPARE(requestsWhenDelivered.value(2), 2);
        QCOMPARE(requestsWhenDelivered.value(3), 3);
        QCOMPARE(requestsWhenDelivered.value(52), 3);
        QCOMPARE(requestsWhenDelivered.value(53), 3);
        QCOMPARE(requestsWhenDelivered.value(100), 3);
    }

    void pagination()
    {
        QFETCH(int, count);
        QFETCH(bool, batch);
        QFETCH(int, batchedRequests);
        fake::PortalConfig config;
        config.mailboxes = count;
        config.rateLimit = false;
        config.operatingLimit = false;
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = batch;
        options.rateLimitEnabled = false;
        Fixture f(config, options);
        QCOMPARE(f.portal.mailboxCount(1), count);

        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(list.get());
        QVERIFY(fetchAll(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(listed->rows.size(), count);
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        QCOMPARE(list->rowsDelivered(), qint64(count));
        QSet<qint64> ids;
        for (const QJsonValue &v : std::as_const(listed->rows))
            ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), count);

        // Pages of 100, the end shown by a short or empty page. Single: a short first page
        // costs one more request to tell the end from a cap.
        const int pages = count / 100 + 1;
        const int expected = batch ? batchedRequests : (count == 0 ? 1 : (count < 100 ? 2 : pages));
        QCOMPARE(list->requestsMade(), expected);
        QCOMPARE(f.portal.stats().requests, expected);
    }

    void stopsEarly()
    {
        fake::PortalConfig config;
        config.mailboxes = 1000;
        Fixture f(config);
        auto capped = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto cappedRows = collect(capped.get());
        capped->setMaxRows(250);
        QVERIFY(fetchAll(capped.get()));
        QVERIFY(!capped->error().isError());
        QCOMPARE(cappedRows->rows.size(), 250);
        QCOMPARE(cappedRows->rows.first(), f.portal.mailboxesOf(1).first());

        auto small = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto smallRows = collect(small.get());
        small->setMaxRows(7);
        QVERIFY(fetchAll(small.get()));
        QCOMPARE(smallRows->rows.size(), 7);
        QCOMPARE(small->requestsMade(), 1);

        f.portal.config().latencyMs = 300;
        auto stopped = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto stoppedRows = collect(stopped.get());
        QSignalSpy finished(stopped.get(), &ListJob::finished);
        stopped->fetchAll();
        QVERIFY(stopped->isFetching());
        stopped->abort();
        QCOMPARE(finished.size(), 0); // from the event loop, not inside abort()
        QVERIFY(finished.wait(5000));
        QCOMPARE(stopped->error().category(), Category::Aborted);
        QVERIFY(stoppedRows->rows.isEmpty());
        QVERIFY(!stopped->canFetchMore());
    }

    void abort()
    {
        fake::PortalConfig config;
        config.latencyMs = 2000;
        Fixture f(config);
        RestReply *running = f.fieldList();
        RestReply *queued = f.api.getMailbox(1);
        QSignalSpy runningDone(running, &RestReply::finished);
        QSignalSpy queuedDone(queued, &RestReply::finished);
        QTimer::singleShot(100, running, &RestReply::abort);
        QTimer::singleShot(100, queued, &RestReply::abort);
        QVERIFY(runningDone.wait(3000));
        QTRY_COMPARE(queuedDone.size(), 1);
        QCOMPARE(running->error().category(), Category::Aborted);
        QCOMPARE(queued->error().category(), Category::Aborted);
        // The queued call never reached the portal.
        QCOMPARE(f.portal.stats().perMethod.value(QStringLiteral("mail.mailbox.get")), 0);
        delete running;
        delete queued;

        // A caller may simply drop an unfinished reply.
        const int requestsBefore = f.portal.stats().requests;
        RestReply *dropped = f.fieldList();
        QTRY_VERIFY(f.portal.stats().requests > requestsBefore); // on the wire
        delete dropped;
        QTRY_COMPARE(f.client->pendingCount(), 0);
        f.portal.config().latencyMs = 0;
        QVERIFY(wait(f.fieldList())->ok());
    }

    void faults_data()
    {
        QTest::addColumn<fake::Fault>("fault");
        QTest::addColumn<Category>("category");
        QTest::newRow("html 502") << fake::Fault::HtmlBadGateway << Category::HttpStatus;
        QTest::newRow("malformed json") << fake::Fault::MalformedJson << Category::Protocol;
        QTest::newRow("oversized") << fake::Fault::OversizedBody << Category::Protocol;
        QTest::newRow("reset mid-body") << fake::Fault::ResetMidBody << Category::Network;
        QTest::newRow("slow drip") << fake::Fault::SlowDrip << Category::Timeout;
        QTest::newRow("500") << fake::Fault::InternalError << Category::Internal;
        QTest::newRow("empty") << fake::Fault::EmptyBody << Category::Protocol;
    }

    void faults()
    {
        QFETCH(fake::Fault, fault);
        QFETCH(Category, category);
        ClientOptions options = Fixture::fastOptions();
        options.maxRetries = 0;
        options.maxBodyBytes = 1024 * 1024;
        options.timeoutMs = 1000;
        Fixture f({}, options);
        f.portal.setFault(fault, 1);
        auto reply = wait(f.fieldList());
        QCOMPARE(reply->error().category(), category);
        QVERIFY(!reply->error().userMessage().isEmpty());
        // Nothing is lost: the next call works.
        auto next = wait(f.fieldList());
        QVERIFY2(next->ok(), qPrintable(next->error().userMessage()));
    }

    void transientFailuresAreRetried_data()
    {
        QTest::addColumn<fake::Fault>("fault");
        QTest::newRow("html 502") << fake::Fault::HtmlBadGateway;
        QTest::newRow("reset") << fake::Fault::ResetMidBody;
        QTest::newRow("500") << fake::Fault::InternalError;
    }

    void transientFailuresAreRetried()
    {
        QFETCH(fake::Fault, fault);
        Fixture f;
        f.portal.setFault(fault, 2);
        auto reply = wait(f.fieldList());
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->attempts(), 3);
    }

    void overloadIsNotRetried()
    {
        fake::PortalConfig config;
        config.overload = true;
        Fixture f(config);
        auto reply = wait(f.fieldList());
        QCOMPARE(reply->error().category(), Category::Overloaded);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(f.portal.stats().requests, 1);
    }

    void timeoutAndRefused()
    {
        fake::PortalConfig config;
        config.latencyMs = 1500;
        ClientOptions options = Fixture::fastOptions();
        options.timeoutMs = 300;
        Fixture f(config, options);
        auto slow = wait(f.fieldList());
        QCOMPARE(slow->error().category(), Category::Timeout);

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        f.options.maxRetries = 0;
        f.useWebhook(
            QUrl(QStringLiteral("http://127.0.0.1:%1/rest/api/1/abcdefgh/").arg(closedPort)));
        auto refused = wait(f.fieldList());
        QCOMPARE(refused->error().category(), Category::Network);
    }

    void tlsIsNeverIgnored()
    {
        fake::PortalConfig config;
        config.https = true;
        Fixture f(config);
        ClientOptions once = Fixture::fastOptions();
        once.maxRetries = 0;
        f.client->setOptions(once);
        f.network.setSettings({}); // the portal's CA is not trusted now
        auto reply = wait(f.fieldList());
        QCOMPARE(reply->error().category(), Category::Tls);
        QCOMPARE(f.portal.stats().perMethod.value(QStringLiteral("mail.mailbox.field.list")), 0);
    }

    void burstStaysUnderTheRateLimit()
    {
        fake::PortalConfig config;
        config.rateBurst = 20;
        config.rateDrainPerSec = 200;
        config.operatingLimit = false;
        ClientOptions options = Fixture::fastOptions();
        options.rateBurst = 20;
        options.rateDrainPerSec = 200;
        Fixture f(config, options);
        std::vector<std::unique_ptr<RestReply>> replies;
        for (int i = 0; i < 500; ++i)
            replies.emplace_back(f.fieldList({QStringLiteral("name")}));
        for (auto &r : replies) {
            if (!r->isFinished()) {
                QSignalSpy spy(r.get(), &RestReply::finished);
                QVERIFY(spy.wait(30000));
            }
            QVERIFY2(r->ok(), qPrintable(r->error().userMessage()));
        }
        QCOMPARE(f.portal.stats().rateLimited, 0);
        QCOMPARE(f.portal.stats().requests, 500);
        QCOMPARE(f.portal.stats().maxInFlight, 1); // one request stream per portal
    }

    void rateLimitBackoff()
    {
        fake::PortalConfig config;
        config.rateBurst = 5;
        config.rateDrainPerSec = 20;
        config.operatingLimit = false;
        ClientOptions options = Fixture::fastOptions();
        options.rateLimitEnabled = false; // let the portal refuse, and watch the client cope
        options.rateDrainPerSec = 20;
        options.maxRetries = 6;
        Fixture f(config, options);
        QSignalSpy backingOff(f.client.get(), &RestClient::backingOff);
        std::vector<std::unique_ptr<RestReply>> replies;
        for (int i = 0; i < 20; ++i)
            replies.emplace_back(f.fieldList());
        for (auto &r : replies) {
            if (!r->isFinished()) {
                QSignalSpy spy(r.get(), &RestReply::finished);
                QVERIFY(spy.wait(30000));
            }
            QVERIFY2(r->ok(), qPrintable(r->error().userMessage()));
        }
        QVERIFY(f.portal.stats().rateLimited > 0);
        // Every refusal was answered with a pause of the whole stream, never a blind resend.
        QCOMPARE(backingOff.size(), f.portal.stats().rateLimited);
        for (const QList<QVariant> &args : std::as_const(backingOff)) {
            QCOMPARE(args.at(2).value<RestError>().category(), Category::RateLimited);
            // (1000/drain + 1000) ms scaled by the 20 ms base: 21 ms, ±10 %, growing ×1.5.
            QVERIFY2(args.at(1).toLongLong() >= 18, qPrintable(args.at(1).toString()));
        }
    }

    void operatingTimeLimitPausesOneMethod()
    {
        fake::PortalConfig config;
        config.operatingLimitSecs = 0.05;
        config.operatingCostSecs = 0.02;
        Fixture f(config);
        RestError limit;
        int calls = 0;
        while (calls < 10) {
            auto r = wait(f.fieldList());
            ++calls;
            if (!r->ok()) {
                limit = r->error();
                QCOMPARE(r->httpStatus(), 429);
                break;
            }
        }
        QCOMPARE(limit.category(), Category::OperationTimeLimit);
        QVERIFY(limit.retryAfterSecs() > 0);
        QVERIFY(f.client->pausedForSecs(QStringLiteral("mail.mailbox.field.list")) > 0);

        // The paused method fails at once, without a request; the others go on.
        const int before = f.portal.stats().requests;
        auto paused = wait(f.fieldList());
        QCOMPARE(paused->error().category(), Category::OperationTimeLimit);
        QCOMPARE(f.portal.stats().requests, before);
        auto other = wait(f.api.getField(QStringLiteral("id")));
        QVERIFY2(other->ok(), qPrintable(other->error().userMessage()));
    }

    void operatingTimeLimitInsideABatchPausesTheMethod()
    {
        // A batch command over its method's budget stands in its slot as the 429 error: the
        // method is paused as after a plain 429, and a list says until when.
        fake::PortalConfig config;
        config.operatingLimitSecs = 0.05;
        config.operatingCostSecs = 0.02;
        Fixture f(config);
        const QString method = QStringLiteral("mail.mailbox.list");
        const auto page = [](int number) {
            return QJsonObject{
                {QStringLiteral("pagination"),
                 QJsonObject{{QStringLiteral("page"), number}, {QStringLiteral("limit"), 100}}}};
        };
        const QList<BatchCall> calls{{method, page(1)}, {method, page(2)}};
        auto first = wait(f.client->batch(calls)); // 0.04 s of the 0.05 s budget
        QVERIFY2(first->ok(), qPrintable(first->error().userMessage()));
        QCOMPARE(f.client->pausedForSecs(method), 0);
        auto second = wait(f.client->batch(calls)); // the first command runs, not the second
        QVERIFY2(second->ok(), qPrintable(second->error().userMessage()));
        const QJsonArray answers = second->result().toArray();
        QCOMPARE(answers.size(), 2);
        const auto refused = RestError::fromBody(200, answers.at(1).toObject());
        QVERIFY(refused);
        QCOMPARE(refused->category(), Category::OperationTimeLimit);

        const qint64 pause = f.client->pausedForSecs(method);
        QVERIFY(pause >= RestClient::MinPauseSecs && pause <= RestClient::MaxPauseSecs);
        QVERIFY(f.client->pausedUntil(method) > QDateTime::currentDateTimeUtc());
        // A plain call of the method fails at once, without a request.
        const int before = f.portal.stats().requests;
        auto plain = wait(f.client->call(method, page(1)));
        QCOMPARE(plain->error().category(), Category::OperationTimeLimit);
        QCOMPARE(f.portal.stats().requests, before);

        // A list whose batch is refused command by command says when the method is back.
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        QVERIFY(fetchAll(list.get()));
        QCOMPARE(list->error().category(), Category::OperationTimeLimit);
        QCOMPARE(list->error().pausedMethod(), method);
        QVERIFY(list->error().retryAt().isValid());
        QVERIFY(list->error().retryAfterSecs() > 0);
    }

    void operatingPauseEndsOnTheClock()
    {
        fake::PortalConfig config;
        config.operatingLimitSecs = 0.05;
        config.operatingCostSecs = 0.02;
        Fixture f(config);
        testsupport::ManualClock clock;
        f.client->setClock(&clock);
        RestError limit;
        for (int calls = 0; calls < 10 && !limit.isError(); ++calls)
            limit = wait(f.fieldList())->error();
        QCOMPARE(limit.category(), Category::OperationTimeLimit);
        const qint64 pause = f.client->pausedForSecs(QStringLiteral("mail.mailbox.field.list"));
        QVERIFY(pause > 0);
        QCOMPARE(pause, limit.retryAfterSecs());

        clock.advance(pause * 1000 - 1);
        QCOMPARE(f.client->pausedForSecs(QStringLiteral("mail.mailbox.field.list")), 1);
        const int before = f.portal.stats().requests;
        QCOMPARE(wait(f.fieldList())->error().category(), Category::OperationTimeLimit);
        QCOMPARE(f.portal.stats().requests, before);

        clock.advance(1);
        f.portal.resetLimits(); // the portal's budget has moved on as well
        QCOMPARE(f.client->pausedForSecs(QStringLiteral("mail.mailbox.field.list")), 0);
        auto again = wait(f.fieldList());
        QVERIFY2(again->ok(), qPrintable(again->error().userMessage()));
        QCOMPARE(f.portal.stats().requests, before + 1);
    }

    // --- Hostile limit answers (issue 13): the pause is measured on the portal's clock,
    // clamped, and never computed from an unchecked number. ---

    // Runs field.list until the portal pauses it; the error that said so.
    static RestError untilPaused(Fixture &f)
    {
        RestError limit;
        for (int calls = 0; calls < 10 && !limit.isError(); ++calls)
            limit = wait(f.fieldList())->error();
        return limit;
    }

    void operatingPauseOnThePortalClock_data()
    {
        QTest::addColumn<bool>("timeOnErrors");
        QTest::addColumn<bool>("dateHeader");
        QTest::newRow("time on the 429") << true << false;
        QTest::newRow("time of the last success") << false << false;
        QTest::newRow("Date header") << false << true;
    }

    void operatingPauseOnThePortalClock()
    {
        QFETCH(bool, timeOnErrors);
        QFETCH(bool, dateHeader);
        fake::PortalConfig config;
        config.operatingLimitSecs = 0.05;
        config.operatingCostSecs = 0.02;
        config.timeOnErrors = timeOnErrors;
        config.dateHeader = dateHeader;
        Fixture f(config);
        // The portal's clock runs a day ahead of ours: its reset time is 10 minutes after
        // the first call on its clock, not a day and 10 minutes on ours.
        f.portal.advanceClock(24 * 3600);
        const RestError limit = untilPaused(f);
        QCOMPARE(limit.category(), Category::OperationTimeLimit);
        QVERIFY2(limit.retryAfterSecs() >= 590 && limit.retryAfterSecs() <= 600,
                 qPrintable(QString::number(limit.retryAfterSecs())));
        QCOMPARE(f.client->pausedForSecs(QStringLiteral("mail.mailbox.field.list")),
                 limit.retryAfterSecs());
        QCOMPARE(limit.pausedMethod(), QStringLiteral("mail.mailbox.field.list"));
        const qint64 until = QDateTime::currentDateTimeUtc().secsTo(limit.retryAt());
        QVERIFY2(until >= 585 && until <= 600, qPrintable(QString::number(until)));
    }

    void hostileResetTimesAreClamped_data()
    {
        QTest::addColumn<QJsonValue>("resetAt");
        QTest::addColumn<qint64>("pause");
        const qint64 fallback = RestClient::DefaultPauseSecs;
        QTest::newRow("1e300") << QJsonValue(1e300) << fallback;
        QTest::newRow("-1e300") << QJsonValue(-1e300) << fallback;
        QTest::newRow("9e18") << QJsonValue(9e18) << fallback;
        QTest::newRow("\"nan\"") << QJsonValue(QStringLiteral("nan")) << fallback;
        QTest::newRow("\"inf\"") << QJsonValue(QStringLiteral("inf")) << fallback;
        QTest::newRow("\"-inf\"") << QJsonValue(QStringLiteral("-inf")) << fallback;
        QTest::newRow("\"1e999\"") << QJsonValue(QStringLiteral("1e999")) << fallback;
        QTest::newRow("negative") << QJsonValue(-5) << fallback;
        QTest::newRow("text") << QJsonValue(QStringLiteral("soon")) << fallback;
        // A valid but far-off time (year 2096): the longest pause, not 70 years.
        QTest::newRow("4e9") << QJsonValue(4e9) << RestClient::MaxPauseSecs;
    }

    void hostileResetTimesAreClamped()
    {
        QFETCH(QJsonValue, resetAt);
        QFETCH(qint64, pause);
        fake::PortalConfig config;
        config.operatingLimitSecs = 0.05;
        config.operatingCostSecs = 0.02;
        config.timeOnErrors = true;
        config.operatingResetAt = resetAt; // in every answer's time, successes included
        Fixture f(config);
        const RestError limit = untilPaused(f);
        QCOMPARE(limit.category(), Category::OperationTimeLimit);
        QCOMPARE(limit.retryAfterSecs(), pause);
        QCOMPARE(f.client->pausedForSecs(QStringLiteral("mail.mailbox.field.list")), pause);
        QVERIFY(limit.retryAt().isValid());
        // The other methods keep working.
        auto other = wait(f.api.getField(QStringLiteral("id")));
        QVERIFY2(other->ok(), qPrintable(other->error().userMessage()));
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<qint64>("least");
        QTest::addColumn<qint64>("most");
        QTest::newRow("seconds") << QByteArray("7") << qint64(7) << qint64(7);
        QTest::newRow("clamped up") << QByteArray("0") << qint64(1) << qint64(1);
        QTest::newRow("clamped down") << QByteArray("100000") << qint64(600) << qint64(600);
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        QTest::newRow("HTTP-date") << date << qint64(28) << qint64(31);
        // Unreadable: operating_reset_at decides (10 minutes after the first call).
        QTest::newRow("garbage") << QByteArray("-3 weeks") << qint64(590) << qint64(600);
        QTest::newRow("huge") << QByteArray("99999999999999999999") << qint64(590) << qint64(600);
    }

    void retryAfterIsHonoured()
    {
        QFETCH(QByteArray, retryAfter);
        QFETCH(qint64, least);
        QFETCH(qint64, most);
        fake::PortalConfig config;
        config.operatingLimitSecs = 0.05;
        config.operatingCostSecs = 0.02;
        config.timeOnErrors = true;
        config.retryAfter = retryAfter;
        Fixture f(config);
        const RestError limit = untilPaused(f);
        QCOMPARE(limit.category(), Category::OperationTimeLimit);
        QVERIFY2(limit.retryAfterSecs() >= least && limit.retryAfterSecs() <= most,
                 qPrintable(QString::number(limit.retryAfterSecs())));
    }

    void rateLimitHonoursRetryAfter()
    {
        fake::PortalConfig config;
        config.rateBurst = 1;
        config.rateDrainPerSec = 5;
        config.retryAfter = "1";
        ClientOptions options = Fixture::fastOptions();
        options.rateLimitEnabled = false; // let the portal refuse
        options.maxRetries = 1;
        Fixture f(config, options);
        QSignalSpy backingOff(f.client.get(), &RestClient::backingOff);
        auto first = f.fieldList();
        auto second = f.fieldList();
        QVERIFY(wait(first)->ok());
        auto last = wait(second);
        QVERIFY2(last->ok(), qPrintable(last->error().userMessage()));
        QCOMPARE(backingOff.size(), 1);
        QCOMPARE(backingOff.at(0).at(2).value<RestError>().category(), Category::RateLimited);
        QVERIFY2(backingOff.at(0).at(1).toLongLong() >= 1000,
                 qPrintable(backingOff.at(0).at(1).toString()));
    }

    void followsARenamedPortal()
    {
        Fixture target;
        fake::PortalConfig movedConfig;
        movedConfig.movedTo = target.portal.baseUrl().toString();
        Fixture old(movedConfig);
        const QString code = target.portal.addWebhook(1, {QStringLiteral("mail")});
        QUrl url = old.portal.baseUrl();
        url.setPath(QStringLiteral("/rest/api/1/%1/").arg(code));
        old.useWebhook(url);

        QSignalSpy relocated(old.client.get(), &RestClient::relocated);
        QSignalSpy changed(old.credential.get(), &Credential::changed);
        auto reply = wait(old.api.getMailbox(target.portal.mailboxesOf(1)
                                                 .first()
                                                 .toObject()
                                                 .value(QStringLiteral("id"))
                                                 .toInteger()));
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        QCOMPARE(relocated.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(relocated.first().first().toUrl(), target.portal.baseUrl());
        QCOMPARE(old.credential->portalUrl(), target.portal.baseUrl());
        // The POST was re-sent as a POST, with its body: get needs its id.
        QCOMPARE(target.portal.stats().perMethod.value(QStringLiteral("mail.mailbox.get")), 1);
        // From now on the new address is used directly.
        QVERIFY(wait(old.fieldList())->ok());
        QCOMPARE(relocated.size(), 1);
    }

    // The same portal under its other loopback name: another registrable domain.
    static QUrl byName(const QUrl &portal)
    {
        QUrl url = portal;
        url.setHost(QStringLiteral("localhost"));
        return url;
    }

    void moveToAnotherDomainWaitsForConsent()
    {
        Fixture target;
        fake::PortalConfig movedConfig;
        const QUrl newPortal = byName(target.portal.baseUrl());
        movedConfig.movedTo = newPortal.toString();
        Fixture old(movedConfig);
        const QString code = target.portal.addWebhook(1, {QStringLiteral("mail")});
        QUrl url = old.portal.baseUrl();
        url.setPath(QStringLiteral("/rest/api/1/%1/").arg(code));
        old.useWebhook(url);
        QSignalSpy relocated(old.client.get(), &RestClient::relocated);
        QSignalSpy changed(old.credential.get(), &Credential::changed);

        auto refused = wait(old.fieldList());
        QCOMPARE(refused->error().category(), Category::PortalMoved);
        QCOMPARE(refused->error().movedFrom(), old.portal.baseUrl());
        QCOMPARE(refused->error().movedTo(), newPortal);
        QCOMPARE(target.portal.stats().requests, 0); // the credential went nowhere
        QCOMPARE(changed.size(), 0);
        QCOMPARE(old.credential->portalUrl(), old.portal.baseUrl());
        // Both ends are named, without the secret.
        const QString message = refused->error().userMessage();
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(old.portal.port())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("localhost:%1").arg(target.portal.port())),
                 qPrintable(message));
        QVERIFY2(!message.contains(code), qPrintable(message));

        // Another target is still refused after the user agreed to this one.
        old.client->allowMoveTo(QUrl(QStringLiteral("http://localhost:1/")));
        QCOMPARE(wait(old.fieldList())->error().category(), Category::PortalMoved);
        QCOMPARE(target.portal.stats().requests, 0);

        old.client->allowMoveTo(refused->error().movedTo());
        auto followed = wait(old.fieldList());
        QVERIFY2(followed->ok(), qPrintable(followed->error().userMessage()));
        QCOMPARE(relocated.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(old.credential->portalUrl(), newPortal);
        QCOMPARE(target.portal.stats().requests, 1);
    }

    void movePolicyAllowFollowsAnotherDomain()
    {
        Fixture target;
        fake::PortalConfig movedConfig;
        movedConfig.movedTo = byName(target.portal.baseUrl()).toString();
        ClientOptions options = Fixture::fastOptions();
        options.movePolicy = ClientOptions::MovePolicy::Allow;
        Fixture old(movedConfig, options);
        const QString token = target.portal.issueAccessToken(1, {QStringLiteral("mail")}, 3600);
        old.useToken(token);
        QSignalSpy relocated(old.client.get(), &RestClient::relocated);
        auto reply = wait(old.fieldList());
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        QCOMPARE(relocated.size(), 1);
        QCOMPARE(old.credential->portalUrl(), byName(target.portal.baseUrl()));
    }

    void redirectNeverDowngrades()
    {
        Fixture plain;
        fake::PortalConfig movedConfig;
        movedConfig.https = true;
        movedConfig.movedTo = plain.portal.baseUrl().toString();
        Fixture secure(movedConfig);
        auto reply = wait(secure.fieldList());
        QCOMPARE(reply->error().category(), Category::Protocol);
        QCOMPARE(plain.portal.stats().requests, 0);
    }

    void refusesInsecurePortals()
    {
        Fixture f;
        WebhookCredential::Parts parts{QUrl(QStringLiteral("http://portal.example/")),
                                       QStringLiteral("1"), QStringLiteral("abcdefgh")};
        f.use(std::make_unique<WebhookCredential>(parts));
        auto reply = wait(f.api.getMailbox(1));
        QCOMPARE(reply->error().category(), Category::Protocol);
        QCOMPARE(reply->attempts(), 0);
    }

    void exchangesAreReportedRedacted()
    {
        fake::PortalConfig config;
        config.mailboxes = 150;
        config.acceptBearer = false; // the token rides in the query of the batch
        Fixture f(config);
        const QString token = f.portal.issueAccessToken(1, {QStringLiteral("mail")}, 3600);
        f.useToken(token);
        QList<Exchange> exchanges;
        connect(f.client.get(), &RestClient::exchangeFinished, this,
                [&](const Exchange &e) { exchanges << e; });
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes({QStringLiteral("a"), {}}));
        QVERIFY(fetchAll(job.get()));
        QVERIFY(!job->error().isError());
        // Bearer refused, then ?auth=: both exchanges are reported.
        QCOMPARE(exchanges.size(), 2);
        const Exchange &refused = exchanges.first();
        QCOMPARE(refused.method, QStringLiteral("batch"));
        QCOMPARE(refused.httpStatus, 401);
        QCOMPARE(refused.error.category(), Category::Authentication);
        const Exchange &ok = exchanges.last();
        QCOMPARE(ok.httpStatus, 200);
        QVERIFY(!ok.error.isError());
        QVERIFY(ok.url.contains(QStringLiteral("auth=")));
        QVERIFY(ok.requestBody.contains(QStringLiteral("\"name\":\"a\"")));
        QVERIFY(ok.responseBody.contains(QStringLiteral("\"items\"")));
        QVERIFY(ok.time.operatingResetAt.has_value());
        QVERIFY(ok.startedAt.isValid());
        QCOMPARE(ok.attempt, 2);
        for (const Exchange &e : std::as_const(exchanges)) {
            for (const QString &text : {e.url, e.requestBody, e.responseBody})
                QVERIFY2(!text.contains(token), qPrintable(text.left(200)));
        }

        // A single call carries the token in its body: masked there too.
        exchanges.clear();
        QVERIFY(wait(f.fieldList())->ok());
        QCOMPARE(exchanges.size(), 1);
        QVERIFY(exchanges.first().requestBody.contains(QStringLiteral("\"auth\"")));
        QVERIFY(!exchanges.first().requestBody.contains(token));
    }

    void secretsNeverLeak()
    {
        static QStringList captured;
        captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { captured << m; });
        SecretRedactor::installMessageFilter();

        Fixture f;
        const QString code = WebhookCredential::parse(f.portal.webhookUrl())->code;
        const QString token = f.portal.issueAccessToken(1, {QStringLiteral("mail")}, 3600);
        // Secrets become known to the redactor when a credential holds them.
        AccessTokenCredential tokenCredential(f.portal.baseUrl(), token);
        QStringList texts;
        connect(f.client.get(), &RestClient::exchangeFinished, this, [&](const Exchange &e) {
            texts << e.method << e.url << e.error.userMessage() << e.requestBody << e.responseBody;
            qDebug() << "exchange" << e.url << e.error.userMessage()
                     << f.credential->methodUrl(e.method);
        });
        f.portal.setFault(fake::Fault::MalformedJson, 1);
        texts << wait(f.fieldList())->error().userMessage();
        texts << wait(f.api.getMailbox(987654))->error().userMessage();
        qWarning() << "webhook" << f.portal.webhookUrl() << "token" << token;
        qDebug() << f.credential.get() << wait(f.api.getMailbox(987654))->error();

        qInfo() << tokenCredential.methodUrl(QStringLiteral("x")) << &tokenCredential;

        qInstallMessageHandler(previous);
        texts += captured;
        QVERIFY(captured.size() >= 4);
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(code));
        QVERIFY(!all.contains(token));
        QVERIFY(all.contains(SecretRedactor::mask()));
    }

    void pageCaps_data()
    {
        QTest::addColumn<bool>("cut");
        QTest::addColumn<bool>("batch");
        QTest::newRow("clamped, batched") << false << true;
        QTest::newRow("clamped, single") << false << false;
        QTest::newRow("cut, batched") << true << true;
        QTest::newRow("cut, single") << true << false;
    }

    void pageCaps()
    {
        QFETCH(bool, cut);
        QFETCH(bool, batch);
        fake::PortalConfig config;
        config.mailboxes = 250;
        config.pageCap = 50;
        config.pageCapCutsAfterOffset = cut;
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = batch;
        Fixture f(config, options);

        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QVERIFY(fetchAll(job.get()));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
        // Every row exactly once, in the portal's order.
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        QCOMPARE(job->pageSize(), 50);
        // Batched: pages 1–2 of 100 show the cap (page 2 is not empty), then pages 2–6 of 50
        // ride in one batch. Single: page 1, then pages 2–6 of 50 (the sixth is empty).
        QCOMPARE(job->requestsMade(), batch ? 2 : 6);
    }

    void shortListsEndWithoutAnExtraRequest()
    {
        fake::PortalConfig config;
        config.mailboxes = 30;
        config.pageCap = 50; // a cap the list never reaches looks like no cap at all
        Fixture f(config);
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QVERIFY(fetchAll(job.get()));
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        QCOMPARE(job->requestsMade(), 1); // page 2 rode along and came back empty
        QCOMPARE(f.portal.stats().batchCalls, 1);
    }

    void loopsEndInAProtocolError_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("requests");
        QTest::newRow("ignores page, batched") << QStringLiteral("ignore") << true << 1;
        QTest::newRow("ignores page, single") << QStringLiteral("ignore") << false << 2;
        QTest::newRow("repeats page 2, batched") << QStringLiteral("repeat") << true << 2;
        QTest::newRow("repeats page 2, single") << QStringLiteral("repeat") << false << 3;
        QTest::newRow("batch result empty") << QStringLiteral("empty") << true << 1;
        QTest::newRow("batch result an object") << QStringLiteral("object") << true << 1;
    }

    void loopsEndInAProtocolError()
    {
        QFETCH(QString, fault);
        QFETCH(bool, batch);
        QFETCH(int, requests);
        fake::PortalConfig config;
        config.mailboxes = 250;
        config.ignorePage = fault == u"ignore";
        config.repeatPagesAfter = fault == u"repeat" ? 2 : 0;
        if (fault == u"empty")
            config.batchResultFault = fake::BatchResultFault::EmptyArray;
        if (fault == u"object")
            config.batchResultFault = fake::BatchResultFault::NotArray;
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = batch;
        Fixture f(config, options);

        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QVERIFY(fetchAll(job.get()));
        QCOMPARE(job->error().category(), Category::Protocol);
        QVERIFY(!job->error().detail().isEmpty());
        QVERIFY(!job->canFetchMore());
        // No request asked for the same pages again.
        QCOMPARE(job->requestsMade(), requests);
        QCOMPARE(f.portal.stats().requests, requests);
        QSet<qint64> ids;
        for (const QJsonValue &v : std::as_const(listed->rows))
            ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), listed->rows.size()); // nothing delivered twice
    }

    void hostileListsEndWithAClearError_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("delivered");
        QTest::addColumn<QString>("detail");
        // 1,000 mailboxes whose pages start again after page 3: page 4 is page 1.
        // Batched: pages 1-2, then 3-18 (page 4 ends it). Single: pages 1, 2, 3, 4.
        QTest::newRow("cycle, batched") << QStringLiteral("cycle") << true << 2 << 300
                                        << QStringLiteral("the portal sent page 1 again as page 4");
        QTest::newRow("cycle, single") << QStringLiteral("cycle") << false << 4 << 300
                                       << QStringLiteral("the portal sent page 1 again as page 4");
        // Ever new rows, capped at 1,000: batched pages 1-2, then 3-18 (page 11 passes the
        // cap); single: pages 1 to 11. The number as the locale writes it.
        const QString tooMany = QCoreApplication::translate(
            "mb::ListJob", "the portal sent more than %Ln row(s)", nullptr, 1000);
        QTest::newRow("endless, batched")
            << QStringLiteral("endless") << true << 2 << 1000 << tooMany;
        QTest::newRow("endless, single")
            << QStringLiteral("endless") << false << 11 << 1000 << tooMany;
    }

    void hostileListsEndWithAClearError()
    {
        QFETCH(QString, fault);
        QFETCH(bool, batch);
        QFETCH(int, requests);
        QFETCH(int, delivered);
        QFETCH(QString, detail);
        fake::PortalConfig config;
        config.mailboxes = 1000;
        config.cyclePagesAfter = fault == u"cycle" ? 3 : 0;
        config.endlessPages = fault == u"endless";
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = batch;
        options.maxListRows = 1000;
        Fixture f(config, options);

        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QVERIFY(fetchAll(job.get()));
        QCOMPARE(job->error().category(), Category::Protocol);
        QCOMPARE(job->error().detail(), detail);
        QVERIFY(!job->canResume()); // the same pages would fail again
        QCOMPARE(job->requestsMade(), requests);
        QCOMPARE(f.portal.stats().requests, requests);
        QCOMPARE(listed->rows.size(), delivered);
        QSet<qint64> ids;
        for (const QJsonValue &v : std::as_const(listed->rows))
            ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), listed->rows.size());
    }

    void rowsSentAgainAreDroppedOnce_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::newRow("batched") << true;
        QTest::newRow("single") << false;
    }

    void rowsSentAgainAreDroppedOnce()
    {
        // Each page repeats the last 3 rows of the page before (rows inserted while paging):
        // the list still holds every row once, and a page of repeats alone is no short page.
        QFETCH(bool, batch);
        fake::PortalConfig config;
        config.mailboxes = 250;
        config.overlapRows = 3;
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = batch;
        Fixture f(config, options);

        auto mailboxes = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(mailboxes.get());
        auto raw = collectRaw(mailboxes.get());
        QVERIFY(fetchAll(mailboxes.get()));
        QVERIFY2(!mailboxes->error().isError(), qPrintable(mailboxes->error().userMessage()));
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        // The untyped rows are the same rows, page by page.
        QCOMPARE(raw->rows, listed->rows);
        QCOMPARE(raw->pages, listed->pages);

        // Senders: the same address under two names stays twice, a row sent again once.
        auto senders = std::unique_ptr<SenderListJob>(f.api.listSenders());
        auto sent = collect(senders.get());
        auto sentRaw = collectRaw(senders.get());
        QVERIFY(fetchAll(senders.get()));
        QVERIFY2(!senders->error().isError(), qPrintable(senders->error().userMessage()));
        QCOMPARE(sent->rows, f.portal.sendersOf(1));
        QCOMPARE(sentRaw->rows, sent->rows);
    }

    void aShiftedRepeatEndsTheList()
    {
        // Page 2 starts 100 rows early: page 1 again, though page 1 came in another batch slot
        // than the page before it would be compared with.
        fake::PortalConfig config;
        config.mailboxes = 1000;
        config.overlapRows = 100;
        Fixture f(config);
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QVERIFY(fetchAll(job.get()));
        QCOMPARE(job->error().category(), Category::Protocol);
        QCOMPARE(job->error().detail(), QStringLiteral("the portal sent page 1 again as page 2"));
        QCOMPARE(listed->rows.size(), 100);
        QCOMPARE(job->requestsMade(), 1);
    }

    void aPageOfRowsSentBeforeEndsTheList()
    {
        // A portal that starts capping its pages at 50 after page 1: page 2 of 50 starts at
        // row 50, so it holds only rows of page 1, though no page equals another.
        fake::PortalConfig config;
        config.mailboxes = 1000;
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = false;
        Fixture f(config, options);
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        job->fetchMore(1);
        QVERIFY(QTest::qWaitFor([&] { return !job->isFetching(); }, 10000));
        QCOMPARE(listed->rows.size(), 100);
        f.portal.config().pageCap = 50;
        QVERIFY(fetchAll(job.get()));
        QCOMPARE(job->error().category(), Category::Protocol);
        QCOMPARE(job->error().detail(),
                 QStringLiteral("the portal sent page 2 with only rows it had sent before"));
        QCOMPARE(listed->rows.size(), 100);
        QCOMPARE(job->requestsMade(), 2);
    }

    void fetchMoreOnDemand()
    {
        fake::PortalConfig config;
        config.mailboxes = 1000;
        Fixture f(config);
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QSignalSpy fetching(job.get(), &ListJob::fetchingChanged);
        QVERIFY(job->canFetchMore());
        QVERIFY(!job->isFetching());
        QCOMPARE(f.portal.stats().requests, 0); // nothing before it is asked for

        job->fetchMore(1);
        QVERIFY(job->isFetching());
        QVERIFY(QTest::qWaitFor([&] { return !job->isFetching(); }, 10000));
        // The first page, and page 2 that confirms it is no cap.
        QCOMPARE(listed->rows.size(), 200);
        QVERIFY(job->canFetchMore());
        QCOMPARE(job->requestsMade(), 1);
        QCOMPARE(fetching.size(), 2);

        job->fetchMore(3);
        QVERIFY(QTest::qWaitFor([&] { return !job->isFetching(); }, 10000));
        QCOMPARE(listed->rows.size(), 500);
        QCOMPARE(job->requestsMade(), 2);

        QVERIFY(fetchAll(job.get()));
        QVERIFY(!job->error().isError());
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        QVERIFY(!job->canFetchMore());
        job->fetchMore(); // nothing left: no request
        QCOMPARE(job->requestsMade(), 3);
    }

    void fetchMoreFromInsideTheRowsSignal()
    {
        // A model asks for more as soon as rows arrive (QAbstractItemModelTester does).
        fake::PortalConfig config;
        config.mailboxes = 1000;
        Fixture f(config);
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        QJsonArray rows;
        connect(job.get(), &MailboxListJob::mailboxesArrived, this,
                [&](const QList<Mailbox> &page) {
                    for (const Mailbox &m : page)
                        rows.append(m.toJson());
                    job->fetchMore(1);
                });
        QSignalSpy finished(job.get(), &ListJob::finished);
        job->fetchMore(1);
        QVERIFY(finished.wait(20000));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
        QCOMPARE(rows, f.portal.mailboxesOf(1));
    }

    void resumeGoesOnFromTheFailedPage_data()
    {
        QTest::addColumn<bool>("batch");
        QTest::addColumn<fake::Fault>("fault");
        QTest::newRow("batch, 500") << true << fake::Fault::InternalError;
        QTest::newRow("batch, reset") << true << fake::Fault::ResetMidBody;
        QTest::newRow("single, malformed JSON") << false << fake::Fault::MalformedJson;
    }

    void resumeGoesOnFromTheFailedPage()
    {
        QFETCH(bool, batch);
        QFETCH(fake::Fault, fault);
        fake::PortalConfig config;
        config.mailboxes = 1000;
        ClientOptions options = Fixture::fastOptions();
        options.maxRetries = 0;
        options.useBatch = batch;
        Fixture f(config, options);
        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        job->fetchMore(4);
        QVERIFY(QTest::qWaitFor([&] { return listed->rows.size() >= 400; }, 10000));
        QVERIFY(QTest::qWaitFor([&] { return !job->isFetching(); }, 10000));
        const qsizetype before = listed->rows.size();

        f.portal.setFault(fault, 1);
        QSignalSpy finished(job.get(), &ListJob::finished);
        job->fetchMore(2);
        QVERIFY(finished.wait(10000));
        QVERIFY(job->error().isError());
        QVERIFY(job->canResume());
        QCOMPARE(listed->rows.size(), before);

        const QString method = QStringLiteral("mail.mailbox.list");
        const int commands = f.portal.stats().perMethod.value(method);
        QVERIFY(job->resume());
        QVERIFY(!job->isFinished());
        QVERIFY(job->isFetching());
        QVERIFY(QTest::qWaitFor([&] { return !job->isFetching(); }, 10000));
        // The two pages that failed, and not one page delivered before.
        QCOMPARE(listed->rows.size(), before + 200);
        QCOMPARE(f.portal.stats().perMethod.value(method) - commands, 2);
        QVERIFY(fetchAll(job.get()));
        QVERIFY(!job->error().isError());
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1)); // every row once, in order
        QVERIFY(!job->resume());                         // nothing failed
    }

    void whatCannotBeResumed()
    {
        fake::PortalConfig config;
        config.mailboxes = 300;
        config.repeatPagesAfter = 1;
        Fixture f(config);
        // A list that repeats its pages would fail the same way again.
        auto looping = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        QVERIFY(fetchAll(looping.get()));
        QCOMPARE(looping->error().category(), Category::Protocol);
        QVERIFY(!looping->canResume());
        QVERIFY(!looping->resume());
        QVERIFY(looping->isFinished());
        // An aborted job stays aborted.
        auto aborted = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        aborted->fetchMore(1);
        aborted->abort();
        QVERIFY(!aborted->resume());
        QCOMPARE(aborted->error().category(), Category::Aborted);
    }

    void oauthTokensRideOnBatch_data()
    {
        QTest::addColumn<bool>("bearer");
        QTest::addColumn<bool>("query");
        QTest::addColumn<int>("requests");
        QTest::addColumn<AccessTokenCredential::BatchAuth>("way");
        QTest::newRow("Bearer") << true << true << 2 << AccessTokenCredential::BatchAuth::Bearer;
        QTest::newRow("no Bearer: ?auth=")
            << false << true << 3 << AccessTokenCredential::BatchAuth::QueryParameter;
        QTest::newRow("neither: page by page")
            << false << false << 5 << AccessTokenCredential::BatchAuth::None;
    }

    void oauthTokensRideOnBatch()
    {
        QFETCH(bool, bearer);
        QFETCH(bool, query);
        QFETCH(int, requests);
        QFETCH(AccessTokenCredential::BatchAuth, way);
        fake::PortalConfig config;
        config.mailboxes = 250;
        config.acceptBearer = bearer;
        config.acceptQueryAuth = query;
        Fixture f(config);
        f.useToken(f.portal.issueAccessToken(1, {QStringLiteral("mail")}, 3600));

        auto job = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(job.get());
        QVERIFY(fetchAll(job.get()));
        QVERIFY2(!job->error().isError(), qPrintable(job->error().userMessage()));
        QCOMPARE(listed->rows, f.portal.mailboxesOf(1));
        QCOMPARE(f.portal.stats().requests, requests);
        QCOMPARE(f.token()->batchAuth(), way);

        // The choice holds for the next list: no second probe.
        f.portal.resetStats();
        auto next = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        QVERIFY(fetchAll(next.get()));
        QVERIFY(!next->error().isError());
        QCOMPARE(f.portal.stats().requests, way == AccessTokenCredential::BatchAuth::None ? 3 : 2);
    }

    void redirectsElsewhereAreRefused_data()
    {
        QTest::addColumn<QString>("location");
        QTest::newRow("no path") << QStringLiteral("https://sso.example.test/");
        QTest::newRow("another path")
            << QStringLiteral("https://sso.example.test/login/?back=/rest/api/");
        QTest::newRow("relative sign-in page") << QStringLiteral("/auth/?backurl=%2Frest%2F");
        QTest::newRow("plain http") << QStringLiteral("http://portal.example.test/rest/api/1/");
    }

    void redirectsElsewhereAreRefused()
    {
        QFETCH(QString, location);
        // A server that answers every request with a 302 to `location`.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int requests = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write("HTTP/1.1 302 Found\r\nLocation: " + location.toUtf8() +
                              "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        Fixture f;
        const QUrl portal(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        f.useWebhook(portal.resolved(QUrl(QStringLiteral("rest/api/1/k3ycode1234/"))));
        QSignalSpy changed(f.credential.get(), &Credential::changed);
        QSignalSpy relocated(f.client.get(), &RestClient::relocated);

        auto reply = wait(f.api.getMailbox(1));
        QCOMPARE(reply->error().category(), Category::Protocol);
        QCOMPARE(requests, 1); // followed nowhere
        QCOMPARE(changed.size(), 0);
        QCOMPARE(relocated.size(), 0);
        QCOMPARE(f.credential->portalUrl(), portal);
        // The message names where the portal pointed, without the secret.
        const QString message = reply->error().userMessage();
        QVERIFY2(!message.contains(QStringLiteral("k3ycode1234")), qPrintable(message));
        if (location.startsWith(u"https://"))
            QVERIFY2(message.contains(QStringLiteral("sso.example.test")), qPrintable(message));
    }

    void redirectLoopEnds()
    {
        Fixture a;
        Fixture b;
        a.portal.config().movedTo = b.portal.baseUrl().toString();
        b.portal.config().movedTo = a.portal.baseUrl().toString();
        QSignalSpy changed(a.credential.get(), &Credential::changed);
        auto reply = wait(a.fieldList());
        QCOMPARE(reply->error().category(), Category::Protocol);
        QVERIFY(reply->error().detail().contains(QStringLiteral("loop")));
        QCOMPARE(a.portal.stats().requests, 1);
        QCOMPARE(b.portal.stats().requests, 1);
        QCOMPARE(changed.size(), 0);
    }

    void renamedPortalIsSavedOnlyAfterSuccess()
    {
        Fixture target;
        fake::PortalConfig movedConfig;
        movedConfig.movedTo = target.portal.baseUrl().toString();
        Fixture old(movedConfig);
        // A webhook the new address does not know: the call there fails.
        QUrl url = old.portal.baseUrl();
        url.setPath(QStringLiteral("/rest/api/1/%1/")
                        .arg(old.portal.addWebhook(1, {QStringLiteral("mail")})));
        old.useWebhook(url);
        QSignalSpy changed(old.credential.get(), &Credential::changed);
        auto reply = wait(old.fieldList());
        QCOMPARE(reply->error().category(), Category::Authentication);
        QCOMPARE(target.portal.stats().requests, 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(old.credential->portalUrl(), old.portal.baseUrl());
    }

    void aLargeAnswerIsReadOffTheCallersThread()
    {
        // A body past offThreadBodyBytes is parsed, and the reply's prepare() run, on a
        // worker; a smaller one on the caller's thread, as before.
        for (const qint64 threshold : {qint64(0), qint64(-1)}) {
            ClientOptions options = Fixture::fastOptions();
            options.offThreadBodyBytes = threshold;
            Fixture f({}, options);
            QVERIFY(f.started);
            std::unique_ptr<RestReply> reply(f.fieldList());
            QThread *preparedOn = nullptr;
            reply->setPrepare([&preparedOn](const QJsonValue &result, int) {
                preparedOn = QThread::currentThread();
                return std::any(result.toObject().value(QStringLiteral("fields")).isArray());
            });
            QVERIFY(QSignalSpy(reply.get(), &RestReply::finished).wait(5000));
            QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
            QVERIFY(preparedOn);
            QCOMPARE(preparedOn == QThread::currentThread(), threshold < 0);
            QVERIFY(std::any_cast<bool>(&reply->prepared()));
            QVERIFY(!reply->result().toObject().isEmpty());
        }
    }

    void answersKeepTheirOrderWhileALargeOneIsRead()
    {
        // Two calls on the wire at once: the first answer is read on a worker, held there
        // until the second (small, read at once) has come; the second still waits its turn.
        ClientOptions options = Fixture::fastOptions();
        options.maxConcurrent = 2;
        options.offThreadBodyBytes = 4096;
        fake::PortalConfig config;
        config.mailboxes = 200;
        Fixture f(config, options);
        QVERIFY(f.started);
        QList<int> order;
        QSemaphore secondArrived;
        QAtomicInt firstReading = 0;
        std::unique_ptr<RestReply> first(f.client->call(
            QStringLiteral("mail.mailbox.list"),
            {{QStringLiteral("pagination"),
              QJsonObject{{QStringLiteral("page"), 1}, {QStringLiteral("limit"), 100}}}}));
        first->setPrepare([&](const QJsonValue &, int) {
            firstReading = 1;
            return std::any(secondArrived.tryAcquire(1, 5000));
        });
        connect(first.get(), &RestReply::finished, this, [&] { order.append(1); });
        QVERIFY(QTest::qWaitFor([&] { return firstReading.loadAcquire() == 1; }, 5000));
        std::unique_ptr<RestReply> second(f.fieldList());
        second->setPrepare([&](const QJsonValue &, int) {
            secondArrived.release();
            return std::any();
        });
        connect(second.get(), &RestReply::finished, this, [&] { order.append(2); });
        QVERIFY(QTest::qWaitFor([&] { return order.size() == 2; }, 10000));
        QCOMPARE(order, QList<int>({1, 2}));
        QVERIFY2(first->ok(), qPrintable(first->error().userMessage()));
        QVERIFY2(second->ok(), qPrintable(second->error().userMessage()));
        QVERIFY(std::any_cast<bool>(first->prepared())); // the second had come meanwhile
    }

    void aClientOrReplyGoneWhileAnAnswerIsReadIsSafe()
    {
        for (const bool clientGoes : {true, false}) {
            ClientOptions options = Fixture::fastOptions();
            options.offThreadBodyBytes = 0;
            Fixture f({}, options);
            QVERIFY(f.started);
            QSemaphore reading, goOn;
            auto reply = std::make_unique<RestReply *>(f.fieldList());
            (*reply)->setPrepare([&](const QJsonValue &, int) {
                reading.release();
                goOn.tryAcquire(1, 5000);
                return std::any(1);
            });
            QSignalSpy done(*reply, &RestReply::finished);
            QVERIFY(QTest::qWaitFor([&] { return reading.available() == 1; }, 5000));
            if (clientGoes) {
                f.client.reset();
                goOn.release();
                QVERIFY(done.wait(5000));
                QCOMPARE((*reply)->error().category(), Category::Aborted);
                delete *reply;
            } else {
                delete *reply; // the caller no longer wants it
                goOn.release();
                // The client goes on: the next call is answered.
                std::unique_ptr<RestReply> next(f.fieldList());
                QVERIFY(QSignalSpy(next.get(), &RestReply::finished).wait(5000));
                QVERIFY(next->ok());
            }
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
    }

    void anAnswersPagesGoOutOverSeveralTurns()
    {
        // Receivers that take a while per page: the 50 pages of one batch answer are handed
        // out over several event-loop turns, in order, every row once, while the batch sent
        // ahead comes back and waits for them.
        fake::PortalConfig config;
        config.mailboxes = 20000;
        config.rateLimit = false;
        config.operatingLimit = false;
        ClientOptions options = Fixture::fastOptions();
        options.rateLimitEnabled = false;
        Fixture f(config, options);
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start();
        QList<int> ticksAtPage;
        QList<qint64> ids;
        connect(list.get(), &MailboxListJob::mailboxesArrived, this,
                [&](const QList<Mailbox> &arrived) {
                    ticksAtPage.append(ticks);
                    for (const Mailbox &mailbox : arrived)
                        ids.append(mailbox.id);
                    QElapsedTimer work; // a model that sorts and paints a page
                    work.start();
                    while (work.elapsed() < 1) {
                    }
                });
        QVERIFY(fetchAll(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(ids.size(), 20000);
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(ids, sorted); // the portal's order, which is by id
        QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), 20000);
        QCOMPARE(list->requestsMade(), 5); // pages 1-2, 3-52, 53-102, 103-152, 153-202
        // Pages 3-52 are one answer: the loop turned while they went out.
        QCOMPARE(ticksAtPage.size(), 200);
        QVERIFY2(
            ticksAtPage.at(51) > ticksAtPage.at(2),
            qPrintable(
                QStringLiteral("ticks %1 .. %2").arg(ticksAtPage.at(2)).arg(ticksAtPage.at(51))));
    }

    void abortBetweenTurnsStopsTheAnswer()
    {
        // Aborted while an answer's pages go out over several turns: no page after it.
        fake::PortalConfig config;
        config.mailboxes = 10000;
        config.rateLimit = false;
        config.operatingLimit = false;
        Fixture f(config);
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        int pages = 0;
        int pagesAfterAbort = 0;
        bool aborted = false;
        connect(list.get(), &MailboxListJob::mailboxesArrived, this, [&](const QList<Mailbox> &) {
            ++pages;
            if (aborted)
                ++pagesAfterAbort;
            if (pages == 5) // from the event loop, between two turns
                QTimer::singleShot(0, list.get(), [&] {
                    aborted = true;
                    list->abort();
                });
            QElapsedTimer work;
            work.start();
            while (work.elapsed() < 1) {
            }
        });
        QSignalSpy finished(list.get(), &ListJob::finished);
        list->fetchAll();
        QVERIFY(finished.wait(20000));
        QVERIFY(aborted);
        QCOMPARE(list->error().category(), Category::Aborted);
        QCOMPARE(pagesAfterAbort, 0);
        QVERIFY(pages < 52);
        QVERIFY(!list->isFetching());
        drainEvents(); // nothing more comes
        QCOMPARE(finished.size(), 1);
        QCOMPARE(pagesAfterAbort, 0);
    }

    void aListJobGoneWhileItsAnswerIsRead_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("job aborted") << QStringLiteral("abort");
        QTest::newRow("job deleted") << QStringLiteral("delete");
        QTest::newRow("client deleted") << QStringLiteral("client");
    }

    void aListJobGoneWhileItsAnswerIsRead()
    {
        // Every worker of the pool busy: the answer waits on the pool to be read, and the
        // job, or the client, goes meanwhile. Nothing is delivered, and nothing crashes
        // when the read comes back.
        QFETCH(QString, what);
        ClientOptions options = Fixture::fastOptions();
        options.offThreadBodyBytes = 0;
        Fixture f({}, options);
        QVERIFY(f.started);
        QThreadPool *pool = QThreadPool::globalInstance();
        QSemaphore busy, release;
        for (int i = 0; i < pool->maxThreadCount(); ++i) {
            pool->start([&] {
                busy.release();
                release.tryAcquire(1, 20000);
            });
        }
        QVERIFY(busy.tryAcquire(pool->maxThreadCount(), 5000));
        auto list = std::unique_ptr<MailboxListJob>(f.api.listMailboxes());
        auto listed = collect(list.get());
        QSignalSpy finished(list.get(), &ListJob::finished);
        QSignalSpy answered(f.nam.get(), &QNetworkAccessManager::finished);
        list->fetchAll();
        QVERIFY(answered.wait(5000)); // the body is in, its read waits for a worker
        QCOMPARE(listed->pages, 0);
        if (what == u"abort")
            list->abort();
        else if (what == u"delete")
            list.reset();
        else
            f.client.reset();
        release.release(pool->maxThreadCount());
        QVERIFY(pool->waitForDone(5000));
        if (list) {
            QVERIFY(finished.size() == 1 || finished.wait(5000));
            QCOMPARE(list->error().category(), Category::Aborted);
            QVERIFY(!list->isFetching());
        }
        drainEvents(); // the read's answer, dropped
        QCOMPARE(listed->pages, 0);
        QCOMPARE(finished.size(), list ? 1 : 0);
        if (f.client) {
            // The client goes on: the next call is answered.
            std::unique_ptr<RestReply> next(f.fieldList());
            QVERIFY(QSignalSpy(next.get(), &RestReply::finished).wait(5000));
            QVERIFY2(next->ok(), qPrintable(next->error().userMessage()));
        }
    }

    void destroyingTheClientFinishesRepliesLater()
    {
        fake::PortalConfig config;
        config.latencyMs = 200;
        Fixture f(config);
        auto [running, queued] = oneOnTheWireOneQueued(f);
        QVERIFY(running && queued);
        QSignalSpy runningDone(running.get(), &RestReply::finished);
        QSignalSpy queuedDone(queued.get(), &RestReply::finished);
        f.client.reset();
        // Not from inside the destructor: from the event loop.
        QCOMPARE(runningDone.size(), 0);
        QCOMPARE(queuedDone.size(), 0);
        QVERIFY(QTest::qWaitFor([&] { return runningDone.size() == 1 && queuedDone.size() == 1; },
                                5000));
        QCOMPARE(running->error().category(), Category::Aborted);
        QCOMPARE(queued->error().category(), Category::Aborted);
        QCOMPARE(f.portal.stats().perMethod.value(QStringLiteral("mail.mailbox.get")), 0);
    }

    void redirectAfterTheCredentialIsGone()
    {
        Fixture target;
        fake::PortalConfig movedConfig;
        movedConfig.movedTo = target.portal.baseUrl().toString();
        movedConfig.latencyMs = 200;
        Fixture old(movedConfig);
        std::unique_ptr<RestReply> reply(old.fieldList());
        QVERIFY(QTest::qWaitFor([&] { return old.portal.stats().requests == 1; }, 5000));
        old.credential.reset(); // the 302 arrives after this
        QVERIFY(QSignalSpy(reply.get(), &RestReply::finished).wait(5000));
        QCOMPARE(reply->error().category(), Category::Aborted);
        QCOMPARE(target.portal.stats().requests, 0);
    }

    void destroyingTheCredentialFailsWhatWaits()
    {
        fake::PortalConfig config;
        config.latencyMs = 200;
        Fixture f(config);
        auto [running, queued] = oneOnTheWireOneQueued(f);
        QVERIFY(running && queued);
        QSignalSpy queuedDone(queued.get(), &RestReply::finished);
        f.credential.reset();
        QCOMPARE(queuedDone.size(), 0);
        QVERIFY(queuedDone.wait(5000));
        QCOMPARE(queued->error().category(), Category::Aborted);
        // The call on the wire ends normally; nothing else is sent.
        if (!running->isFinished())
            QVERIFY(QSignalSpy(running.get(), &RestReply::finished).wait(5000));
        QCOMPARE(f.portal.stats().requests, 1);
        QCOMPARE(f.client->pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
