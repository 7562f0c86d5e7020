#include "ReplySender.h"

#include <algorithm>

namespace fake {

namespace {

const QByteArray kOversizedHead = QByteArrayLiteral(R"({"result":{"items":[)");
const QByteArray kOversizedItem = QByteArrayLiteral(
    R"({"id":1,"name":"Padding mailbox ▒▒▒▒▒▒▒▒","email":"padding@example.test","senderName":"Padding"},)");
const QByteArray kOversizedTail = QByteArrayLiteral(
    R"({"id":2,"name":"Last","email":"last@example.test","senderName":"Last"}]},"time":{}})");
constexpr qint64 kItemsPerChunk = 2048;
constexpr qint64 kWriteBufferCap = 4 * 1024 * 1024;

} // namespace

ReplySender::ReplySender(QHttpServerResponder &&responder, HttpReply reply, const Timing &timing)
    : QObject(responder.socket())
    , m_responder(std::move(responder))
    , m_socket(m_responder.socket())
    , m_reply(std::move(reply))
    , m_timing(timing)
{
    m_timer.setSingleShot(true);
}

void ReplySender::start()
{
    if (m_timing.latencyMs <= 0)
        return send();
    connect(&m_timer, &QTimer::timeout, this, &ReplySender::send, Qt::SingleShotConnection);
    m_timer.start(m_timing.latencyMs);
}

bool ReplySender::connected() const
{
    return m_socket && m_socket->isOpen() && m_socket->state() == QAbstractSocket::ConnectedState;
}

void ReplySender::writeHead(qint64 contentLength)
{
    m_responder.writeStatusLine(QHttpServerResponder::StatusCode(m_reply.status));
    m_responder.writeHeader(QByteArrayLiteral("Content-Type"), m_reply.contentType);
    m_responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(contentLength));
    for (const auto &[key, value] : std::as_const(m_reply.headers))
        m_responder.writeHeader(key, value);
}

void ReplySender::send()
{
    if (!connected())
        return deleteLater();
    switch (m_reply.delivery) {
    case Fault::SlowDrip: {
        writeHead(m_reply.body.size());
        const qsizetype pieces =
            std::max(1, m_timing.slowDripMs / std::max(1, m_timing.slowDripIntervalMs));
        m_dripPiece = std::max<qsizetype>(1, (m_reply.body.size() + pieces - 1) / pieces);
        m_timer.setSingleShot(false);
        connect(&m_timer, &QTimer::timeout, this, &ReplySender::dripNext);
        m_timer.start(std::max(1, m_timing.slowDripIntervalMs));
        return dripNext();
    }
    case Fault::ResetMidBody:
        writeHead(m_reply.body.size());
        m_responder.writeBody(m_reply.body.left(m_reply.body.size() / 2));
        m_socket->flush();
        // Give the half body a moment to leave, then tear the connection down.
        connect(&m_timer, &QTimer::timeout, this, &ReplySender::resetConnection,
                Qt::SingleShotConnection);
        m_timer.start(50);
        return;
    case Fault::OversizedBody: {
        const qint64 total = std::max(m_timing.oversizedBytes,
                                      qint64(kOversizedHead.size() + kOversizedTail.size()));
        const qint64 room = total - kOversizedHead.size() - kOversizedTail.size();
        m_itemsLeft = room / kOversizedItem.size();
        m_spacesLeft = room % kOversizedItem.size();
        writeHead(total);
        m_timer.setSingleShot(false);
        connect(&m_timer, &QTimer::timeout, this, &ReplySender::pumpOversized);
        m_timer.start(1);
        return pumpOversized();
    }
    default:
        writeHead(m_reply.body.size());
        m_responder.writeBody(m_reply.body);
        return deleteLater();
    }
}

void ReplySender::dripNext()
{
    if (!connected())
        return deleteLater();
    const QByteArray piece = m_reply.body.mid(m_sent, m_dripPiece);
    m_sent += piece.size();
    m_responder.writeBody(piece); // the first call also ends the headers
    m_socket->flush();
    emit pieceDripped();
    if (m_sent >= m_reply.body.size()) {
        m_timer.stop();
        deleteLater();
    }
}

QByteArray ReplySender::nextOversizedChunk()
{
    switch (m_phase) {
    case 0:
        m_phase = 1;
        return kOversizedHead;
    case 1: {
        const qint64 count = std::min(m_itemsLeft, kItemsPerChunk);
        m_itemsLeft -= count;
        if (m_itemsLeft == 0)
            m_phase = 2;
        return kOversizedItem.repeated(count);
    }
    case 2:
        m_phase = 3;
        return kOversizedTail;
    default: {
        // Trailing whitespace is valid JSON and makes the size exact.
        const qint64 count = std::min<qint64>(m_spacesLeft, 256 * 1024);
        m_spacesLeft -= count;
        if (m_spacesLeft == 0)
            m_phase = 4;
        return QByteArray(count, ' ');
    }
    }
}

void ReplySender::pumpOversized()
{
    if (!connected())
        return deleteLater();
    while (m_phase < 4 && m_socket->bytesToWrite() < kWriteBufferCap)
        m_responder.writeBody(nextOversizedChunk());
    if (m_phase >= 4) {
        m_timer.stop();
        deleteLater();
    }
}

void ReplySender::resetConnection()
{
    // A plain abort (FIN, no SO_LINGER RST): with an RST the client's kernel may drop the half
    // body it has not read yet, and Qt then silently retries the request, hiding the fault.
    if (m_socket)
        m_socket->abort();
    deleteLater();
}

} // namespace fake
