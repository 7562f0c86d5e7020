#pragma once

#include "ApiError.h"
#include "HttpReply.h"

#include <QJsonObject>
#include <QString>

namespace fake {

// Builds every error the portal sends, worded in the portal language ("en" or "ru") so that
// clients are pushed to key on `code` only.
class ErrorReply
{
public:
    explicit ErrorReply(const QString &language)
        : m_ru(language == u"ru")
    {}

    // System errors (§4.3)
    ApiError noAuthFound() const;
    ApiError expiredToken() const;
    ApiError invalidToken() const;
    ApiError queryLimitExceeded() const;
    ApiError overloadLimit() const;
    ApiError operationTimeLimit() const;
    ApiError batchLengthExceeded(int max) const;
    ApiError batchMethodNotAllowed() const;
    ApiError httpsRequired() const;
    ApiError methodNotFoundV1() const;
    ApiError internalError() const;

    // REST 3.0 errors (§4.2)
    ApiError requestValidation(const QString &field, bool missing) const;
    ApiError invalidJson() const;
    ApiError unknownDtoProperty(const QString &field, const QString &entity) const;
    ApiError entityNotFound(const QString &id) const;
    ApiError invalidPagination(const QString &json) const;
    ApiError invalidSelect(const QString &expression) const;
    ApiError fieldNotFound(const QString &name) const;
    ApiError accessDenied() const;
    ApiError insufficientScope() const;
    ApiError methodNotFound(const QString &method) const;

    // {"error":{code,message[,validation]}}
    static QJsonObject nested(const ApiError &error);
    // The whole HTTP answer: flat for system errors unless `nestSystem`.
    static HttpReply reply(const ApiError &error, bool nestSystem, const QJsonObject &time = {});

private:
    QString pick(const QString &en, const QString &ru) const { return m_ru ? ru : en; }
    bool m_ru = false;
};

} // namespace fake
