#pragma once

#include "OAuthClientConfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace mb {

// A one-shot HTTP listener on the loopback interface that receives the portal's redirect
// (http://127.0.0.1:PORT/path?code=…&state=…, or http://localhost:PORT/…) from the user's
// browser.
//
// Written on QTcpServer rather than QOAuthHttpServerReplyHandler: on Qt 6.4 that handler
// answers every request with the same page before anyone has checked `state`, keeps
// listening after the answer, and logs the whole request URL (which carries the code) when
// the path does not match. Here the handler decides, per request, which page the browser
// sees and whether the listener is done; nothing from the request is ever logged.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 200;
        QByteArray html;
        bool done = false; // stop listening after this answer
    };
    // Called for each GET on the redirect path with the full request URL (holds secrets).
    using Handler = std::function<Answer(const QUrl &url)>;

    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    using RedirectHost = OAuthClientConfig::RedirectHost;

    // Binds 127.0.0.1:`port` (0: any free port). `path` is the redirect path, e.g. "/".
    bool listen(quint16 port, const QString &path, Handler handler);
    // As above for `host`. Localhost binds 127.0.0.1 and, where the system has IPv6, ::1 on
    // the same port: a browser may resolve localhost to either. Another program on either
    // address of a fixed port fails the whole listen(), as the browser could reach it.
    bool listen(RedirectHost host, quint16 port, const QString &path, Handler handler);
    void close();
    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:PORT/path (or localhost), the redirect_uri to register and send;
    // it stays readable after close().
    QUrl redirectUri() const;
    static QUrl redirectUri(RedirectHost host, quint16 port, const QString &path);
    // Why listen() failed, translated.
    QString errorString() const { return m_error; }

    // Longest request head accepted, and how long a connection may dawdle.
    static constexpr qsizetype MaxRequestBytes = 16 * 1024;
    static constexpr int ConnectionTimeoutMs = 10 * 1000;

private:
    bool bind(quint16 port);
    QTcpServer *addServer();
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &html);

    QList<QTcpServer *> m_servers; // 127.0.0.1 first, then ::1 for localhost
    RedirectHost m_host = RedirectHost::Ip4Loopback;
    quint16 m_port = 0;
    QString m_path;
    Handler m_handler;
    QString m_error;
};

} // namespace mb
