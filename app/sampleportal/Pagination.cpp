#include "Pagination.h"

#include "JsonText.h"

#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

// Numbers and numeric strings are accepted, as PHP would; anything else is not a number.
std::optional<double> numeric(const QJsonValue &value)
{
    if (value.isDouble())
        return std::floor(value.toDouble());
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return std::floor(number);
    }
    return std::nullopt;
}

constexpr double kFar = 1e15; // keeps page * limit far from overflow

} // namespace

qint64 Pagination::pageOffset(qint64 page, qint64 limit)
{
    return qint64(std::min((std::max(double(page), 1.0) - 1) * double(limit), kFar));
}

std::optional<ApiError> Pagination::parse(const QJsonValue &value, bool clamp,
                                          const ErrorReply &errors, Pagination *out)
{
    *out = Pagination{};
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject())
        return errors.invalidPagination(JsonText::compact(value));

    const QJsonObject object = value.toObject();
    auto bad = [&](const QString &key) {
        return errors.invalidPagination(JsonText::compact(QJsonObject{{key, object.value(key)}}));
    };

    std::optional<double> limit, page, offset;
    for (const QString &key : {u"limit"_s, u"page"_s, u"offset"_s}) {
        if (!object.contains(key) || object.value(key).isNull())
            continue;
        const auto number = numeric(object.value(key));
        if (!number)
            return bad(key);
        (key == u"limit" ? limit : key == u"page" ? page : offset) = number;
    }

    if (limit) {
        if (*limit == 0 || (!clamp && (*limit < 0 || *limit > kMaxLimit)))
            return bad(u"limit"_s);
        out->limit = qint64(std::clamp(*limit, 1.0, double(kMaxLimit)));
    }
    if (page) {
        out->page = qint64(std::clamp(*page, 1.0, kFar));
        out->offset = pageOffset(out->page, out->limit);
    } else if (offset) {
        if (*offset < 0 && !clamp)
            return bad(u"offset"_s);
        out->offset = qint64(std::clamp(*offset, 0.0, kFar));
    }
    return std::nullopt;
}

} // namespace fake
