#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QUrl>

namespace fake {

// A copy of what a handler needs from QHttpServerRequest, which does not outlive the call.
struct HttpRequest
{
    QByteArray verb; // "GET", "POST", ...
    QUrl url;        // path and query as received
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;
    bool secure = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

} // namespace fake
