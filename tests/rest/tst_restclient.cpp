// RestClient, PagedRequest and MailApi end to end against the local fake portal.
#include "FakePortal.h"
#include "rest/AccessTokenCredential.h"
#include "rest/MailApi.h"
#include "rest/PagedRequest.h"
#include "rest/RestClient.h"
#include "rest/SecretRedactor.h"
#include "rest/WebhookCredential.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>

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

bool waitPaged(PagedRequest *request, int timeoutMs = 60000)
{
    if (request->isFinished())
        return true;
    QSignalSpy spy(request, &PagedRequest::finished);
    request->start();
    return request->isFinished() || spy.wait(timeoutMs);
}

// A portal plus a client signed in with the portal's webhook.
struct Fixture
{
    explicit Fixture(fake::PortalConfig config = {}, ClientOptions options = fastOptions())
        : portal(config)
    {
        QString error;
        started = portal.start(0, &error);
        if (!started)
            qWarning("portal did not start: %s", qPrintable(error));
        if (config.https)
            options.extraCaCertificates = QSslCertificate::fromData(fake::FakePortal::caPem());
        client.setOptions(options);
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
        credential = std::make_unique<WebhookCredential>(*parts);
        client.setCredential(credential.get());
    }

    fake::FakePortal portal;
    bool started = false;
    RestClient client;
    std::unique_ptr<Credential> credential;
    MailApi api{&client};
};

QJsonArray items(const RestReply &reply)
{
    return reply.result().toObject().value(QStringLiteral("items")).toArray();
}

