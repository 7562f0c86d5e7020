#include "LoopbackRedirectListener.h"

#include "RedirectPage.h"
#include "RedirectRequest.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace mb {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    default:
        return QByteArrayLiteral("Status");
    }
}

QString normalisedPath(const QString &path)
{
    QString p = path.isEmpty() ? QStringLiteral("/") : path;
    if (!p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return p;
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
{}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, const QString &path, Handler handler)
{
    return listen(RedirectHost::Ip4Loopback, port, path, std::move(handler));
}

bool LoopbackRedirectListener::listen(RedirectHost host, quint16 port, const QString &path,
                                      Handler handler)
{
    close();
    m_host = host;
    m_port = 0;
    m_path = normalisedPath(path);
    m_handler = std::move(handler);
    m_error.clear();
    // A free port of 127.0.0.1 may be taken on ::1; a few tries find one free on both.
    const int attempts = port == 0 && host == RedirectHost::Localhost ? 5 : 1;
    for (int i = 0; i < attempts; ++i) {
        if (bind(port))
            return true;
        close();
    }
    m_handler = nullptr;
    return false;
}

QTcpServer *LoopbackRedirectListener::addServer()
{
    auto *server = new QTcpServer(this);
    connect(server, &QTcpServer::newConnection, this, [this, server] { onNewConnection(server); });
    m_servers.append(server);
    return server;
}

bool LoopbackRedirectListener::bind(quint16 port)
{
    const auto describe = [port](const QTcpServer *server, const QString &address) {
        if (port == 0)
            return tr("No free port on %1: %2").arg(address, server->errorString());
        if (server->serverError() == QAbstractSocket::AddressInUseError)
            return tr("Port %1 on %2 is already in use by another program.").arg(port).arg(address);
        return tr("Port %1 on %2 cannot be used: %3").arg(port).arg(address, server->errorString());
    };
    // Loopback only: the code must not be receivable from another machine.
    QTcpServer *ip4 = addServer();
    if (!ip4->listen(QHostAddress::LocalHost, port)) {
        m_error = describe(ip4, QStringLiteral("127.0.0.1"));
        return false;
    }
    m_port = ip4->serverPort();
    if (m_host != RedirectHost::Localhost)
        return true;
    QTcpServer *ip6 = addServer();
    if (ip6->listen(QHostAddress::LocalHostIPv6, m_port))
        return true;
    if (ip6->serverError() == QAbstractSocket::AddressInUseError) {
        // Someone else would receive the code of a browser that prefers ::1.
        m_error = describe(ip6, QStringLiteral("[::1]"));
        return false;
    }
    // No IPv6 loopback on this system: no browser here can resolve localhost to it either.
    m_servers.removeOne(ip6);
    ip6->deleteLater();
    return true;
}

void LoopbackRedirectListener::close()
{
    // deleteLater: close() may run inside a server's own newConnection emission.
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
}

bool LoopbackRedirectListener::isListening() const
{
    return std::any_of(m_servers.begin(), m_servers.end(),
                       [](const QTcpServer *server) { return server->isListening(); });
}

quint16 LoopbackRedirectListener::port() const
{
    return m_port;
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    return redirectUri(m_host, m_port, m_path);
}

QUrl LoopbackRedirectListener::redirectUri(RedirectHost host, quint16 port, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(OAuthClientConfig::hostName(host));
    url.setPort(port);
    url.setPath(normalisedPath(path));
    return url;
}

void LoopbackRedirectListener::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, &QTcpSocket::abort);
        timer->start(ConnectionTimeoutMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void LoopbackRedirectListener::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("mb_answered").toBool()) {
        socket->readAll();
        return;
    }
    // The head is accumulated in a dynamic property of the socket: one socket, one request.
    QByteArray head = socket->property("mb_head").toByteArray() + socket->readAll();
    const RedirectRequest request = RedirectRequest::parse(head, MaxRequestBytes);
    switch (request.verdict) {
    case RedirectRequest::Verdict::Incomplete:
        socket->setProperty("mb_head", head);
        return;
    case RedirectRequest::Verdict::TooLarge:
    case RedirectRequest::Verdict::Malformed:
        respond(socket, 400, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    case RedirectRequest::Verdict::NotGet:
        respond(socket, 405, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    case RedirectRequest::Verdict::Get:
        break;
    }
    if (request.path != m_path || !m_handler) {
        respond(socket, 404, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    }
    QUrl url = redirectUri();
    if (request.query)
        url.setQuery(*request.query, QUrl::TolerantMode);
    const Answer answer = m_handler(url);
    respond(socket, answer.status, answer.html);
    if (answer.done) {
        // One shot: nobody else gets to deliver a code to this sign-in.
        m_handler = nullptr;
        close();
    }
}

void LoopbackRedirectListener::respond(QTcpSocket *socket, int status, const QByteArray &html)
{
    socket->setProperty("mb_answered", true);
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                          "\r\nContent-Type: text/html; charset=utf-8"
                          "\r\nContent-Length: " +
                          QByteArray::number(html.size()) +
                          "\r\nCache-Control: no-store"
                          "\r\nReferrer-Policy: no-referrer"
                          "\r\nConnection: close\r\n\r\n" +
                          html;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace mb
