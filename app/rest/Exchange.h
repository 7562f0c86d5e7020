#pragma once

#include "ResponseTime.h"
#include "RestError.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace mb {

// One HTTP exchange with a portal as the request inspector shows it: what was asked, what
// came back and how long it took. Every text in it has passed SecretRedactor, so it may be
// shown, logged or saved as diagnostics; bodies are cut at MaxBodyChars.
struct Exchange
{
    static constexpr qsizetype MaxBodyChars = 64 * 1024;

    QDateTime startedAt; // wall clock (UTC), for people
    QString method;      // the REST method, or "batch"
    QString url;         // redacted
    QString requestBody; // the JSON sent, redacted
    int httpStatus = 0;  // 0: no HTTP answer
    qint64 elapsedMs = 0;
    ResponseTime time; // the portal's `time`, when it sent one
    QString responseBody;
    RestError error; // None for a success
    int attempt = 1; // retries and replays of one call count up
};

} // namespace mb

Q_DECLARE_METATYPE(mb::Exchange)
