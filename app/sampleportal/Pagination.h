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

    // (page - 1) * limit, kept far from overflow; page is 1-based.
    static qint64 pageOffset(qint64 page, qint64 limit);

    qint64 offset = 0;
    qint64 limit = kDefaultLimit;
    qint64 page = 0; // the 1-based page asked for; 0 when none was and `offset` rules
};

} // namespace fake