QJsonObject item(const RestReply &reply)
{
    return reply.result().toObject().value(QStringLiteral("item")).toObject();
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

        auto list = std::unique_ptr<PagedRequest>(f.api.listMailboxes({}));
        QVERIFY(waitPaged(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->items(), f.portal.mailboxesOf(1));
        const auto mailboxes = Mailbox::listFromJson(list->items());
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

        auto senders = std::unique_ptr<PagedRequest>(f.api.listSenders());
        QVERIFY(waitPaged(senders.get()));
        QVERIFY(!senders->error().isError());
        QCOMPARE(senders->items(), f.portal.sendersOf(1));

        auto fields = wait(f.api.listFields());
        QVERIFY(fields->ok());
        const auto descriptors = FieldDescriptor::listFromJson(items(*fields));
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
        auto list = std::unique_ptr<PagedRequest>(f.api.listMailboxes({{}, fragment}));
        QVERIFY(waitPaged(list.get()));
        QVERIFY(!list->error().isError());
        QVERIFY(!list->items().isEmpty());
        for (const auto &m : Mailbox::listFromJson(list->items()))
            QVERIFY(m.email.contains(fragment, Qt::CaseInsensitive));

        auto none = std::unique_ptr<PagedRequest>(
            f.api.listMailboxes({QStringLiteral("no-such-mailbox-name"), {}}));
        QVERIFY(waitPaged(none.get()));
        QVERIFY(!none->error().isError());
        QVERIFY(none->items().isEmpty());
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

        auto missingId = wait(f.client.call(QStringLiteral("mail.mailbox.get")));
        QCOMPARE(missingId->error().category(), Category::Validation);
        QCOMPARE(missingId->error().validation().value(0).field, QStringLiteral("id"));

        auto unknownField = wait(f.api.getField(QStringLiteral("color")));
        QCOMPARE(unknownField->error().category(), Category::NotFound);
        QCOMPARE(unknownField->error().code(),
                 QStringLiteral("BITRIX_REST_V3_REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION"));

        auto missingName = wait(f.client.call(QStringLiteral("mail.mailbox.field.get")));
        QCOMPARE(missingName->error().category(), Category::Validation);

        auto badSelect = wait(f.api.listFields({QStringLiteral("foo")}));
        QCOMPARE(badSelect->error().category(), Category::UnknownField);
        QCOMPARE(badSelect->error().code(),
                 QStringLiteral("BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION"));

        auto nonArraySelect =
            wait(f.client.call(QStringLiteral("mail.mailbox.field.list"),
                               {{QStringLiteral("select"), QStringLiteral("name")}}));
        QCOMPARE(nonArraySelect->error().category(), Category::UnknownField);
        QCOMPARE(nonArraySelect->error().code(),
                 QStringLiteral("BITRIX_REST_V3_EXCEPTION_INVALIDSELECTEXCEPTION"));

        for (const QJsonValue &limit : {QJsonValue(0), QJsonValue(QStringLiteral("abc"))}) {
            auto badPage = wait(f.client.call(
                QStringLiteral("mail.mailbox.list"),
                {{QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), limit}}}}));
            QCOMPARE(badPage->error().category(), Category::Pagination);
        }

        auto noMethod = wait(f.client.call(QStringLiteral("mail.mailbox.nosuch")));
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
        auto wrong = wait(f.api.listFields());
        QCOMPARE(wrong->error().category(), Category::Authentication);
        QCOMPARE(wrong->httpStatus(), 401);
        QCOMPARE(wrong->error().code().toUpper(), QStringLiteral("NO_AUTH_FOUND"));

        const QString noMail = f.portal.addWebhook(1, {QStringLiteral("user")});
        QUrl scoped = f.portal.baseUrl();
        scoped.setPath(QStringLiteral("/rest/api/1/%1/").arg(noMail));
        f.useWebhook(scoped);
        for (const QString &method : MailApi::methods()) {
            auto reply =
                wait(f.client.call(method, {{QStringLiteral("id"), 1},
                                            {QStringLiteral("name"), QStringLiteral("id")}}));
            QCOMPARE(reply->error().category(), Category::InsufficientScope);
            QVERIFY(reply->error().isPermissionProblem());
        }

        const QString code = f.portal.addWebhook(1, {QStringLiteral("mail")});
        QUrl revoked = f.portal.baseUrl();
        revoked.setPath(QStringLiteral("/rest/api/1/%1/").arg(code));
        f.useWebhook(revoked);
        QVERIFY(wait(f.api.listFields())->ok());
        f.portal.revokeWebhook(code);
        QCOMPARE(wait(f.api.listFields())->error().category(), Category::Authentication);
    }

    void accessToken()
    {
        Fixture f;
        const QString token = f.portal.issueAccessToken(1, {QStringLiteral("mail")}, 3600);
        AccessTokenCredential credential(f.portal.baseUrl().resolved(QUrl(QStringLiteral("rest/"))),
                                         token);
        f.client.setCredential(&credential);
        auto list = std::unique_ptr<PagedRequest>(f.api.listMailboxes({}));
        QVERIFY(waitPaged(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->items().size(), f.portal.mailboxCount(1));

        f.portal.expireAllAccessTokens();
        auto expired = wait(f.api.listFields());
        QCOMPARE(expired->error().category(), Category::TokenExpired);
        QVERIFY(expired->error().isAuthProblem());
        QCOMPARE(expired->httpStatus(), 401);
        // Without a refresh token there is no replay: one request only.
        QCOMPARE(expired->attempts(), 1);
        f.client.setCredential(nullptr);
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
        QCOMPARE(wait(f.api.listFields())->error().category(), Category::Authentication);
    }

    void pagination_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("batch");
        for (int n : {0, 1, 25, 100, 101, 10000}) {
            QTest::addRow("%d batched", n) << n << true;
            QTest::addRow("%d single", n) << n << false;
        }
    }

    void pagination()
    {
        QFETCH(int, count);
        QFETCH(bool, batch);
        fake::PortalConfig config;
        config.mailboxes = count;
        config.rateLimit = false;
        config.operatingLimit = false;
        ClientOptions options = Fixture::fastOptions();
        options.useBatch = batch;
        options.rateLimitEnabled = false;
        Fixture f(config, options);
        QCOMPARE(f.portal.mailboxCount(1), count);

        auto list = std::unique_ptr<PagedRequest>(f.api.listMailboxes({}));
        QSignalSpy progress(list.get(), &PagedRequest::progress);
        QVERIFY(waitPaged(list.get()));
        QVERIFY2(!list->error().isError(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->items().size(), count);
        QCOMPARE(list->items(), f.portal.mailboxesOf(1));
        QSet<qint64> ids;
        for (const QJsonValue &v : list->items())
            ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
        QCOMPARE(ids.size(), count);
        if (count > 0)
            QCOMPARE(progress.last().first().toLongLong(), qint64(count));

        // Pages of 100; a full last page costs one more (empty) page.
        const int pages = count / 100 + 1;
        const int expected = batch ? 1 + (pages - 1 + 9) / 10 : pages;
        QCOMPARE(list->requestsMade(), expected);
        QCOMPARE(f.portal.stats().requests, expected);
    }

    void stopsEarly()
    {
        fake::PortalConfig config;
        config.mailboxes = 1000;
        Fixture f(config);
        auto capped = std::unique_ptr<PagedRequest>(f.api.listMailboxes({}, 250));
        QVERIFY(waitPaged(capped.get()));
        QVERIFY(!capped->error().isError());
        QCOMPARE(capped->items().size(), 250);
        QCOMPARE(capped->items().first(), f.portal.mailboxesOf(1).first());

        auto small = std::unique_ptr<PagedRequest>(f.api.listMailboxes({}, 7));
        QVERIFY(waitPaged(small.get()));
        QCOMPARE(small->items().size(), 7);
        QCOMPARE(small->requestsMade(), 1);

        f.portal.config().latencyMs = 300;
        auto stopped = std::unique_ptr<PagedRequest>(f.api.listMailboxes({}));
        QSignalSpy finished(stopped.get(), &PagedRequest::finished);
        stopped->start();
        QTimer::singleShot(50, stopped.get(), &PagedRequest::stop);
        QVERIFY(finished.wait(5000));
        QCOMPARE(stopped->error().category(), Category::Aborted);
        QVERIFY(stopped->items().isEmpty());
    }

    void abort()
    {
        fake::PortalConfig config;
        config.latencyMs = 2000;
        Fixture f(config);
        QElapsedTimer clock;
        clock.start();
        RestReply *running = f.api.listFields();
        RestReply *queued = f.api.getMailbox(1);
        QSignalSpy runningDone(running, &RestReply::finished);
        QSignalSpy queuedDone(queued, &RestReply::finished);
        QTimer::singleShot(100, running, &RestReply::abort);
        QTimer::singleShot(100, queued, &RestReply::abort);
        QVERIFY(runningDone.wait(3000));
        QTRY_COMPARE(queuedDone.size(), 1);
        QCOMPARE(running->error().category(), Category::Aborted);
        QCOMPARE(queued->error().category(), Category::Aborted);
        QVERIFY(clock.elapsed() < 1500);
        delete running;
        delete queued;

        // A caller may simply drop an unfinished reply.
        RestReply *dropped = f.api.listFields();
        QTest::qWait(50);
        delete dropped;
        QTRY_COMPARE(f.client.pendingCount(), 0);
        f.portal.config().latencyMs = 0;
        QVERIFY(wait(f.api.listFields())->ok());
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
        auto reply = wait(f.api.listFields());
        QCOMPARE(reply->error().category(), category);
        QVERIFY(!reply->error().userMessage().isEmpty());
        // Nothing is lost: the next call works.
        auto next = wait(f.api.listFields());
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
        auto reply = wait(f.api.listFields());
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->attempts(), 3);
    }

    void overloadIsNotRetried()
    {
        fake::PortalConfig config;
        config.overload = true;
        Fixture f(config);
        auto reply = wait(f.api.listFields());
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
        auto slow = wait(f.api.listFields());
        QCOMPARE(slow->error().category(), Category::Timeout);

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        f.useWebhook(
            QUrl(QStringLiteral("http://127.0.0.1:%1/rest/api/1/abcdefgh/").arg(closedPort)));
        ClientOptions noRetry = options;
        noRetry.maxRetries = 0;
        f.client.setOptions(noRetry);
        auto refused = wait(f.api.listFields());
        QCOMPARE(refused->error().category(), Category::Network);
    }

    void tlsIsNeverIgnored()
    {
        fake::PortalConfig config;
        config.https = true;
        Fixture f(config);
        ClientOptions untrusting = Fixture::fastOptions();
        untrusting.maxRetries = 0; // the portal's CA is not trusted now
        f.client.setOptions(untrusting);
        auto reply = wait(f.api.listFields());
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
            replies.emplace_back(f.api.listFields({QStringLiteral("name")}));
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
        std::vector<std::unique_ptr<RestReply>> replies;
        for (int i = 0; i < 20; ++i)
            replies.emplace_back(f.api.listFields());
        for (auto &r : replies) {
            if (!r->isFinished()) {
                QSignalSpy spy(r.get(), &RestReply::finished);
                QVERIFY(spy.wait(30000));
            }
            QVERIFY2(r->ok(), qPrintable(r->error().userMessage()));
        }
        QVERIFY(f.portal.stats().rateLimited > 0);
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
            auto r = wait(f.api.listFields());
            ++calls;
            if (!r->ok()) {
                limit = r->error();
                QCOMPARE(r->httpStatus(), 429);
                break;
            }
        }
        QCOMPARE(limit.category(), Category::OperationTimeLimit);
        QVERIFY(limit.retryAfterSecs() > 0);
        QVERIFY(f.client.pausedForSecs(QStringLiteral("mail.mailbox.field.list")) > 0);

        // The paused method fails at once, without a request; the others go on.
        const int before = f.portal.stats().requests;
        auto paused = wait(f.api.listFields());
        QCOMPARE(paused->error().category(), Category::OperationTimeLimit);
        QCOMPARE(f.portal.stats().requests, before);
        auto other = wait(f.api.getField(QStringLiteral("id")));
        QVERIFY2(other->ok(), qPrintable(other->error().userMessage()));
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

        QSignalSpy relocated(&old.client, &RestClient::relocated);
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
        QVERIFY(wait(old.api.listFields())->ok());
        QCOMPARE(relocated.size(), 1);
    }

    void redirectNeverDowngrades()
    {
        Fixture plain;
        fake::PortalConfig movedConfig;
        movedConfig.https = true;
        movedConfig.movedTo = plain.portal.baseUrl().toString();
        Fixture secure(movedConfig);
        auto reply = wait(secure.api.listFields());
        QCOMPARE(reply->error().category(), Category::Protocol);
        QCOMPARE(plain.portal.stats().requests, 0);
    }

    void refusesInsecurePortals()
    {
        Fixture f;
        WebhookCredential::Parts parts{QUrl(QStringLiteral("http://portal.example/")),
                                       QStringLiteral("1"), QStringLiteral("abcdefgh")};
        WebhookCredential insecure(parts);
        f.client.setCredential(&insecure);
        auto reply = wait(f.api.listFields());
        QCOMPARE(reply->error().category(), Category::Protocol);
        QCOMPARE(reply->attempts(), 0);
        f.client.setCredential(nullptr);
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
        connect(&f.client, &RestClient::exchangeFinished, this,
                [&](const QString &method, const QString &url, int, qint64, const RestError &e) {
                    texts << method << url << e.userMessage();
                    qDebug() << "exchange" << url << e.userMessage()
                             << f.credential->methodUrl(method);
                });
        f.portal.setFault(fake::Fault::MalformedJson, 1);
        texts << wait(f.api.listFields())->error().userMessage();
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
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
