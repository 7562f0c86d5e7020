#pragma once

// A forward HTTP proxy for tests, on 127.0.0.1: CONNECT tunnels (https) and absolute-URI
// requests (plain http). It "resolves" every host name to 127.0.0.1, keeping the port, so a
// local server can be addressed by a name that is not loopback (portal.test): clients send
// such names through their proxy, whereas loopback addresses never go through one. It
// records every host:port it was asked for.

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace testsupport {

class TestProxy
{
public:
    bool start()
    {
        if (!m_server.listen(QHostAddress::LocalHost))
            return false;
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                accept(client);
        });
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }
    // host:port of each request or tunnel, in order.
    const QStringList &requested() const { return m_requested; }
    void clear() { m_requested.clear(); }
    bool wasAskedFor(const QString &host) const
    {
        return std::any_of(m_requested.begin(), m_requested.end(), [&](const QString &h) {
            return h.section(QLatin1Char(':'), 0, 0) == host;
        });
    }

private:
    void accept(QTcpSocket *client)
    {
        client->setParent(&m_server);
        auto *head = new QByteArray;
        QObject::connect(client, &QObject::destroyed, [head] { delete head; });
        QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        QObject::connect(client, &QTcpSocket::readyRead, client, [this, client, head] {
            if (client->property("piped").toBool())
                return;
            *head += client->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            client->setProperty("piped", true);
            const QByteArray line = head->left(head->indexOf("\r\n"));
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3) {
                client->disconnectFromHost();
                return;
            }
            if (parts[0] == "CONNECT") {
                tunnel(client, QString::fromLatin1(parts[1]), {}, true);
                return;
            }
            // GET http://host:port/path HTTP/1.1 -> GET /path HTTP/1.1 to 127.0.0.1:port
            const QUrl url(QString::fromLatin1(parts[1]));
            QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
            if (url.hasQuery())
                path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
            const QByteArray rewritten = parts[0] + ' ' + (path.isEmpty() ? "/" : path) + ' ' +
                                         parts[2] + head->mid(line.size());
            tunnel(client, url.host() + u':' + QString::number(url.port(80)), rewritten, false);
        });
    }

    void tunnel(QTcpSocket *client, const QString &hostPort, const QByteArray &first, bool connect)
    {
        m_requested.append(hostPort);
        const quint16 port = hostPort.section(QLatin1Char(':'), -1).toUShort();
        auto *upstream = new QTcpSocket(client);
        // QAbstractSocket: the client may be inside its destructor, no longer a QTcpSocket.
        QPointer<QAbstractSocket> peer(client);
        QObject::connect(upstream, &QTcpSocket::connected, client, [=] {
            if (connect)
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
            else
                upstream->write(first);
            if (client->bytesAvailable())
                upstream->write(client->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [peer, connect] {
            if (!peer)
                return;
            if (connect)
                peer->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            peer->disconnectFromHost();
        });
        QObject::connect(upstream, &QTcpSocket::readyRead, client,
                         [=] { client->write(upstream->readAll()); });
        QObject::connect(client, &QTcpSocket::readyRead, upstream, [=] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        QObject::connect(upstream, &QTcpSocket::disconnected, client, [peer] {
            if (peer)
                peer->disconnectFromHost();
        });
        QObject::connect(client, &QTcpSocket::disconnected, upstream, [upstream, client] {
            // The client may be going (a socket says "disconnected" from its destructor):
            // nothing of the upstream's may reach it any more.
            QObject::disconnect(upstream, nullptr, client, nullptr);
            upstream->disconnectFromHost();
        });
        upstream->connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpServer m_server;
    QStringList m_requested;
};

} // namespace testsupport
