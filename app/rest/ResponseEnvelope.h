#pragma once

#include "ResponseTime.h"
#include "RestError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

namespace mb {

// What one HTTP answer of the portal says, read from its status and body alone (docs §2):
// the `result` and the `time` block, or the error in either of its shapes, or why the body
// is none of these (an HTML error page, broken JSON). Pure, so it can be fed any bytes.
struct ResponseEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(mb::ResponseEnvelope)

public:
    RestError error;
    QJsonValue result;
    ResponseTime time;

    static ResponseEnvelope read(int httpStatus, const QByteArray &body);
};

} // namespace mb
