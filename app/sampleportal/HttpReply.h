#pragma once

#include "Fault.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace fake {

// A complete answer, built first and written later (after latency, possibly faulted).
struct HttpReply
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Fault delivery = Fault::None; // SlowDrip, ResetMidBody and OversizedBody change the writing

    static HttpReply json(int status, const QJsonObject &object)
    {
        HttpReply reply;
        reply.status = status;
        reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
        return reply;
    }
    static HttpReply html(int status, const QByteArray &page)
    {
        HttpReply reply;
        reply.status = status;
        reply.contentType = QByteArrayLiteral("text/html; charset=utf-8");
        reply.body = page;
        return reply;
    }
};

} // namespace fake
