// Exercises the fake portal over real HTTP with a plain QNetworkAccessManager, against the
// wire reference (docs/bitrix24-api.md, §9 checklist).

#include "FakePortal.h"
#include "FaultInjector.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kPrefix = u"BITRIX_REST_V3_EXCEPTION_"_s;

struct Answer
{
    int status = 0;
    QByteArray body;
    QJsonDocument json;
    QNetworkReply::NetworkError netError = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return json.object(); }
    QJsonObject result() const { return object().value(u"result").toObject(); }
    QJsonArray items() const { return result().value(u"items").toArray(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    // The error code in either shape.
    QString code() const
    {
        const QJsonValue error = object().value(u"error");
        return error.isObject() ? error.toObject().value(u"code").toString() : error.toString();
    }
    QString message() const
    {
        const QJsonValue error = object().value(u"error");
        return error.isObject() ? error.toObject().value(u"message").toString()
                                : object().value(u"error_description").toString();
    }
    bool nested() const { return object().value(u"error").isObject(); }
};

} // namespace

class TestFakePortal : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    std::unique_ptr<fake::FakePortal> portal(const fake::PortalConfig &config = {})
    {
        auto p = std::make_unique<fake::FakePortal>(config);
        QString error;
        if (!p->start(0, &error)) {
            qWarning("start failed: %s", qUtf8Printable(error));
            return nullptr;
        }
        return p;
    }

    Answer send(QNetworkRequest request, const QByteArray &verb, const QByteArray &body = {},
                int abortAfterBytes = -1)
    {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (abortAfterBytes >= 0) {
            connect(reply, &QNetworkReply::readyRead, reply, [reply, abortAfterBytes] {
                if (reply->bytesAvailable() > abortAfterBytes)
                    reply->abort();
            });
        }
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.netError = reply->error();
        answer.headers = reply->rawHeaderPairs();
        if (reply->isOpen())
            answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body);
        reply->deleteLater();
        return answer;
    }

    Answer post(const QUrl &url, const QByteArray &body,
                const QByteArray &contentType = "application/json")
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return send(request, "POST", body);
    }

    Answer call(const QUrl &base, const QString &method, const QJsonObject &query = {})
    {
        return post(base.resolved(QUrl(method)),
                    QJsonDocument(query).toJson(QJsonDocument::Compact));
    }

    Answer get(const QUrl &url) { return send(QNetworkRequest(url), "GET"); }

    // Walks every page with limit L until a short or empty page.
    QJsonArray allPages(fake::FakePortal &p, int limit, int *calls)
    {
        QJsonArray all;
        *calls = 0;
        for (int page = 1; page < 1000; ++page) {
            const Answer a =
                call(p.webhookUrl(), u"mail.mailbox.list"_s,
                     {{u"pagination"_s, QJsonObject{{u"page"_s, page}, {u"limit"_s, limit}}}});
            ++*calls;
            if (a.status != 200)
                return {};
            for (const QJsonValue &item : a.items())
                all.append(item);
            if (a.items().size() < limit)
                break;
        }
        return all;
    }

    // `count` rows of `all` from row `from`.
    static QJsonArray rows(const QJsonArray &all, qsizetype from, qsizetype count)
    {
        QJsonArray out;
        for (qsizetype i = from; i < std::min(all.size(), from + count); ++i)
            out.append(all[i]);
        return out;
    }

    // One page of a list method; a failed call gives no rows.
    QJsonArray listPage(fake::FakePortal &p, const QString &method, const QJsonObject &pagination)
    {
        const Answer a = call(p.webhookUrl(), method, {{u"pagination"_s, pagination}});
        return a.status == 200 ? a.items() : QJsonArray{};
    }

    // The same pages fetched in one batch: each slot's items, in order.
    QList<QJsonArray> batchPages(fake::FakePortal &p,
                                 const QList<std::pair<QString, QJsonObject>> &pages)
    {
        QJsonArray commands;
        for (const auto &[method, pagination] : pages)
            commands.append(QJsonObject{{u"method"_s, method},
                                        {u"query"_s, QJsonObject{{u"pagination"_s, pagination}}}});
        const Answer a =
            post(p.webhookUrl().resolved(QUrl(u"batch"_s)), QJsonDocument(commands).toJson());
        QList<QJsonArray> out;
        for (const QJsonValue &slot : a.object().value(u"result").toArray())
            out.append(slot.toObject().value(u"items").toArray());
        return out;
    }

    QUrl tokenUrl(fake::FakePortal &p, const QList<std::pair<QString, QString>> &params)
    {
        return tokenUrl(p.authServerUrl(), params);
    }

    QUrl tokenUrl(const QUrl &authServer, const QList<std::pair<QString, QString>> &params)
    {
        QUrl url = authServer.resolved(QUrl(u"oauth/token/"_s));
        QUrlQuery query;
        for (const auto &[key, value] : params)
            query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
        return url;
    }

    // Starts b24-fake-portal; its JSON line, or an empty object when it printed none.
    static QJsonObject startExecutable(QProcess &process, const QStringList &arguments)
    {
        process.start(QStringLiteral(FAKE_PORTAL_EXE), arguments);
        if (!process.waitForStarted(10000))
            return {};
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(10000))
                return {};
        }
        return QJsonDocument::fromJson(process.readLine()).object();
    }

    // The consent step: returns the redirect's query.
    QUrlQuery authorize(fake::FakePortal &p, const QString &state)
    {
        const Answer a = get(p.authorizeUrl(state));
        return QUrlQuery(QUrl::fromEncoded(a.header("Location")));
    }

