#pragma once

#include "HttpReply.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace fake {

// Writes one HttpReply after the configured latency, honouring its delivery fault. It lives as
// a child of the socket, so a client that hangs up takes the pending answer with it.
class ReplySender : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        int latencyMs = 0;
        int slowDripMs = 4000;
        int slowDripIntervalMs = 75;
        qint64 oversizedBytes = 64LL * 1024 * 1024;
    };

    ReplySender(QHttpServerResponder &&responder, HttpReply reply, const Timing &timing);
    void start();

signals:
    void pieceDripped(); // one SlowDrip piece written, so tests count pieces, not milliseconds

private:
    bool connected() const;
    void send();
    void writeHead(qint64 contentLength);
    void dripNext();
    void pumpOversized();
    void resetConnection();
    QByteArray nextOversizedChunk();

    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    HttpReply m_reply;
    Timing m_timing;
    QTimer m_timer;
    qsizetype m_sent = 0;
    qsizetype m_dripPiece = 1;
    // OversizedBody: a valid JSON document of exactly the announced size.
    int m_phase = 0;
    qint64 m_itemsLeft = 0;
    qint64 m_spacesLeft = 0;
};

} // namespace fake
