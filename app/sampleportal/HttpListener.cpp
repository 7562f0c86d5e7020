#include "HttpListener.h"

#include <QHttpServerRequest>

namespace fake {

namespace {

QByteArray verbOf(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

} // namespace

HttpListener::HttpListener(bool secure, Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_secure(secure)
    , m_handler(std::move(handler))
{}

bool HttpListener::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    copy.verb = verbOf(request.method());
    copy.url = request.url();
    copy.headers = request.headers();
    copy.body = request.body();
    copy.remote = request.remoteAddress();
    copy.secure = m_secure;
    m_handler(copy, makeResponder(request, socket));
    return true;
}

void HttpListener::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest takes everything.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace fake
