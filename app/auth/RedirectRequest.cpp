#include "RedirectRequest.h"

#include <QList>
#include <QUrl>

namespace mb {

RedirectRequest RedirectRequest::parse(const QByteArray &head, qsizetype maxBytes)
{
    RedirectRequest request;
    if (head.size() > maxBytes) {
        request.verdict = Verdict::TooLarge;
        return request;
    }
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n"))
        return request; // Incomplete
    const QList<QByteArray> parts = head.left(head.indexOf('\n')).trimmed().split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        request.verdict = Verdict::Malformed;
        return request;
    }
    if (parts.at(0) != "GET") {
        request.verdict = Verdict::NotGet;
        return request;
    }
    request.verdict = Verdict::Get;
    const QByteArray &target = parts.at(1);
    const qsizetype q = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(q < 0 ? target : target.left(q));
    if (q >= 0)
        request.query = QString::fromLatin1(target.mid(q + 1));
    return request;
}

} // namespace mb
