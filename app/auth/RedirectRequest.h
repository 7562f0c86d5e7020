#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace mb {

// The head of the browser's request to the loopback redirect listener, read without
// trusting a byte of it: only `GET <path>[?<query>] HTTP/1.x` is taken. Pure, so it can be
// fed any bytes.
struct RedirectRequest
{
    enum class Verdict {
        Incomplete, // no blank line yet: wait for more
        TooLarge,   // more than the limit without a complete head
        Malformed,  // not an HTTP/1.x request line
        NotGet,     // another method
        Get,
    };

    Verdict verdict = Verdict::Incomplete;
    QString path;                 // percent-decoded
    std::optional<QString> query; // as sent, after the '?'

    static RedirectRequest parse(const QByteArray &head, qsizetype maxBytes);
};

} // namespace mb
