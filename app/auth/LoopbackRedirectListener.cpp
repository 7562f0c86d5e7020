#include "LoopbackRedirectListener.h"

#include "RedirectPage.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackRedirectListener::onNewConnection);
}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(quint16 port, const QString &path, Handler handler)
{
    close();
    m_path = normalisedPath(path);
    m_handler = std::move(handler);
    m_error.clear();
    // 127.0.0.1 only: the code must not be receivable from another machine.
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_error = port ? tr("Port %1 on 127.0.0.1 is not available: %2")
                             .arg(port)
                             .arg(m_server->errorString())
                       : tr("No port on 127.0.0.1 is available: %1").arg(m_server->errorString());
        return false;
    }
    return true;
}

void LoopbackRedirectListener::close()
{
    m_server->close();
}

bool LoopbackRedirectListener::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackRedirectListener::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(m_path);
    return url;
}

void LoopbackRedirectListener::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
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
    if (head.size() > MaxRequestBytes) {
        respond(socket, 400, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    }
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n")) {
        socket->setProperty("mb_head", head);
        return;
    }
    const qsizetype lineEnd = head.indexOf('\n');
    const QList<QByteArray> parts = head.left(lineEnd).trimmed().split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    }
    if (parts.at(0) != "GET") {
        respond(socket, 405, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    }
    QUrl url = redirectUri();
    const QByteArray &target = parts.at(1);
    const qsizetype q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    if (QUrl::fromPercentEncoding(path) != m_path || !m_handler) {
        respond(socket, 404, RedirectPage::html(RedirectPage::Kind::NotFound));
        return;
    }
    if (q >= 0)
        url.setQuery(QString::fromLatin1(target.mid(q + 1)), QUrl::TolerantMode);
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
