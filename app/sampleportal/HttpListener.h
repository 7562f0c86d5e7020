#pragma once

#include "HttpRequest.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <functional>

namespace fake {

// A bare HTTP(S) listener that hands each request, copied, to one callback together with a
// responder the callback may keep for a later (delayed or streamed) answer.
class HttpListener : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest &, QHttpServerResponder &&)>;

    HttpListener(bool secure, Handler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool m_secure = false;
    Handler m_handler;
};

} // namespace fake