private slots:
    void listAndEnvelope()
    {
        auto p = portal();
        QVERIFY(p);
        QCOMPARE(p->mailboxCount(), 12);
        const Answer a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.result().keys(), QStringList{u"items"_s}); // no total, no next
        QCOMPARE(a.items(), p->mailboxesOf(1));
        const QJsonObject time = a.object().value(u"time").toObject();
        QCOMPARE(time.size(), 8);
        for (const auto key : {u"start", u"finish", u"duration", u"processing", u"date_start",
                               u"date_finish", u"operating_reset_at", u"operating"})
            QVERIFY2(time.contains(key), qPrintable(QString::fromUtf16(key)));
        QVERIFY(
            QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d$"_s)
                .match(time.value(u"date_start").toString())
                .hasMatch());
        // time.start is printed as an integer now and then.
        bool sawInt = false;
        for (int i = 0; i < 3; ++i) {
            const Answer b = call(p->webhookUrl(), u"mail.mailbox.list"_s);
            sawInt = sawInt || QRegularExpression(u"\"start\":\\d+[,}]"_s)
                                   .match(QString::fromUtf8(b.body))
                                   .hasMatch();
        }
        QVERIFY(sawInt);
        // Unicode names from several scripts survive the wire.
        const QString names = QString::fromUtf8(a.body);
        for (const auto sample : {u"Продажи", u"サポート窓口", u"المبيعات", u"מחלקת תמיכה", u"📬"})
            QVERIFY2(names.contains(sample), qPrintable(QString::fromUtf16(sample)));
        // Only the caller's mailboxes.
        for (const QJsonValue &foreign : p->mailboxesOf(2))
            QVERIFY(!a.items().contains(foreign));
    }

    void deterministicData()
    {
        fake::PortalConfig config;
        config.seed = 42;
        fake::FakePortal a(config), b(config);
        QCOMPARE(a.mailboxesOf(1), b.mailboxesOf(1));
        QCOMPARE(a.sendersOf(1), b.sendersOf(1));
        QCOMPARE(a.clientId(), b.clientId());
        QVERIFY(a.clientId().startsWith(u"local."));
        config.seed = 43;
        fake::FakePortal c(config);
        QVERIFY(a.mailboxesOf(1) != c.mailboxesOf(1));
        // Ordered by id.
        const QJsonArray all = a.mailboxesOf(1);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i].toObject().value(u"id").toInt() >
                    all[i - 1].toObject().value(u"id").toInt());

        config.mailboxes = 100000;
        fake::FakePortal big(config);
        QCOMPARE(big.mailboxCount(1), 100000);
    }

    void secretsAreRandomPerRun()
    {
        // The seed is public (the demo's is in the source): it fixes the data and the
        // client_id, never what lets anyone call a running portal.
        fake::PortalConfig config;
        config.seed = 42;
        fake::FakePortal a(config), b(config);
        QCOMPARE(a.clientId(), b.clientId());
        QVERIFY(a.clientSecret() != b.clientSecret());
        QVERIFY(a.clientSecret().size() >= 32);
        QVERIFY(a.webhookUrl().path() != b.webhookUrl().path());

        // A test that needs fixed ones says so.
        config.webhookCode = u"fixedcode1234567"_s;
        config.clientSecret = u"fixedSecretForThisTestOnly0123456789"_s;
        QVERIFY(a.start());
        fake::FakePortal c(config), d(config);
        QVERIFY(c.start() && d.start());
        QCOMPARE(c.clientSecret(), config.clientSecret);
        QCOMPARE(c.webhookUrl().path(), d.webhookUrl().path());
        QVERIFY(c.webhookUrl().path().contains(config.webhookCode));
        QCOMPARE(call(c.webhookUrl(), u"mail.mailbox.list"_s).status, 200);
        // The other portal's code is not this one's.
        QUrl foreign = c.webhookUrl();
        foreign.setPath(a.webhookUrl().path());
        QCOMPARE(call(foreign, u"mail.mailbox.list"_s).status, 401);
    }

    void hostileSenderName()
    {
        fake::PortalConfig config;
        fake::FakePortal p(config);
        QVERIFY(p.start());
        const auto hostile = [&] {
            const Answer a = call(p.webhookUrl(), u"mail.mailbox.senders"_s);
            for (const QJsonValue &item : a.items()) {
                if (item.toObject().value(u"email").toString().startsWith(u"hostile."))
                    return item.toObject();
            }
            return QJsonObject();
        };
        QVERIFY(hostile().isEmpty());
        p.config().hostileSenderName = true;
        const QJsonObject sender = hostile();
        const QString name = sender.value(u"name").toString();
        QVERIFY(name.contains(u"\r\n"_s));
        QVERIFY(name.contains(QChar(0x202e)));
        QVERIFY(sender.value(u"sender").toString().startsWith(name));
        QCOMPARE(p.sendersOf(1).last().toObject(), sender);
    }

    void paginationTotals_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expectedCalls");
        QTest::newRow("0") << 0 << 25 << 1;
        QTest::newRow("25 (L)") << 25 << 25 << 2;
        QTest::newRow("26 (L+1)") << 26 << 25 << 2;
        QTest::newRow("100") << 100 << 100 << 2;
        QTest::newRow("101") << 101 << 100 << 2;
    }

    void paginationTotals()
    {
        QFETCH(int, total);
        QFETCH(int, limit);
        QFETCH(int, expectedCalls);
        fake::PortalConfig config;
        config.mailboxes = total;
        auto p = portal(config);
        QVERIFY(p);
        int calls = 0;
        QCOMPARE(allPages(*p, limit, &calls), p->mailboxesOf(1));
        QCOMPARE(calls, expectedCalls);
    }

    void paginationEdges()
    {
        fake::PortalConfig config;
        config.mailboxes = 101;
        auto p = portal(config);
        QVERIFY(p);
        const auto list = [&](const QJsonObject &pagination) {
            return call(p->webhookUrl(), u"mail.mailbox.list"_s, {{u"pagination"_s, pagination}});
        };
        const QJsonArray all = p->mailboxesOf(1);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.list"_s).items().size(), 25); // default
        QCOMPARE(list({{u"limit"_s, 101}}).items().size(), 100);                    // clamped
        QCOMPARE(list({{u"page"_s, 0}, {u"limit"_s, 10}}).items(),
                 list({{u"page"_s, 1}, {u"limit"_s, 10}}).items());
        const QJsonArray page3 =
            list({{u"page"_s, 3}, {u"limit"_s, 10}, {u"offset"_s, 77}}).items();
        QCOMPARE(page3.first(), all[20]); // offset ignored with page + limit
        QCOMPARE(list({{u"offset"_s, 5}, {u"limit"_s, 2}}).items().first(), all[5]);
        const Answer past = list({{u"page"_s, 50}, {u"limit"_s, 10}});
        QCOMPARE(past.status, 200);
        QCOMPARE(past.items().size(), 0);

        const Answer zero = list({{u"limit"_s, 0}});
        QCOMPARE(zero.status, 400);
        QCOMPARE(zero.code(), kPrefix + u"INVALIDPAGINATIONEXCEPTION"_s);
        QVERIFY(zero.message().contains(u"`{\"limit\":0}`"));
        const Answer abc = list({{u"limit"_s, u"abc"_s}});
        QCOMPARE(abc.status, 400);
        QCOMPARE(abc.message(),
                 u"Unable to recognize pagination parameter `{\"limit\":\"abc\"}`"_s);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.senders"_s,
                      {{u"pagination"_s, QJsonObject{{u"page"_s, u"x"_s}}}})
                     .code(),
                 kPrefix + u"INVALIDPAGINATIONEXCEPTION"_s);

        p->config().clampLimit = false;
        QCOMPARE(list({{u"limit"_s, 101}}).code(), kPrefix + u"INVALIDPAGINATIONEXCEPTION"_s);
    }

    void pageCap()
    {
        fake::PortalConfig config;
        config.mailboxes = 250;
        config.pageCap = 50;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->mailboxesOf(1);
        const QJsonArray senders = p->sendersOf(1);
        QCOMPARE(all.size(), 250);
        QVERIFY(senders.size() >= 250);
        const QString list = u"mail.mailbox.list"_s, sendersMethod = u"mail.mailbox.senders"_s;
        const auto pageOf = [](int page, int limit) {
            return QJsonObject{{u"page"_s, page}, {u"limit"_s, limit}};
        };
        const auto offsetOf = [](int offset, int limit) {
            return QJsonObject{{u"offset"_s, offset}, {u"limit"_s, limit}};
        };

        // Clamp form: the cap is the page size, so page 2 of limit 100 starts at row 50.
        Answer a = call(p->webhookUrl(), list, {{u"pagination"_s, pageOf(2, 100)}});
        QCOMPARE(a.status, 200); // a cap is never reported
        QVERIFY(!a.object().contains(u"error"));
        QCOMPARE(a.items(), rows(all, 50, 50));
        QCOMPARE(listPage(*p, list, pageOf(1, 100)), rows(all, 0, 50));
        QCOMPARE(listPage(*p, list, offsetOf(50, 100)), rows(all, 50, 50));
        QCOMPARE(listPage(*p, list, pageOf(2, 30)), rows(all, 30, 30)); // under the cap
        QCOMPARE(listPage(*p, list, {}), rows(all, 0, 25));
        QCOMPARE(listPage(*p, sendersMethod, pageOf(2, 100)), rows(senders, 50, 50));
        QCOMPARE(batchPages(*p, {{list, pageOf(2, 100)}, {sendersMethod, pageOf(3, 100)}}),
                 (QList<QJsonArray>{rows(all, 50, 50), rows(senders, 100, 50)}));

        // Cut form: offsets follow the asked limit, so rows 50-99 need an explicit offset.
        p->config().pageCapCutsAfterOffset = true;
        a = call(p->webhookUrl(), list, {{u"pagination"_s, pageOf(2, 100)}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.items(), rows(all, 100, 50));
        QCOMPARE(listPage(*p, list, pageOf(1, 100)), rows(all, 0, 50));
        QCOMPARE(listPage(*p, list, pageOf(3, 100)), rows(all, 200, 50));
        QCOMPARE(listPage(*p, list, offsetOf(50, 100)), rows(all, 50, 50));
        QCOMPARE(listPage(*p, list, pageOf(2, 50)), rows(all, 50, 50)); // the cap as limit
        QCOMPARE(listPage(*p, sendersMethod, pageOf(2, 100)), rows(senders, 100, 50));
        QCOMPARE(listPage(*p, sendersMethod, offsetOf(50, 100)), rows(senders, 50, 50));
        QCOMPARE(batchPages(*p, {{list, pageOf(2, 100)}, {sendersMethod, pageOf(3, 100)}}),
                 (QList<QJsonArray>{rows(all, 100, 50), rows(senders, 200, 50)}));

        // A short first page is not the end: the naive walker stops after 50 of 250 rows.
        int calls = 0;
        QCOMPARE(allPages(*p, 100, &calls), rows(all, 0, 50));
        QCOMPARE(calls, 1);
        p->config().pageCap = 0;
        QCOMPARE(listPage(*p, list, pageOf(2, 100)), rows(all, 100, 100));
    }

    void ignorePage()
    {
        fake::PortalConfig config;
        config.mailboxes = 40;
        config.ignorePage = true;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->mailboxesOf(1);
        const QJsonArray senders = p->sendersOf(1);
        const QString list = u"mail.mailbox.list"_s, sendersMethod = u"mail.mailbox.senders"_s;
        const QJsonObject page3{{u"page"_s, 3}, {u"limit"_s, 10}};
        QCOMPARE(listPage(*p, list, page3), rows(all, 0, 10));
        QCOMPARE(listPage(*p, list, {{u"offset"_s, 20}, {u"limit"_s, 5}}), rows(all, 0, 5));
        QCOMPARE(listPage(*p, sendersMethod, page3), rows(senders, 0, 10));
        QCOMPARE(batchPages(*p, {{list, page3}, {sendersMethod, page3}}),
                 (QList<QJsonArray>{rows(all, 0, 10), rows(senders, 0, 10)}));
        QCOMPARE(p->stats().perMethod.value(list), 3);
        p->config().ignorePage = false;
        QCOMPARE(listPage(*p, list, page3), rows(all, 20, 10));
    }

    void repeatPages()
    {
        fake::PortalConfig config;
        config.mailboxes = 60;
        config.repeatPagesAfter = 2;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->mailboxesOf(1);
        const QJsonArray senders = p->sendersOf(1);
        const QString list = u"mail.mailbox.list"_s, sendersMethod = u"mail.mailbox.senders"_s;
        const auto pageOf = [](int page) {
            return QJsonObject{{u"page"_s, page}, {u"limit"_s, 10}};
        };
        const auto offsetOf = [](int offset) {
            return QJsonObject{{u"offset"_s, offset}, {u"limit"_s, 10}};
        };
        QCOMPARE(listPage(*p, list, pageOf(1)), rows(all, 0, 10));
        QCOMPARE(listPage(*p, list, pageOf(2)), rows(all, 10, 10));
        QCOMPARE(listPage(*p, list, pageOf(3)), rows(all, 10, 10)); // stuck
        QCOMPARE(listPage(*p, list, pageOf(6)), rows(all, 10, 10));
        QCOMPARE(listPage(*p, list, offsetOf(15)), rows(all, 15, 10)); // inside page 2
        QCOMPARE(listPage(*p, list, offsetOf(20)), rows(all, 10, 10)); // past its end
        QCOMPARE(listPage(*p, list, offsetOf(500)), rows(all, 10, 10));
        QCOMPARE(listPage(*p, sendersMethod, pageOf(4)), rows(senders, 10, 10));
        QCOMPARE(batchPages(*p, {{list, pageOf(2)}, {list, pageOf(3)}, {sendersMethod, pageOf(3)}}),
                 (QList<QJsonArray>{rows(all, 10, 10), rows(all, 10, 10), rows(senders, 10, 10)}));
        // With a clamping cap the stuck page is the capped page 2.
        p->config().pageCap = 5;
        QCOMPARE(listPage(*p, list, pageOf(3)), rows(all, 5, 5));
        p->config().pageCap = 0;
        p->config().repeatPagesAfter = 0;
        QCOMPARE(listPage(*p, list, pageOf(3)), rows(all, 20, 10));
    }

    void cyclingAndEndlessPages()
    {
        fake::PortalConfig config;
        config.mailboxes = 60;
        config.cyclePagesAfter = 2;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->mailboxesOf(1);
        const QJsonArray senders = p->sendersOf(1);
        const QString list = u"mail.mailbox.list"_s, sendersMethod = u"mail.mailbox.senders"_s;
        const auto pageOf = [](int page) {
            return QJsonObject{{u"page"_s, page}, {u"limit"_s, 10}};
        };
        QCOMPARE(listPage(*p, list, pageOf(2)), rows(all, 10, 10));
        QCOMPARE(listPage(*p, list, pageOf(3)), rows(all, 0, 10)); // from page 1 again
        QCOMPARE(listPage(*p, list, pageOf(6)), rows(all, 10, 10));
        QCOMPARE(listPage(*p, list, QJsonObject{{u"offset"_s, 25}, {u"limit"_s, 10}}),
                 rows(all, 5, 10)); // offsets wrap at the end of page 2
        QCOMPARE(batchPages(*p, {{list, pageOf(3)}, {sendersMethod, pageOf(4)}}),
                 (QList<QJsonArray>{rows(all, 0, 10), rows(senders, 10, 10)}));

        // Endless: the data, then whole pages of new rows, never the same twice.
        p->config().cyclePagesAfter = 0;
        p->config().endlessPages = true;
        QCOMPARE(listPage(*p, list, pageOf(1)), rows(all, 0, 10));
        const QJsonArray pastEnd = listPage(*p, list, pageOf(7));
        QCOMPARE(pastEnd.size(), 10);
        QSet<qint64> ids;
        for (const int n : {7, 8, 1000, 100000}) {
            for (const QJsonValue &row : listPage(*p, list, pageOf(n)))
                ids.insert(row[u"id"].toInteger());
        }
        QCOMPARE(ids.size(), 40);
        for (const QJsonValue &row : all)
            QVERIFY(!ids.contains(row[u"id"].toInteger()));
        const QJsonArray sendersPast = listPage(*p, sendersMethod, pageOf(1000));
        QCOMPARE(sendersPast.size(), 10);
        QVERIFY(sendersPast.first()[u"email"].toString().startsWith(u"endless."_s));

        // Overlap: each page after the first repeats the last rows of the one before.
        p->config().endlessPages = false;
        p->config().overlapRows = 3;
        QCOMPARE(listPage(*p, list, pageOf(1)), rows(all, 0, 10));
        QCOMPARE(listPage(*p, list, pageOf(2)), rows(all, 7, 10));
        QCOMPARE(listPage(*p, list, pageOf(3)), rows(all, 17, 10));
    }

    void filters()
    {
        fake::PortalConfig config;
        config.mailboxes = 60;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->mailboxesOf(1);
        const auto expected = [&](const QString &name, const QString &email,
                                  Qt::CaseSensitivity cs) {
            QJsonArray out;
            for (const QJsonValue &v : all) {
                const QJsonObject m = v.toObject();
                if (m.value(u"name").toString().contains(name, cs) &&
                    m.value(u"email").toString().contains(email, cs))
                    out.append(m);
            }
            return out;
        };
        const auto list = [&](const QJsonObject &filter) {
            QJsonObject query = filter;
            query.insert(u"pagination"_s, QJsonObject{{u"limit"_s, 100}});
            return call(p->webhookUrl(), u"mail.mailbox.list"_s, query).items();
        };
        const QJsonArray sales = list({{u"name"_s, u"SALES"_s}});
        QVERIFY(sales.size() >= 2);
        QCOMPARE(sales, expected(u"sales"_s, {}, Qt::CaseInsensitive));
        QCOMPARE(list({{u"email"_s, u"example.TEST"_s}}),
                 expected({}, u"example.test"_s, Qt::CaseInsensitive));
        QCOMPARE(list({{u"name"_s, u"sales"_s}, {u"email"_s, u"acme"_s}}),
                 expected(u"sales"_s, u"acme"_s, Qt::CaseInsensitive));
        QCOMPARE(list({{u"name"_s, u""_s}, {u"email"_s, u""_s}}).size(), 60); // empty: no filter
        QCOMPARE(list({{u"name"_s, u"Продажи"_s}}),
                 expected(u"Продажи"_s, {}, Qt::CaseInsensitive));
        p->config().caseInsensitiveFilter = false;
        QCOMPARE(list({{u"name"_s, u"SALES"_s}}).size(), 0);
        QCOMPARE(list({{u"name"_s, u"Sales"_s}}), expected(u"Sales"_s, {}, Qt::CaseSensitive));
    }

    void getMailbox()
    {
        auto p = portal();
        QVERIFY(p);
        const QJsonObject first = p->mailboxesOf(1).first().toObject();
        const int id = first.value(u"id").toInt();
        Answer a = call(p->webhookUrl(), u"mail.mailbox.get"_s, {{u"id"_s, id}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.result().value(u"item").toObject(), first);
        a = call(p->webhookUrl(), u"mail.mailbox.get"_s,
                 {{u"id"_s, id}, {u"select"_s, QJsonArray{u"id"_s, u"email"_s, u"bogus"_s}}});
        QCOMPARE(a.result().value(u"item").toObject(),
                 (QJsonObject{{u"id"_s, id}, {u"email"_s, first.value(u"email")}}));

        a = call(p->webhookUrl(), u"mail.mailbox.get"_s);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s);
        QCOMPARE(a.object()[u"error"][u"validation"][0][u"field"].toString(), u"id"_s);
        QVERIFY(!a.object().contains(u"result"));
        // Query-string parameters never reach the method.
        a = get(p->webhookUrl().resolved(QUrl(u"mail.mailbox.get?id=%1"_s.arg(id))));
        QCOMPARE(a.code(), kPrefix + u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s);

        a = call(p->webhookUrl(), u"mail.mailbox.get"_s, {{u"id"_s, 999999}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"ENTITYNOTFOUNDEXCEPTION"_s);
        QCOMPARE(a.message(), u"Record with ID = `999999` not found"_s);

        const int foreign = p->mailboxesOf(2).first().toObject().value(u"id").toInt();
        a = call(p->webhookUrl(), u"mail.mailbox.get"_s, {{u"id"_s, foreign}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"ENTITYNOTFOUNDEXCEPTION"_s);
        p->config().foreignMailboxDenied = true;
        a = call(p->webhookUrl(), u"mail.mailbox.get"_s, {{u"id"_s, foreign}});
        QCOMPARE(a.status, 403);
        QCOMPARE(a.code(), kPrefix + u"ACCESSDENIEDEXCEPTION"_s);

        p->config().strictGetSelect = true;
        a = call(p->webhookUrl(), u"mail.mailbox.get"_s,
                 {{u"id"_s, id}, {u"select"_s, QJsonArray{u"bogus"_s}}});
        QCOMPARE(a.code(), kPrefix + u"UNKNOWNDTOPROPERTYEXCEPTION"_s);
    }

    void senders()
    {
        fake::PortalConfig config;
        config.mailboxes = 30;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->sendersOf(1);
        QVERIFY(all.size() > 30);
        Answer a = call(p->webhookUrl(), u"mail.mailbox.senders"_s);
        QCOMPARE(a.items().size(), 25);
        a = call(p->webhookUrl(), u"mail.mailbox.senders"_s,
                 {{u"pagination"_s, QJsonObject{{u"limit"_s, 100}}}});
        QCOMPARE(a.items(), all);
        QCOMPARE(a.result().keys(), QStringList{u"items"_s});
        // The same email under two names.
        const QJsonObject one = all[0].toObject(), two = all[1].toObject();
        QCOMPARE(one.value(u"email"), two.value(u"email"));
        QVERIFY(one.value(u"name") != two.value(u"name"));
        QCOMPARE(two.value(u"sender").toString(),
                 two.value(u"name").toString() + u" <"_s + two.value(u"email").toString() + u'>');
    }

    void fields()
    {
        auto p = portal();
        QVERIFY(p);
        Answer a = call(p->webhookUrl(), u"mail.mailbox.field.list"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.items().size(), 4);
        for (const QJsonValue &v : a.items()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.size(), 11);
            QCOMPARE(f.value(u"title"), f.value(u"name"));
            QCOMPARE(f.value(u"sortable").toBool(true), false);
            QCOMPARE(f.value(u"filterable").toBool(true), false);
            QCOMPARE(f.value(u"type").toString(),
                     f.value(u"name") == u"id"_s ? u"int"_s : u"string"_s);
        }
        a = call(p->webhookUrl(), u"mail.mailbox.field.list"_s,
                 {{u"select"_s, QJsonArray{u"name"_s, u"type"_s}}});
        QCOMPARE(a.items().first().toObject(),
                 (QJsonObject{{u"name"_s, u"id"_s}, {u"type"_s, u"int"_s}}));
        a = call(p->webhookUrl(), u"mail.mailbox.field.list"_s,
                 {{u"select"_s, QJsonArray{u"foo"_s}}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"UNKNOWNDTOPROPERTYEXCEPTION"_s);
        QCOMPARE(a.message(), u"Unknown field `foo` for entity `DtoFieldDto`"_s);
        a = call(p->webhookUrl(), u"mail.mailbox.field.list"_s, {{u"select"_s, u"name"_s}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"INVALIDSELECTEXCEPTION"_s);

        a = call(p->webhookUrl(), u"mail.mailbox.field.get"_s,
                 {{u"name"_s, u"senderName"_s},
                  {u"select"_s, QJsonArray{u"name"_s, u"type"_s, u"title"_s}}});
        QCOMPARE(a.result().value(u"item").toObject(),
                 (QJsonObject{{u"name"_s, u"senderName"_s},
                              {u"type"_s, u"string"_s},
                              {u"title"_s, u"senderName"_s}}));
        a = call(p->webhookUrl(), u"mail.mailbox.field.get"_s);
        QCOMPARE(a.code(), kPrefix + u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s);
        QCOMPARE(a.object()[u"error"][u"validation"][0][u"field"].toString(), u"name"_s);
        a = call(p->webhookUrl(), u"mail.mailbox.field.get"_s, {{u"name"_s, u"x"_s}});
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), u"BITRIX_REST_V3_REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION"_s);
        QCOMPARE(a.message(), u"Field `x` not found"_s);
    }

    void scopes()
    {
        auto p = portal();
        QVERIFY(p);
        const QString code = p->addWebhook(1, {u"user"_s});
        const QUrl noMail = p->baseUrl().resolved(QUrl(u"rest/api/1/%1/"_s.arg(code)));
        for (const auto method :
             {u"mail.mailbox.list", u"mail.mailbox.get", u"mail.mailbox.senders",
              u"mail.mailbox.field.list", u"mail.mailbox.field.get"}) {
            const Answer a =
                call(noMail, QString::fromUtf16(method), {{u"id"_s, 1}, {u"name"_s, u"id"_s}});
            QCOMPARE(a.status, 403);
            QCOMPARE(a.code(), kPrefix + u"INSUFFICIENTSCOPEEXCEPTION"_s);
        }
        Answer a = call(noMail, u"scope"_s);
        QCOMPARE(a.object().value(u"result").toArray(), QJsonArray{u"user"_s});
        // REST 1.0 path of `scope` (§8).
        const QString hook = p->webhookUrl().path().split(u'/', Qt::SkipEmptyParts).at(3);
        a = get(p->baseUrl().resolved(QUrl(u"rest/1/%1/scope"_s.arg(hook))));
        QCOMPARE(a.object().value(u"result").toArray(), (QJsonArray{u"mail"_s, u"user"_s}));
        a = get(p->baseUrl().resolved(QUrl(u"rest/1/%1/scope.json"_s.arg(hook))));
        QCOMPARE(a.status, 200);
    }

    void authAndRouting()
    {
        auto p = portal();
        QVERIFY(p);
        const QUrl bad = p->baseUrl().resolved(QUrl(u"rest/api/1/wrongcode/"_s));
        Answer a = call(bad, u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 401);
        QCOMPARE(a.code(), u"NO_AUTH_FOUND"_s);
        QVERIFY(!a.nested()); // flat by default
        p->config().nestedSystemErrors = true;
        a = call(bad, u"mail.mailbox.list"_s);
        QCOMPARE(a.code(), u"NO_AUTH_FOUND"_s);
        QVERIFY(a.nested());
        p->config().nestedSystemErrors = false;
        // The right code under the wrong user id.
        const QString hook = p->webhookUrl().path().split(u'/', Qt::SkipEmptyParts).at(3);
        QCOMPARE(
            call(p->baseUrl().resolved(QUrl(u"rest/api/2/%1/"_s.arg(hook))), u"scope"_s).status,
            401);
        const QString temp = p->addWebhook(1, {u"mail"_s});
        const QUrl tempUrl = p->baseUrl().resolved(QUrl(u"rest/api/1/%1/"_s.arg(temp)));
        QCOMPARE(call(tempUrl, u"scope"_s).status, 200);
        p->revokeWebhook(temp);
        QCOMPARE(call(tempUrl, u"scope"_s).code(), u"NO_AUTH_FOUND"_s);

        // OAuth: body auth, Bearer, expiry, unknown token.
        const QUrl api = p->baseUrl().resolved(QUrl(u"rest/api/"_s));
        const QString token = p->issueAccessToken(1, {u"mail"_s});
        a = call(api, u"mail.mailbox.list"_s, {{u"auth"_s, token}});
        QCOMPARE(a.status, 200);
        QCOMPARE(a.items().size(), 12);
        QNetworkRequest bearer(api.resolved(QUrl(u"mail.mailbox.field.list"_s)));
        bearer.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QCOMPARE(send(bearer, "GET").status, 200);
        QCOMPARE(call(api, u"mail.mailbox.list"_s, {{u"auth"_s, u"nope"_s}}).code(),
                 u"NO_AUTH_FOUND"_s);
        p->config().unknownTokenIsInvalidToken = true;
        QCOMPARE(call(api, u"mail.mailbox.list"_s, {{u"auth"_s, u"nope"_s}}).code(),
                 u"invalid_token"_s);
        const QString shortLived = p->issueAccessToken(1, {u"mail"_s}, 5);
        p->advanceClock(6);
        a = call(api, u"mail.mailbox.list"_s, {{u"auth"_s, shortLived}});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.code(), u"expired_token"_s);
        p->expireAllAccessTokens();
        QCOMPARE(call(api, u"mail.mailbox.list"_s, {{u"auth"_s, token}}).code(),
                 u"expired_token"_s);

        // No REST 1.0 fallback for mail; unknown v3 methods; probing.
        for (const auto path : {u"rest/mail.mailbox.list", u"rest/mail.mailbox.list.json"}) {
            a = get(p->baseUrl().resolved(QUrl(QString::fromUtf16(path))));
            QCOMPARE(a.status, 404);
            QCOMPARE(a.code(), u"ERROR_METHOD_NOT_FOUND"_s);
        }
        a = get(p->baseUrl().resolved(QUrl(u"rest/1/%1/mail.mailbox.list.json"_s.arg(hook))));
        QCOMPARE(a.code(), u"ERROR_METHOD_NOT_FOUND"_s);
        a = call(p->webhookUrl(), u"mail.mailbox.delete"_s);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.code(), kPrefix + u"METHODNOTFOUNDEXCEPTION"_s);
        for (const auto method : {u"rest.documentation.openapi", u"documentation"}) {
            a = get(p->webhookUrl().resolved(QUrl(QString::fromUtf16(method))));
            QCOMPARE(a.status, 200);
            const QJsonObject paths = a.object().value(u"paths").toObject();
            for (const auto m :
                 {u"/mail.mailbox.list", u"/mail.mailbox.get", u"/mail.mailbox.senders",
                  u"/mail.mailbox.field.list", u"/mail.mailbox.field.get"})
                QVERIFY(paths.contains(m));
            QCOMPARE(call(p->webhookUrl(), QString::fromUtf16(method)).status, 200);
        }
        p->config().restV3 = false;
        QCOMPARE(call(p->webhookUrl(), u"rest.documentation.openapi"_s).status, 404);
        p->config().restV3 = true;

        // JSON only.
        a = post(p->webhookUrl().resolved(QUrl(u"mail.mailbox.get"_s)), "id=1",
                 "application/x-www-form-urlencoded");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"INVALIDJSONEXCEPTION"_s);
        a = post(p->webhookUrl().resolved(QUrl(u"mail.mailbox.get"_s)), "{\"id\":");
        QCOMPARE(a.code(), kPrefix + u"INVALIDJSONEXCEPTION"_s);

        // Localized messages, same codes.
        p->config().language = u"ru"_s;
        a = call(p->webhookUrl(), u"mail.mailbox.get"_s, {{u"id"_s, 999999}});
        QCOMPARE(a.code(), kPrefix + u"ENTITYNOTFOUNDEXCEPTION"_s);
        QCOMPARE(a.message(), u"Запись с ID = `999999` не найдена"_s);
        QCOMPARE(call(bad, u"scope"_s).message(), u"Неверные авторизационные данные"_s);

        // Access denied for a user without mail rights; time on errors.
        p->config().accessDeniedUsers = {1};
        p->config().timeOnErrors = true;
        a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 403);
        QCOMPARE(a.code(), kPrefix + u"ACCESSDENIEDEXCEPTION"_s);
        QVERIFY(a.object().contains(u"time"));
    }

    void batch()
    {
        auto p = portal();
        QVERIFY(p);
        const int id = p->mailboxesOf(1).first().toObject().value(u"id").toInt();
        const QJsonArray commands{
            QJsonObject{{u"method"_s, u"mail.mailbox.get"_s},
                        {u"query"_s, QJsonObject{{u"id"_s, id}}}},
            QJsonObject{{u"method"_s, u"mail.mailbox.senders"_s}, {u"query"_s, QJsonObject{}}},
            QJsonObject{{u"method"_s, u"mail.mailbox.get"_s}, {u"query"_s, QJsonObject{}}},
        };
        const QUrl url = p->webhookUrl().resolved(QUrl(u"batch"_s));
        Answer a = post(url, QJsonDocument(commands).toJson());
        QCOMPARE(a.status, 200);
        const QJsonArray results = a.object().value(u"result").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(u"item").toObject().value(u"id").toInt(), id);
        QCOMPARE(results[1].toObject().value(u"items").toArray(), p->sendersOf(1));
        QCOMPARE(results[2][u"error"][u"code"].toString(),
                 kPrefix + u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s);
        QVERIFY(a.object().contains(u"time"));
        QCOMPARE(p->stats().batchCalls, 1);
        QCOMPARE(p->stats().perMethod.value(u"mail.mailbox.get"_s), 2);

        p->config().batchFailWhole = true;
        a = post(url, QJsonDocument(commands).toJson());
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"VALIDATION_REQUESTVALIDATIONEXCEPTION"_s);
        p->config().batchFailWhole = false;

        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject{{u"method"_s, u"scope"_s}});
        a = post(url, QJsonDocument(many).toJson());
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), u"ERROR_BATCH_LENGTH_EXCEEDED"_s);
        many.removeLast();
        QCOMPARE(post(url, QJsonDocument(many).toJson()).status, 200);

        a = post(url, R"([{"method":"batch","query":[]}])");
        QCOMPARE(a.status, 405);
        QCOMPARE(a.code(), u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s);
        a = post(url, R"({"halt":0,"cmd":{"a":"mail.mailbox.list"}})");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"INVALIDSELECTEXCEPTION"_s);

        // OAuth batch with ?auth=.
        const QString token = p->issueAccessToken(1, {u"mail"_s});
        QUrl oauthBatch = p->baseUrl().resolved(QUrl(u"rest/api/batch"_s));
        oauthBatch.setQuery(u"auth="_s + token);
        a = post(oauthBatch, QJsonDocument(commands).toJson());
        QCOMPARE(a.status, 200);
    }

    void batchAsAnObject()
    {
        // b24jssdk 2.2.0 spreads its commands into {"0":{…},"1":{…},…} (§7): run in the order
        // the keys are written, which QJsonObject's sorted keys would lose ("10" before "2").
        fake::PortalConfig config;
        config.mailboxes = 300;
        auto p = portal(config);
        QVERIFY(p);
        const QJsonArray all = p->mailboxesOf(1);
        QByteArray body = "{";
        for (int i = 0; i < 12; ++i) {
            const QJsonObject command{
                {u"method"_s, u"mail.mailbox.list"_s},
                {u"query"_s, QJsonObject{{u"pagination"_s,
                                          QJsonObject{{u"page"_s, i + 1}, {u"limit"_s, 20}}}}}};
            body += (i ? ",\n  \"" : "\n  \"") + QByteArray::number(i) +
                    "\" : " + QJsonDocument(command).toJson(QJsonDocument::Compact);
        }
        body += "\n}";
        const QUrl url = p->webhookUrl().resolved(QUrl(u"batch"_s));
        Answer a = post(url, body);
        QCOMPARE(a.status, 200);
        QJsonArray results = a.object().value(u"result").toArray();
        QCOMPARE(results.size(), 12);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(results[i][u"items"].toArray(), rows(all, i * 20, 20));
        QCOMPARE(p->stats().perMethod.value(u"mail.mailbox.list"_s), 12);

        // Written out of order, run as written; an escaped key is still a key.
        a = post(
            url,
            R"({"1":{"method":"mail.mailbox.list","query":{"pagination":{"page":2,"limit":5}}},)"
            R"("\u0030":{"method":"scope","query":{}}})");
        QCOMPARE(a.status, 200);
        results = a.object().value(u"result").toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][u"items"].toArray(), rows(all, 5, 5));
        QVERIFY(results[1].toArray().contains(u"mail"_s)); // `scope` ran second

        // An `auth` entry is no command: the whole batch fails before any command runs,
        // with the webhook and with an OAuth token alike.
        const int before = p->stats().perMethod.value(u"mail.mailbox.list"_s);
        const QByteArray command =
            R"({"method":"mail.mailbox.list","query":{"pagination":{"page":1,"limit":5}}})";
        a = post(url, "{\"0\":" + command + ",\"auth\":\"whatever\"}");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"INVALIDSELECTEXCEPTION"_s);
        const QString token = p->issueAccessToken(1, {u"mail"_s});
        a = post(p->baseUrl().resolved(QUrl(u"rest/api/batch"_s)),
                 "{\"0\":" + command + ",\"auth\":\"" + token.toUtf8() + "\"}");
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), kPrefix + u"INVALIDSELECTEXCEPTION"_s);
        QCOMPARE(p->stats().perMethod.value(u"mail.mailbox.list"_s), before);
        // The same object without `auth`, the token as Bearer: accepted.
        QNetworkRequest bearer(p->baseUrl().resolved(QUrl(u"rest/api/batch"_s)));
        bearer.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        bearer.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        a = send(bearer, "POST", "{\"0\":" + command + "}");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object().value(u"result")[0][u"items"].toArray(), rows(all, 0, 5));
        // Nothing to run is no batch either.
        QCOMPARE(post(url, "{}").code(), kPrefix + u"INVALIDSELECTEXCEPTION"_s);
    }

    void batchResultFault()
    {
        auto p = portal();
        QVERIFY(p);
        const QByteArray commands =
            R"([{"method":"mail.mailbox.list","query":{}},{"method":"scope","query":{}}])";
        const QUrl url = p->webhookUrl().resolved(QUrl(u"batch"_s));

        p->config().batchResultFault = fake::BatchResultFault::EmptyArray;
        Answer a = post(url, commands);
        QCOMPARE(a.status, 200);
        QVERIFY(a.object().value(u"result").isArray());
        QCOMPARE(a.object().value(u"result").toArray().size(), 0);
        QVERIFY(a.object().value(u"time").isObject());
        QVERIFY(!a.object().contains(u"error"));

        p->config().batchResultFault = fake::BatchResultFault::NotArray;
        a = post(url, commands);
        QCOMPARE(a.status, 200);
        QVERIFY(a.object().value(u"result").isObject());
        QVERIFY(a.result().isEmpty());
        QVERIFY(a.object().value(u"time").isObject());
        // The commands ran all the same; single calls are untouched.
        QCOMPARE(p->stats().batchCalls, 2);
        QCOMPARE(p->stats().perMethod.value(u"mail.mailbox.list"_s), 2);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.list"_s).items(), p->mailboxesOf(1));

        p->config().batchResultFault = fake::BatchResultFault::None;
        a = post(url, commands);
        QCOMPARE(a.object().value(u"result").toArray().size(), 2);
    }

    void rateLimit()
    {
        fake::PortalConfig config;
        config.rateBurst = 5;
        // Draining one request takes 1000 s: only advanceClock() frees room, however slowly
        // the machine runs the requests.
        config.rateDrainPerSec = 0.001;
        auto p = portal(config);
        QVERIFY(p);
        // A batch of many commands counts as one request.
        QJsonArray commands;
        for (int i = 0; i < 10; ++i)
            commands.append(QJsonObject{{u"method"_s, u"scope"_s}});
        QCOMPARE(post(p->webhookUrl().resolved(QUrl(u"batch"_s)), QJsonDocument(commands).toJson())
                     .status,
                 200);
        int ok = 1;
        Answer a;
        for (int i = 0; i < 10; ++i) {
            a = call(p->webhookUrl(), u"scope"_s);
            if (a.status != 200)
                break;
            ++ok;
        }
        QCOMPARE(ok, 5); // the batch and four calls
        QCOMPARE(a.status, 503);
        QCOMPARE(a.code(), u"QUERY_LIMIT_EXCEEDED"_s);
        QCOMPARE(p->stats().rateLimited, 1);
        QCOMPARE(p->stats().requests, 6);
        p->advanceClock(1000); // room for exactly one more
        QCOMPARE(call(p->webhookUrl(), u"scope"_s).status, 200);
        QCOMPARE(call(p->webhookUrl(), u"scope"_s).status, 503);
        QCOMPARE(p->stats().rateLimited, 2);

        p->config().overload = true;
        a = call(p->webhookUrl(), u"scope"_s);
        QCOMPARE(a.status, 503);
        QCOMPARE(a.code(), u"OVERLOAD_LIMIT"_s);
    }

    void operatingLimit()
    {
        fake::PortalConfig config;
        config.operatingLimitSecs = 1.0;
        config.operatingCostSecs = 0.25;
        auto p = portal(config);
        QVERIFY(p);
        qint64 resetAt = 0;
        double firstStart = 0;
        for (int i = 1; i <= 4; ++i) {
            const Answer a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
            QCOMPARE(a.status, 200);
            const QJsonObject time = a.object().value(u"time").toObject();
            QCOMPARE(time.value(u"operating").toDouble(), 0.25 * i);
            if (i == 1) {
                resetAt = time.value(u"operating_reset_at").toInteger();
                firstStart = time.value(u"start").toDouble();
            }
            QCOMPARE(time.value(u"operating_reset_at").toInteger(), resetAt);
        }
        // 10 minutes after the first call, on the portal's clock (start may print as an int).
        QVERIFY2(resetAt >= firstStart + 600 && resetAt <= firstStart + 601,
                 qPrintable(u"%1 vs %2"_s.arg(resetAt).arg(firstStart, 0, 'f', 3)));
        Answer a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 429);
        QCOMPARE(a.code(), u"OPERATION_TIME_LIMIT"_s);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.senders"_s).status,
                 200); // other methods work
        // Another credential has its own budget.
        const QString other = p->addWebhook(1, {u"mail"_s});
        QCOMPARE(call(p->baseUrl().resolved(QUrl(u"rest/api/1/%1/"_s.arg(other))),
                      u"mail.mailbox.list"_s)
                     .status,
                 200);
        p->advanceClock(601);
        a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object()[u"time"][u"operating"].toDouble(), 0.25);
        p->config().operatingLimit = false;
        for (int i = 0; i < 5; ++i)
            QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.list"_s).status, 200);
    }

    void oauthFlow()
    {
        fake::PortalConfig config;
        config.redirectUri = u"https://app.example.test/callback"_s;
        auto p = portal(config);
        QVERIFY(p);
        Answer a = get(p->authorizeUrl(u"s-91f2"_s));
        QCOMPARE(a.status, 302);
        const QByteArray location = a.header("Location");
        QVERIFY(location.startsWith("https://app.example.test/callback?"));
        QVERIFY(location.contains("scope=mail%2Cuser"));
        const QUrlQuery redirect(QUrl::fromEncoded(location));
        QCOMPARE(redirect.queryItemValue(u"state"_s), u"s-91f2"_s);
        QCOMPARE(redirect.queryItemValue(u"domain"_s, QUrl::FullyDecoded), p->portalDomain());
        QCOMPARE(redirect.queryItemValue(u"member_id"_s), p->memberId());
        QCOMPARE(redirect.queryItemValue(u"server_domain"_s, QUrl::FullyDecoded),
                 u"127.0.0.1:%1"_s.arg(p->authServerUrl().port()));
        const QString code = redirect.queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());

        const QList<std::pair<QString, QString>> exchange = {
            {u"grant_type"_s, u"authorization_code"_s},
            {u"client_id"_s, p->clientId()},
            {u"client_secret"_s, p->clientSecret()},
            {u"code"_s, code}};
        a = get(tokenUrl(*p, exchange));
        QCOMPARE(a.status, 200);
        QJsonObject tokens = a.object();
        for (const auto key :
             {u"access_token", u"refresh_token", u"expires_in", u"scope", u"status", u"member_id",
              u"domain", u"client_endpoint", u"server_endpoint"})
            QVERIFY2(tokens.contains(key), qPrintable(QString::fromUtf16(key)));
        QVERIFY(!tokens.contains(u"expires"));
        QVERIFY(!tokens.contains(u"user_id"));
        QCOMPARE(tokens.value(u"expires_in").toInt(), 3600);
        QCOMPARE(tokens.value(u"scope").toString(), u"mail,user"_s);
        QCOMPARE(tokens.value(u"domain").toString(),
                 redirect.queryItemValue(u"server_domain"_s, QUrl::FullyDecoded));
        QCOMPARE(tokens.value(u"client_endpoint").toString(), p->baseUrl().toString() + u"rest/"_s);
        QCOMPARE(tokens.value(u"server_endpoint").toString(),
                 p->authServerUrl().toString() + u"rest/"_s);

        // The token works on REST 3.0 (client_endpoint + api/).
        const QUrl api = QUrl(tokens.value(u"client_endpoint").toString() + u"api/"_s);
        const QString access = tokens.value(u"access_token").toString();
        QCOMPARE(call(api, u"mail.mailbox.list"_s, {{u"auth"_s, access}}).status, 200);

        // Single use.
        a = get(tokenUrl(*p, exchange));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_grant"_s);

        // Refresh via POST form; rotation.
        const QString refresh = tokens.value(u"refresh_token").toString();
        const QByteArray form =
            "grant_type=refresh_token&client_id=" + QUrl::toPercentEncoding(p->clientId()) +
            "&client_secret=" + QUrl::toPercentEncoding(p->clientSecret()) +
            "&refresh_token=" + refresh.toLatin1();
        a = post(p->authServerUrl().resolved(QUrl(u"oauth/token/"_s)), form,
                 "application/x-www-form-urlencoded");
        QCOMPARE(a.status, 200);
        tokens = a.object();
        QVERIFY(tokens.contains(u"expires"));
        QCOMPARE(tokens.value(u"user_id").toInt(), 1);
        QVERIFY(tokens.value(u"refresh_token").toString() != refresh);
        a = post(p->authServerUrl().resolved(QUrl(u"oauth/token/"_s)), form,
                 "application/x-www-form-urlencoded");
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_grant"_s);
        QCOMPARE(p->stats().tokenRefreshes, 2);
        QCOMPARE(p->stats().codeExchanges, 2);

        // Access TTL.
        const QString fresh = tokens.value(u"access_token").toString();
        p->advanceClock(3601);
        a = call(api, u"mail.mailbox.list"_s, {{u"auth"_s, fresh}});
        QCOMPARE(a.status, 401);
        QCOMPARE(a.code(), u"expired_token"_s);

        // Refresh token revoked.
        const QString latest = tokens.value(u"refresh_token").toString();
        p->revokeAllRefreshTokens();
        a = get(tokenUrl(*p, {{u"grant_type"_s, u"refresh_token"_s},
                              {u"client_id"_s, p->clientId()},
                              {u"client_secret"_s, p->clientSecret()},
                              {u"refresh_token"_s, latest}}));
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_grant"_s);
    }

    void oauthErrors()
    {
        fake::PortalConfig config;
        config.redirectUri = u"http://127.0.0.1:1/cb"_s;
        config.codeTtlSecs = 30;
        auto p = portal(config);
        QVERIFY(p);
        // Code TTL (the error itself: expiredCode()).
        QString code = authorize(*p, u"a"_s).queryItemValue(u"code"_s);
        p->advanceClock(31);
        Answer a = get(tokenUrl(*p, {{u"grant_type"_s, u"authorization_code"_s},
                                     {u"client_id"_s, p->clientId()},
                                     {u"client_secret"_s, p->clientSecret()},
                                     {u"code"_s, code}}));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object().value(u"error").toString(), u"expired_token"_s);
        QVERIFY(a.object().contains(u"error_description"));

        code = authorize(*p, u"b"_s).queryItemValue(u"code"_s);
        a = get(tokenUrl(*p, {{u"grant_type"_s, u"authorization_code"_s},
                              {u"client_id"_s, p->clientId()},
                              {u"client_secret"_s, u"wrong"_s},
                              {u"code"_s, code}}));
        QCOMPARE(a.status, 401);
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_client"_s);
        a = get(tokenUrl(
            *p, {{u"grant_type"_s, u"authorization_code"_s}, {u"client_id"_s, p->clientId()}}));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_request"_s);

        // redirect_uri parameter (INFERRED) and the failure pages.
        QUrl url = p->authorizeUrl(u"c"_s);
        QUrlQuery query(url);
        query.addQueryItem(u"redirect_uri"_s, u"http%3A%2F%2Flocalhost%3A5%2Fother"_s);
        url.setQuery(query);
        a = get(url);
        QCOMPARE(a.status, 302);
        QVERIFY(a.header("Location").startsWith("http://localhost:5/other?code="));
        QUrl unknown =
            p->baseUrl().resolved(QUrl(u"oauth/authorize/?client_id=local.x.1&state=z"_s));
        a = get(unknown);
        QVERIFY(a.header("Location").isEmpty());
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        p->config().authorizeApproves = false;
        a = get(p->authorizeUrl(u"d"_s));
        QCOMPARE(a.status, 200);
        QVERIFY(a.header("Location").isEmpty());
        QVERIFY(a.body.contains("<html"));
    }

    void expiredCode()
    {
        fake::PortalConfig config;
        config.redirectUri = u"http://127.0.0.1:1/cb"_s;
        auto p = portal(config);
        QVERIFY(p);
        const auto exchange = [&](const QString &code) {
            return get(tokenUrl(*p, {{u"grant_type"_s, u"authorization_code"_s},
                                     {u"client_id"_s, p->clientId()},
                                     {u"client_secret"_s, p->clientSecret()},
                                     {u"code"_s, code}}));
        };
        QCOMPARE(p->config().expiredCodeError, u"expired_token"_s);

        // The recorded answer to a late code (§5.5).
        QString code = authorize(*p, u"a"_s).queryItemValue(u"code"_s);
        p->advanceClock(double(config.codeTtlSecs) + 1);
        Answer a = exchange(code);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object(), (QJsonObject{{u"error"_s, u"expired_token"_s},
                                          {u"error_description"_s,
                                           u"The authorization token provided has expired."_s}}));
        // The late code was consumed: trying it again is a used code.
        a = exchange(code);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_grant"_s);
        QCOMPARE(exchange(u"0123456789abcdef0123456789abcdef"_s).object().value(u"error"),
                 u"invalid_grant"_s);
        // In time, the code is fine; used twice, invalid_grant.
        code = authorize(*p, u"b"_s).queryItemValue(u"code"_s);
        p->advanceClock(double(config.codeTtlSecs) - 5);
        QCOMPARE(exchange(code).status, 200);
        QCOMPARE(exchange(code).object().value(u"error"), u"invalid_grant"_s);

        // The other reading.
        p->config().expiredCodeError = u"invalid_grant"_s;
        code = authorize(*p, u"c"_s).queryItemValue(u"code"_s);
        p->advanceClock(double(config.codeTtlSecs) + 1);
        a = exchange(code);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_grant"_s);
        QCOMPARE(p->stats().codeExchanges, 6);
    }

    void https()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend");
        fake::PortalConfig config;
        config.https = true;
        auto p = portal(config);
        QVERIFY(p);
        QCOMPARE(p->baseUrl().scheme(), u"https"_s);
        QFile ca(p->caFile());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        QCOMPARE(ca.readAll(), fake::FakePortal::caPem());

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromData(fake::FakePortal::caPem()));
        QNetworkRequest request(p->webhookUrl().resolved(QUrl(u"mail.mailbox.list"_s)));
        request.setRawHeader("Content-Type", "application/json");
        request.setSslConfiguration(tls);
        Answer a = send(request, "POST", "{}");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.items().size(), 12);
        QUrl localhost = request.url();
        localhost.setHost(u"localhost"_s);
        request.setUrl(localhost);
        QCOMPARE(send(request, "POST", "{}").status, 200);

        // Untrusted without the CA (on a fresh connection).
        m_nam.clearConnectionCache();
        QNetworkRequest plain(p->webhookUrl().resolved(QUrl(u"scope"_s)));
        a = send(plain, "GET");
        QCOMPARE(a.netError, QNetworkReply::SslHandshakeFailedError);
    }

    void transport()
    {
        auto p = portal();
        QVERIFY(p);
        p->config().requireHttps = true;
        Answer a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 400);
        QCOMPARE(a.code(), u"INVALID_REQUEST"_s);
        p->config().requireHttps = false;
        p->config().movedTo = u"https://renamed.example.test/"_s;
        a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 302);
        QCOMPARE(QString::fromUtf8(a.header("Location")), u"https://renamed.example.test"_s +
                                                              p->webhookUrl().path() +
                                                              u"mail.mailbox.list"_s);
    }

    void latencyAndInFlight()
    {
        fake::PortalConfig config;
        // Long enough for all five requests to arrive before the first answer leaves, even on
        // a loaded machine; nothing below measures it.
        config.latencyMs = 1000;
        auto p = portal(config);
        QVERIFY(p);
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 5; ++i) {
            QNetworkRequest request(p->webhookUrl().resolved(QUrl(u"scope"_s)));
            replies.append(m_nam.get(request));
        }
        for (QNetworkReply *reply : replies) {
            QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            reply->deleteLater();
        }
        // All five awaited their answers at once: held back, and not serialized.
        QCOMPARE(p->stats().maxInFlight, 5);
        QCOMPARE(p->stats().requests, 5);
        p->resetStats();
        QCOMPARE(p->stats().requests, 0);
    }

    void faults()
    {
        fake::PortalConfig config;
        config.slowDripMs = 600;
        config.slowDripIntervalMs = 40;
        auto p = portal(config);
        QVERIFY(p);
        const auto list = [&] { return call(p->webhookUrl(), u"mail.mailbox.list"_s); };

        p->setFault(fake::Fault::HtmlBadGateway, 1);
        Answer a = list();
        QCOMPARE(a.status, 502);
        QVERIFY(a.header("Content-Type").startsWith("text/html"));
        QCOMPARE(list().status, 200); // count honoured

        p->setFault(fake::Fault::MalformedJson, 1);
        a = list();
        QCOMPARE(a.status, 200);
        QVERIFY(!a.body.isEmpty());
        QVERIFY(a.json.isNull());

        p->setFault(fake::Fault::InternalError, 1);
        a = list();
        QCOMPARE(a.status, 500);
        QCOMPARE(a.code(), u"INTERNAL_SERVER_ERROR"_s);

        p->setFault(fake::Fault::EmptyBody, 1);
        a = list();
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.isEmpty());

        p->setFault(fake::Fault::SlowDrip, 1);
        a = list();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.items(), p->mailboxesOf(1));
        // 600 ms in 40 ms steps: the body left in 15 pieces, each after a pause.
        QCOMPARE(p->stats().slowDripPieces, 15);

        p->setFault(fake::Fault::ResetMidBody, 1);
        a = list();
        // Qt 6.4's QNAM sometimes reports NoError on a premature close; the body is short anyway.
        QVERIFY(a.netError != QNetworkReply::NoError ||
                a.body.size() < a.header("Content-Length").toLongLong());
        QVERIFY(!a.body.isEmpty());
        QVERIFY(a.json.isNull());
        QCOMPARE(list().status, 200); // the next connection is fine

        // Only the named method.
        p->setFault(fake::Fault::InternalError, -1, u"mail.mailbox.senders"_s);
        QCOMPARE(list().status, 200);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.senders"_s).status, 500);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.senders"_s).status, 500);
        p->setFault(fake::Fault::None);
        QCOMPARE(call(p->webhookUrl(), u"mail.mailbox.senders"_s).status, 200);

        // Oversized: the full default size is announced; a smaller one is read to the end.
        p->setFault(fake::Fault::OversizedBody, 1);
        QNetworkRequest request(p->webhookUrl().resolved(QUrl(u"mail.mailbox.list"_s)));
        request.setRawHeader("Content-Type", "application/json");
        a = send(request, "POST", "{}", 1024 * 1024);
        QCOMPARE(a.header("Content-Length"), QByteArray::number(64 * 1024 * 1024));
        QCOMPARE(a.netError, QNetworkReply::OperationCanceledError);
        p->config().oversizedBytes = 3 * 1024 * 1024 + 7;
        p->setFault(fake::Fault::OversizedBody, 1);
        a = list();
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.size(), 3 * 1024 * 1024 + 7);
        QVERIFY(a.json.isObject());
    }

    void randomFaults()
    {
        // Probability 1: every request gets a fault, and over many requests every kind.
        const auto draw = [](double probability, quint32 seed, int n) {
            fake::FaultInjector injector;
            injector.setRandom(probability, seed);
            QList<fake::Fault> out;
            for (int i = 0; i < n; ++i)
                out.append(injector.take(u"mail.mailbox.list"_s));
            return out;
        };
        const QList<fake::Fault> always = draw(1.0, 42, 300);
        QVERIFY(!always.contains(fake::Fault::None));
        for (const fake::Fault kind :
             {fake::Fault::HtmlBadGateway, fake::Fault::MalformedJson, fake::Fault::OversizedBody,
              fake::Fault::ResetMidBody, fake::Fault::SlowDrip, fake::Fault::InternalError,
              fake::Fault::EmptyBody})
            QVERIFY(always.contains(kind));
        // The same seed replays the same sequence; another seed does not.
        QVERIFY(draw(1.0, 42, 300) == always);
        QVERIFY(draw(1.0, 43, 300) != always);
        const QList<fake::Fault> some = draw(0.3, 42, 1000);
        QVERIFY(draw(0.3, 42, 1000) == some);
        const auto faulted = some.size() - some.count(fake::Fault::None);
        QVERIFY2(faulted > 200 && faulted < 400, qPrintable(QString::number(faulted)));
        QVERIFY(!draw(0.0, 42, 300).contains(fake::Fault::SlowDrip));
        QCOMPARE(draw(0.0, 42, 300).count(fake::Fault::None), 300);

        // An armed fault still wins over the random ones.
        fake::FaultInjector injector;
        injector.setRandom(1.0, 42);
        injector.arm(fake::Fault::EmptyBody, 2, {});
        QVERIFY(injector.take(u"x"_s) == fake::Fault::EmptyBody);
        QVERIFY(injector.take(u"x"_s) == fake::Fault::EmptyBody);
        QVERIFY(injector.take(u"x"_s) != fake::Fault::None); // then random again

        // Over HTTP, with random latency: each request counts as faulted; off again, the
        // answers are clean.
        fake::PortalConfig config;
        config.slowDripMs = 100;
        config.slowDripIntervalMs = 20;
        config.oversizedBytes = 64 * 1024;
        config.latencyJitterMs = 30;
        config.rateLimit = false;
        auto p = portal(config);
        QVERIFY(p);
        p->setRandomFaults(1.0, 7);
        int clean = 0;
        for (int i = 0; i < 20; ++i) {
            const Answer a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
            clean += a.status == 200 && a.items() == p->mailboxesOf(1) ? 1 : 0;
        }
        QCOMPARE(p->stats().faultsInjected, 20);
        QVERIFY(clean < 20); // only SlowDrip delivers the real answer
        p->setRandomFaults(0, 7);
        for (int i = 0; i < 5; ++i) {
            const Answer a = call(p->webhookUrl(), u"mail.mailbox.list"_s);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.items(), p->mailboxesOf(1));
        }
        QCOMPARE(p->stats().faultsInjected, 20);
    }

    void executableSwitches()
    {
        fake::PortalConfig config;
        config.mailboxes = 30;
        const QJsonArray all = fake::FakePortal(config).mailboxesOf(1); // same seed, same rows
        const auto page = [&](const QUrl &hook, int n) {
            return call(hook, u"mail.mailbox.list"_s,
                        {{u"pagination"_s, QJsonObject{{u"page"_s, n}, {u"limit"_s, 10}}}})
                .items();
        };

        QProcess process;
        const QJsonObject info = startExecutable(
            process, {u"--mailboxes"_s, u"30"_s, u"--page-cap"_s, u"5"_s, u"--page-cap-mode"_s,
                      u"cut"_s, u"--repeat-pages-after"_s, u"3"_s, u"--batch-result"_s, u"empty"_s,
                      u"--expired-code-error"_s, u"invalid_grant"_s, u"--code-ttl"_s, u"0"_s});
        QVERIFY(!info.isEmpty());
        const QUrl hook(info.value(u"webhook_url").toString());
        QCOMPARE(page(hook, 2), rows(all, 10, 5)); // cut after the offset
        QCOMPARE(page(hook, 5), rows(all, 20, 5)); // stuck on page 3
        Answer a = post(hook.resolved(QUrl(u"batch"_s)), R"([{"method":"scope","query":{}}])");
        QCOMPARE(a.status, 200);
        QCOMPARE(a.object().value(u"result"), QJsonValue(QJsonArray{}));
        // A code with no lifetime is late at once.
        QUrl authorize =
            QUrl(info.value(u"base_url").toString()).resolved(QUrl(u"oauth/authorize/"_s));
        authorize.setQuery(u"client_id="_s + info.value(u"client_id").toString() + u"&state=x"_s);
        a = get(authorize);
        const auto match = QRegularExpression(u"<code id=\"code\">([0-9a-f]+)</code>"_s)
                               .match(QString::fromUtf8(a.body));
        QVERIFY(match.hasMatch());
        a = get(tokenUrl(QUrl(info.value(u"auth_server_url").toString()),
                         {{u"grant_type"_s, u"authorization_code"_s},
                          {u"client_id"_s, info.value(u"client_id").toString()},
                          {u"client_secret"_s, info.value(u"client_secret").toString()},
                          {u"code"_s, match.captured(1)}}));
        QCOMPARE(a.status, 400);
        QCOMPARE(a.object().value(u"error").toString(), u"invalid_grant"_s);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);

        QProcess ignoring;
        const QJsonObject ignoringInfo =
            startExecutable(ignoring, {u"--mailboxes"_s, u"30"_s, u"--ignore-page"_s});
        QVERIFY(!ignoringInfo.isEmpty());
        QCOMPARE(page(QUrl(ignoringInfo.value(u"webhook_url").toString()), 3), rows(all, 0, 10));
        ignoring.terminate();
        QVERIFY(ignoring.waitForFinished(10000));

        QProcess cycling;
        const QJsonObject cyclingInfo =
            startExecutable(cycling, {u"--mailboxes"_s, u"30"_s, u"--cycle-pages-after"_s, u"2"_s});
        QVERIFY(!cyclingInfo.isEmpty());
        QCOMPARE(page(QUrl(cyclingInfo.value(u"webhook_url").toString()), 3), rows(all, 0, 10));
        cycling.terminate();
        QVERIFY(cycling.waitForFinished(10000));

        QProcess endless;
        const QJsonObject endlessInfo =
            startExecutable(endless, {u"--mailboxes"_s, u"30"_s, u"--endless-pages"_s});
        QVERIFY(!endlessInfo.isEmpty());
        const QJsonArray past = page(QUrl(endlessInfo.value(u"webhook_url").toString()), 50);
        QCOMPARE(past.size(), 10);
        QVERIFY(!all.contains(past.first()));
        endless.terminate();
        QVERIFY(endless.waitForFinished(10000));

        QProcess bad;
        bad.start(QStringLiteral(FAKE_PORTAL_EXE), {u"--page-cap-mode"_s, u"sideways"_s});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("--page-cap-mode takes clamp|cut"));
    }

    void executable()
    {
        QProcess process;
        process.setProgram(QStringLiteral(FAKE_PORTAL_EXE));
        process.setArguments({u"--mailboxes"_s, u"7"_s, u"--seed"_s, u"5"_s});
        process.start();
        QVERIFY(process.waitForStarted(5000));
        QVERIFY(process.waitForReadyRead(10000));
        while (!process.canReadLine())
            QVERIFY(process.waitForReadyRead(5000));
        const QJsonObject info = QJsonDocument::fromJson(process.readLine()).object();
        for (const auto key : {u"base_url", u"webhook_url", u"client_id", u"client_secret",
                               u"auth_server_url", u"member_id"})
            QVERIFY2(info.contains(key), qPrintable(QString::fromUtf16(key)));
        QVERIFY(!info.contains(u"ca_file"));
        const Answer a = call(QUrl(info.value(u"webhook_url").toString()), u"mail.mailbox.list"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.items().size(), 7);
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().isEmpty()); // no logs without --verbose

        QProcess help;
        help.start(QStringLiteral(FAKE_PORTAL_EXE), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        const QByteArray text = help.readAllStandardOutput();
        for (const char *flag : {"--port",
                                 "--https",
                                 "--mailboxes",
                                 "--seed",
                                 "--latency-ms",
                                 "--rate-limit",
                                 "--rate-burst",
                                 "--rate-drain",
                                 "--operating-limit",
                                 "--nested-errors",
                                 "--redirect-uri",
                                 "--access-ttl",
                                 "--language",
                                 "--moved-to",
                                 "--fault",
                                 "--authorize",
                                 "--verbose",
                                 "--page-cap",
                                 "--page-cap-mode",
                                 "--ignore-page",
                                 "--repeat-pages-after",
                                 "--batch-result",
                                 "--expired-code-error",
                                 "--webhook-code",
                                 "--client-secret",
                                 "--hostile-sender-name"})
            QVERIFY2(text.contains(flag), flag);
    }
};

QTEST_GUILESS_MAIN(TestFakePortal)
#include "tst_fakeportal.moc"
