#pragma once

#include "ApiError.h"
#include "ErrorReply.h"

#include <QJsonValue>

#include <optional>

namespace fake {

// The `pagination` parameter of list methods (§3.1, §3.6): page is 1-based, page <= 1 is
// the first page, and page wins over offset.
class Pagination
{
public:
    static constexpr qint64 kDefaultLimit = 25;
    static constexpr qint64 kMaxLimit = 100;

    // On failure returns the INVALIDPAGINATION error to send.
    static std::optional<ApiError> parse(const QJsonValue &value, bool clamp,
                                         const ErrorReply &errors, Pagination *out);

    qint64 offset = 0;
    qint64 limit = kDefaultLimit;
};

} // namespace fake
