// NetworkAccessFactory: the proxy and the extra certificate authorities of the current
// settings reach the wire per manager, a change applies to the next request, loopback never
// goes through a proxy, and the system proxy of Unix is read from the environment.

#include "FakePortal.h"
#include "TestCertificates.h"
#include "TestProxy.h"
#include "auth/AccountSession.h"
#include "rest/EnvironmentProxy.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/Preconnect.h"
#include "rest/ProxyUrl.h"
#include "rest/RestClient.h"
#include "rest/SettingsProxyFactory.h"
#include "rest/WebhookCredential.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mb;
using Category = RestError::Category;

namespace {

QNetworkProxy proxyFor(QNetworkAccessManager *nam, const QString &url)
{
    return nam->proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(url))).value(0);
}

NetworkSettings manualHttp(quint16 port)
{
    NetworkSettings settings;
    settings.proxy = NetworkSettings::Proxy::Http;
    settings.proxyHost = QStringLiteral("127.0.0.1");
    settings.proxyPort = port;
    return settings;
}

// One field.list call through a fresh session on `network`.
// A portal over https at portal.test, with a certificate of the test CA no system trusts.
fake::PortalConfig portalTestConfig()
{
    fake::PortalConfig config;
    config.https = true;
    config.hostName = testsupport::testPortalHost();
    config.certificatePem = testsupport::testPortalCertificatePem();
    config.privateKeyPem = testsupport::testPortalKeyPem();
    return config;
}

RestError callOnce(const NetworkAccessFactory &network, const QUrl &webhook)
{
    SessionSettings settings;
    settings.networkAccess = &network;
    settings.client.maxRetries = 0;
    settings.client.timeoutMs = 10000;
    std::unique_ptr<AccountSession> session(AccountSession::unsaved(
        new WebhookCredential(*WebhookCredential::parse(webhook)), settings, nullptr));
    std::unique_ptr<RestReply> reply(
        session->client()->call(QStringLiteral("mail.mailbox.field.list")));
    QSignalSpy done(reply.get(), &RestReply::finished);
    if (!reply->isFinished() && !done.wait(15000))
        return RestError(Category::Timeout);
    return reply->error();
}

} // namespace

class TestNetworkAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void managersFollowTheSettings()
    {
        QObject owner;
        NetworkSettings settings;
        settings.proxy = NetworkSettings::Proxy::Socks5;
        settings.proxyHost = QStringLiteral("proxy.example.test");
        settings.proxyPort = 1080;
        NetworkAccessFactory factory(settings);
        QNetworkAccessManager *nam = factory.create(&owner);
        QCOMPARE(nam->redirectPolicy(), QNetworkRequest::NoLessSafeRedirectPolicy);
        QVERIFY(nam->isStrictTransportSecurityEnabled());

        const QString portal = QStringLiteral("https://acme.bitrix24.com/rest/");
        QCOMPARE(proxyFor(nam, portal).type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(proxyFor(nam, portal).hostName(), settings.proxyHost);
        QCOMPARE(proxyFor(nam, portal).port(), 1080);
        // Loopback skips even a manual proxy.
        QCOMPARE(proxyFor(nam, QStringLiteral("http://127.0.0.1:8080/")).type(),
                 QNetworkProxy::NoProxy);

        // The same manager, the new settings: no new manager, no restart.
        settings.proxy = NetworkSettings::Proxy::Http;
        settings.proxyPort = 3128;
        QSignalSpy changed(&factory, &NetworkAccessFactory::settingsChanged);
        factory.setSettings(settings);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(proxyFor(nam, portal).type(), QNetworkProxy::HttpProxy);
        QCOMPARE(proxyFor(nam, portal).port(), 3128);
        settings.proxy = NetworkSettings::Proxy::None;
        factory.setSettings(settings);
        QCOMPARE(proxyFor(nam, portal).type(), QNetworkProxy::NoProxy);
        factory.setSettings(settings);
        QCOMPARE(changed.size(), 2); // unchanged settings say nothing
    }

    void loopbackHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
        QTest::newRow("127.8.9.10") << QStringLiteral("127.8.9.10") << true;
        QTest::newRow("::1") << QStringLiteral("::1") << true;
        QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
        QTest::newRow("localhost") << QStringLiteral("LocalHost") << true;
        QTest::newRow("localhost.") << QStringLiteral("localhost.") << true;
        QTest::newRow("app.localhost") << QStringLiteral("app.localhost") << true;
        QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
        QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
        QTest::newRow("localhost.example") << QStringLiteral("localhost.example") << false;
        QTest::newRow("portal.test") << QStringLiteral("portal.test") << false;
    }
    void loopbackHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(SettingsProxyFactory::isLoopbackHost(host), loopback);
    }

    void proxyUrls_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("type"); // -1: refused
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("http") << QStringLiteral("http://proxy.corp:3128")
                              << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.corp")
                              << 3128;
        QTest::newRow("bare") << QStringLiteral("proxy.corp:8080") << int(QNetworkProxy::HttpProxy)
                              << QStringLiteral("proxy.corp") << 8080;
        QTest::newRow("slash") << QStringLiteral("http://proxy.corp:8080/")
                               << int(QNetworkProxy::HttpProxy) << QStringLiteral("proxy.corp")
                               << 8080;
        QTest::newRow("socks5") << QStringLiteral("socks5://10.1.2.3:1080")
                                << int(QNetworkProxy::Socks5Proxy) << QStringLiteral("10.1.2.3")
                                << 1080;
        QTest::newRow("socks5h") << QStringLiteral("socks5h://gw")
                                 << int(QNetworkProxy::Socks5Proxy) << QStringLiteral("gw") << 1080;
        QTest::newRow("ftp") << QStringLiteral("ftp://proxy:21") << -1 << QString() << 0;
        QTest::newRow("path") << QStringLiteral("http://proxy:3128/x") << -1 << QString() << 0;
        QTest::newRow("empty") << QString() << -1 << QString() << 0;
    }
    void proxyUrls()
    {
        QFETCH(QString, text);
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto proxy = ProxyUrl::parse(text);
        QCOMPARE(proxy.has_value(), type >= 0);
        if (!proxy)
            return;
        QCOMPARE(int(proxy->type()), type);
        QCOMPARE(proxy->hostName(), host);
        QCOMPARE(int(proxy->port()), port);
    }

    void environmentProxy_data()
    {
        QTest::addColumn<QStringList>("environment"); // NAME=value
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("proxy"); // host:port, or empty for a direct connection
        const QString portal = QStringLiteral("https://acme.bitrix24.com/rest/");
        const QStringList both{QStringLiteral("http_proxy=http://plain:3128"),
                               QStringLiteral("https_proxy=http://secure:3129")};
        QTest::newRow("nothing set") << QStringList() << portal << QString();
        QTest::newRow("https uses https_proxy") << both << portal << QStringLiteral("secure:3129");
        QTest::newRow("http uses http_proxy")
            << both << QStringLiteral("http://acme.bitrix24.com/") << QStringLiteral("plain:3128");
        QTest::newRow("upper case") << QStringList{QStringLiteral("HTTPS_PROXY=upper:8080")}
                                    << portal << QStringLiteral("upper:8080");
        QTest::newRow("lower case first") << QStringList{QStringLiteral("HTTPS_PROXY=upper:8080"),
                                                         QStringLiteral("https_proxy=lower:8081")}
                                          << portal << QStringLiteral("lower:8081");
        QTest::newRow("all_proxy") << QStringList{QStringLiteral("ALL_PROXY=socks5://any:1080")}
                                   << portal << QStringLiteral("any:1080");
        QTest::newRow("a connection opened ahead asks as preconnect-https")
            << both << QStringLiteral("preconnect-https://acme.bitrix24.com:443")
            << QStringLiteral("secure:3129");
        QTest::newRow("preconnect-http")
            << both << QStringLiteral("preconnect-http://acme.bitrix24.com:80")
            << QStringLiteral("plain:3128");
        QTest::newRow("no_proxy with the port of a preconnect")
            << both + QStringList{QStringLiteral("no_proxy=acme.bitrix24.com:443")}
            << QStringLiteral("preconnect-https://acme.bitrix24.com:443") << QString();
        QTest::newRow("http_proxy alone is not for https")
            << QStringList{QStringLiteral("http_proxy=plain:3128")} << portal << QString();
        QTest::newRow("no_proxy domain")
            << both + QStringList{QStringLiteral("no_proxy=localdomain,bitrix24.com")} << portal
            << QString();
        QTest::newRow("no_proxy leading dot")
            << both + QStringList{QStringLiteral("NO_PROXY=.bitrix24.com")} << portal << QString();
        QTest::newRow("no_proxy is no suffix of a word")
            << both + QStringList{QStringLiteral("no_proxy=24.com")} << portal
            << QStringLiteral("secure:3129");
        QTest::newRow("no_proxy star")
            << both + QStringList{QStringLiteral("no_proxy=*")} << portal << QString();
        QTest::newRow("no_proxy port matches")
            << both + QStringList{QStringLiteral("no_proxy=acme.bitrix24.com:443")} << portal
            << QString();
        QTest::newRow("no_proxy port differs")
            << both + QStringList{QStringLiteral("no_proxy=acme.bitrix24.com:8443")} << portal
            << QStringLiteral("secure:3129");
        QTest::newRow("no_proxy network")
            << both + QStringList{QStringLiteral("no_proxy=10.0.0.0/8")}
            << QStringLiteral("https://10.20.30.40/") << QString();
        QTest::newRow("no_proxy other network")
            << both + QStringList{QStringLiteral("no_proxy=10.0.0.0/8")}
            << QStringLiteral("https://11.20.30.40/") << QStringLiteral("secure:3129");
        QTest::newRow("unparsable proxy")
            << QStringList{QStringLiteral("https_proxy=ftp://x:1")} << portal << QString();
    }
    void environmentProxy()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, url);
        QFETCH(QString, proxy);
        QProcessEnvironment env;
        for (const QString &pair : environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        const QList<QNetworkProxy> found =
            EnvironmentProxy::forQuery(QNetworkProxyQuery(QUrl(url)), env);
        QCOMPARE(found.size(), 1);
        if (proxy.isEmpty()) {
            QCOMPARE(found.first().type(), QNetworkProxy::NoProxy);
        } else {
            QVERIFY(found.first().type() != QNetworkProxy::NoProxy);
            QCOMPARE(found.first().hostName() + u':' + QString::number(found.first().port()),
                     proxy);
        }
    }

    // A portal on 127.0.0.1 is reached directly although a manual proxy is set.
    void loopbackBypassesTheProxy()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        fake::FakePortal portal;
        QVERIFY(portal.start());
        const NetworkAccessFactory network(manualHttp(proxy.port()));
        const RestError error = callOnce(network, portal.webhookUrl());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY2(proxy.requested().isEmpty(), qPrintable(proxy.requested().join(u' ')));
    }

    // https://portal.test/ exists only behind the proxy, and its certificate only the test
    // CA vouches for. Trust and proxy change on the same factory; each call takes the
    // settings of its moment.
    void proxyAndAuthoritiesApplyToTheNextRequest()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        fake::FakePortal portal(portalTestConfig());
        QVERIFY(portal.start());
        QCOMPARE(portal.webhookUrl().host(), testsupport::testPortalHost());
        const QList<QSslCertificate> ca = QSslCertificate::fromData(testsupport::testCaPem());
        QCOMPARE(ca.size(), 1);

        NetworkSettings settings = manualHttp(proxy.port());
        NetworkAccessFactory network(settings);
        RestError error = callOnce(network, portal.webhookUrl());
        QCOMPARE(error.category(), Category::Tls);
        QVERIFY(proxy.wasAskedFor(testsupport::testPortalHost()));

        settings.extraCaCertificates = ca;
        network.setSettings(settings);
        error = callOnce(network, portal.webhookUrl());
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        const QSslConfiguration tls = network.tlsConfiguration();
        QVERIFY(tls.caCertificates().contains(ca.first()));
        for (const QSslCertificate &root : QSslConfiguration::systemCaCertificates())
            QVERIFY(tls.caCertificates().contains(root));
        // Never process-wide.
        QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(ca.first()));

        // Removed again: refused again, in the same process.
        settings.extraCaCertificates.clear();
        network.setSettings(settings);
        error = callOnce(network, portal.webhookUrl());
        QCOMPARE(error.category(), Category::Tls);

        // Without the proxy the name leads nowhere.
        settings.extraCaCertificates = ca;
        settings.proxy = NetworkSettings::Proxy::None;
        network.setSettings(settings);
        const qsizetype asked = proxy.requested().size();
        error = callOnce(network, portal.webhookUrl());
        QCOMPARE(error.category(), Category::Network);
        QCOMPARE(proxy.requested().size(), asked);
    }

    // An open session follows the factory: the same client, the next call.
    void anOpenSessionFollowsTheSettings()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        fake::FakePortal portal(portalTestConfig());
        QVERIFY(portal.start());

        NetworkAccessFactory network; // the system's proxy: portal.test is unknown there
        SessionSettings settings;
        settings.networkAccess = &network;
        settings.client.maxRetries = 0;
        std::unique_ptr<AccountSession> session(AccountSession::unsaved(
            new WebhookCredential(*WebhookCredential::parse(portal.webhookUrl())), settings,
            nullptr));
        const auto call = [&] {
            std::unique_ptr<RestReply> reply(
                session->client()->call(QStringLiteral("mail.mailbox.field.list")));
            QSignalSpy done(reply.get(), &RestReply::finished);
            if (!reply->isFinished() && !done.wait(15000))
                return RestError(Category::Timeout);
            return reply->error();
        };
        QVERIFY(call().isError());
        NetworkSettings through = manualHttp(proxy.port());
        through.extraCaCertificates = QSslCertificate::fromData(testsupport::testCaPem());
        network.setSettings(through);
        const RestError error = call();
        QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
        QVERIFY(proxy.wasAskedFor(testsupport::testPortalHost()));

        // The CA removed: the kept-alive connection it verified is not used on.
        through.extraCaCertificates.clear();
        network.setSettings(through);
        QCOMPARE(call().category(), Category::Tls);
    }

    // The connection is opened before the first call, and the call goes out on it.
    void preconnectOpensTheConnectionTheFirstCallUses()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        NetworkAccessFactory network;
        std::unique_ptr<QNetworkAccessManager> nam(network.create(nullptr));
        const QUrl portal(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        preconnect(nam.get(), portal);
        QVERIFY(server.waitForNewConnection(15000));
        std::unique_ptr<QTcpSocket> opened(server.nextPendingConnection());
        QCOMPARE(opened->bytesAvailable(), 0);

        std::unique_ptr<QNetworkReply> reply(
            nam->get(QNetworkRequest(portal.resolved(QUrl(QStringLiteral("rest/api/x"))))));
        QTRY_VERIFY_WITH_TIMEOUT(opened->bytesAvailable() > 0, 15000);
        QVERIFY(opened->readAll().startsWith("GET /rest/api/x "));
        QVERIFY(!server.hasPendingConnections());
        opened->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QVERIFY(!server.hasPendingConnections());
    }

    // Over https through a proxy, with a CA of the user's: the connection opened ahead trusts
    // that CA (its handshake succeeds; a call queued on a preconnect that trusted less failed
    // with its TLS error) and goes through the proxy like the calls.
    void preconnectOverTlsTrustsTheUsersCa()
    {
        testsupport::TestProxy proxy;
        QVERIFY(proxy.start());
        fake::FakePortal portal(portalTestConfig());
        QVERIFY(portal.start());
        NetworkSettings through = manualHttp(proxy.port());
        through.extraCaCertificates = QSslCertificate::fromData(testsupport::testCaPem());
        NetworkAccessFactory network(through);
        SessionSettings settings;
        settings.networkAccess = &network;
        settings.client.maxRetries = 0;
        std::unique_ptr<AccountSession> session(AccountSession::unsaved(
            new WebhookCredential(*WebhookCredential::parse(portal.webhookUrl())), settings,
            nullptr));

        QSignalSpy handshakes(session->client()->networkAccessManager(),
                              &QNetworkAccessManager::encrypted);
        preconnect(session->client()->networkAccessManager(), portal.baseUrl());
        QVERIFY(handshakes.wait(15000));
        QCOMPARE(proxy.requested().size(), 1);
        QVERIFY(proxy.wasAskedFor(testsupport::testPortalHost()));
        std::unique_ptr<RestReply> reply(
            session->client()->call(QStringLiteral("mail.mailbox.field.list")));
        QSignalSpy done(reply.get(), &RestReply::finished);
        QVERIFY(reply->isFinished() || done.wait(15000));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestNetworkAccess)
#include "tst_networkaccess.moc"
