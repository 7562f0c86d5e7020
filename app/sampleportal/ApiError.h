#pragma once

#include <QJsonArray>
#include <QString>

namespace fake {

// One failed call. `system` errors (§4.3) can be sent flat or nested; v3 ones are always nested.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QJsonArray validation;
    bool system = false;
};

} // namespace fake
