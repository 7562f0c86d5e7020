// NetworkAccessFactory: the proxy setting reaches the wire, extra certificate authorities
// are added to the system's roots, never instead of them.

#include "FakePortal.h"
#include "auth/AccountSession.h"
#include "rest/NetworkAccessFactory.h"
#include "rest/RestClient.h"
#include "rest/WebhookCredential.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace mb;

namespace {

// A forward proxy that answers every request itself, remembering the request lines.
struct RecordingProxy
{
    QTcpServer server;
    QList<QByteArray> requestLines;

    bool start()
    {
        if (!server.listen(QHostAddress::LocalHost))
            return false;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            QTcpSocket *socket = server.nextPendingConnection();
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                if (!buffer->contains("\r\n\r\n"))
                    return;
                requestLines << buffer->left(buffer->indexOf("\r\n"));
                const QByteArray body =
                    R"({"result":{"items":[]},"time":{"start":1,"finish":1.1}})";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                              body);
                socket->disconnectFromHost();
                delete buffer;
            });
        });
        return true;
    }
};

} // namespace

class TestNetworkAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RestError>(); }

    void proxies()
    {
        QObject owner;
        NetworkSettings settings;
        settings.proxy = NetworkSettings::Proxy::Socks5;
        settings.proxyHost = QStringLiteral("proxy.example.test");
        settings.proxyPort = 1080;
        QNetworkAccessManager *socks = NetworkAccessFactory::create(settings, &owner);
        QCOMPARE(socks->proxy().type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(socks->proxy().hostName(), settings.proxyHost);
        QCOMPARE(socks->proxy().port(), 1080);
        QCOMPARE(socks->redirectPolicy(), QNetworkRequest::NoLessSafeRedirectPolicy);
        QVERIFY(socks->isStrictTransportSecurityEnabled());

        settings.proxy = NetworkSettings::Proxy::None;
        QCOMPARE(NetworkAccessFactory::create(settings, &owner)->proxy().type(),
                 QNetworkProxy::NoProxy);
        // The system's settings, asked per request.
        settings.proxy = NetworkSettings::Proxy::System;
        QVERIFY(NetworkAccessFactory::create(settings, &owner)->proxyFactory() != nullptr);
    }

    void manualHttpProxyCarriesTheCalls()
    {
        RecordingProxy proxy;
        QVERIFY(proxy.start());
        SessionSettings settings;
        settings.network.proxy = NetworkSettings::Proxy::Http;
        settings.network.proxyHost = QStringLiteral("127.0.0.1");
        settings.network.proxyPort = proxy.server.serverPort();
        settings.client.maxRetries = 0;
        // The portal's address is never dialled directly: the proxy answers for it.
        const auto parts = WebhookCredential::parse(
            QUrl(QStringLiteral("http://127.0.0.1:9/rest/api/1/abcdefgh1234/")));
        std::unique_ptr<AccountSession> session(
            AccountSession::unsaved(new WebhookCredential(*parts), settings, nullptr));
        std::unique_ptr<RestReply> reply(
            session->client()->call(QStringLiteral("mail.mailbox.senders")));
        QSignalSpy done(reply.get(), &RestReply::finished);
        QVERIFY(done.wait(10000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        QCOMPARE(proxy.requestLines.size(), 1);
        QVERIFY2(proxy.requestLines.first().startsWith(
                     "POST http://127.0.0.1:9/rest/api/1/abcdefgh1234/mail.mailbox.senders"),
                 proxy.requestLines.first().constData());
    }

    void extraAuthoritiesAddToTheSystemRoots()
    {
        const QList<QSslCertificate> ca = QSslCertificate::fromData(fake::FakePortal::caPem());
        QCOMPARE(ca.size(), 1);
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        const QSslConfiguration tls = NetworkAccessFactory::tlsConfiguration(ca);
        QVERIFY(tls.caCertificates().contains(ca.first()));
        for (const QSslCertificate &root : system)
            QVERIFY(tls.caCertificates().contains(root));

        // A session over the local portal's https with its CA trusted in addition.
        fake::PortalConfig config;
        config.https = true;
        fake::FakePortal portal(config);
        QVERIFY(portal.start());
        SessionSettings settings;
        settings.network.extraCaCertificates = ca;
        std::unique_ptr<AccountSession> session(AccountSession::unsaved(
            new WebhookCredential(*WebhookCredential::parse(portal.webhookUrl())), settings,
            nullptr));
        std::unique_ptr<RestReply> reply(
            session->client()->call(QStringLiteral("mail.mailbox.field.list")));
        QVERIFY(QSignalSpy(reply.get(), &RestReply::finished).wait(10000));
        QVERIFY2(reply->ok(), qPrintable(reply->error().userMessage()));
        // The process default now trusts both as well (for the token endpoint).
        const QList<QSslCertificate> trusted =
            QSslConfiguration::defaultConfiguration().caCertificates();
        QVERIFY(trusted.contains(ca.first()));
        QVERIFY(system.isEmpty() || trusted.contains(system.first()));
    }
};

QTEST_GUILESS_MAIN(TestNetworkAccess)
#include "tst_networkaccess.moc"
