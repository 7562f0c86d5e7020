#include "ErrorReply.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

ApiError systemError(int status, const QString &code, const QString &message)
{
    return {status, code, message, {}, true};
}

ApiError v3Error(int status, const QString &suffix, const QString &message)
{
    return {status, u"BITRIX_REST_V3_"_s + suffix, message, {}, false};
}

} // namespace

ApiError ErrorReply::noAuthFound() const
{
    return systemError(401, u"NO_AUTH_FOUND"_s,
                       pick(u"Wrong authorization data"_s, u"Неверные авторизационные данные"_s));
}

ApiError ErrorReply::expiredToken() const
{
    return systemError(401, u"expired_token"_s,
                       pick(u"The access token provided has expired."_s,
                            u"Срок действия токена доступа истёк."_s));
}

ApiError ErrorReply::invalidToken() const
{
    return systemError(
        401, u"invalid_token"_s,
        pick(u"The access token provided is invalid."_s, u"Токен доступа недействителен."_s));
}

ApiError ErrorReply::queryLimitExceeded() const
{
    return systemError(503, u"QUERY_LIMIT_EXCEEDED"_s,
                       pick(u"Too many requests"_s, u"Слишком много запросов"_s));
}

ApiError ErrorReply::overloadLimit() const
{
    return systemError(503, u"OVERLOAD_LIMIT"_s,
                       pick(u"REST API is blocked due to overload."_s,
                            u"REST API заблокирован из-за перегрузки."_s));
}

ApiError ErrorReply::operationTimeLimit() const
{
    return systemError(429, u"OPERATION_TIME_LIMIT"_s,
                       pick(u"Method is blocked due to operation time limit."_s,
                            u"Метод заблокирован из-за превышения лимита времени выполнения."_s));
}

ApiError ErrorReply::batchLengthExceeded(int max) const
{
    return systemError(
        400, u"ERROR_BATCH_LENGTH_EXCEEDED"_s,
        pick(u"Max batch length exceeded (%1)"_s, u"Превышена максимальная длина пакета (%1)"_s)
            .arg(max));
}

ApiError ErrorReply::batchMethodNotAllowed() const
{
    return systemError(405, u"ERROR_BATCH_METHOD_NOT_ALLOWED"_s,
                       pick(u"Method is not allowed for batch usage"_s,
                            u"Метод не разрешён для пакетного вызова"_s));
}

ApiError ErrorReply::httpsRequired() const
{
    return systemError(400, u"INVALID_REQUEST"_s,
                       pick(u"Https required."_s, u"Требуется HTTPS."_s));
}

ApiError ErrorReply::methodNotFoundV1() const
{
    return systemError(404, u"ERROR_METHOD_NOT_FOUND"_s,
                       pick(u"Method not found!"_s, u"Метод не найден!"_s));
}

ApiError ErrorReply::internalError() const
{
    return systemError(500, u"INTERNAL_SERVER_ERROR"_s,
                       pick(u"Internal server error"_s, u"Внутренняя ошибка сервера"_s));
}

ApiError ErrorReply::requestValidation(const QString &field, bool missing) const
{
    ApiError error =
        v3Error(400, u"EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION"_s,
                pick(u"Error validating request object"_s, u"Ошибка валидации объекта запроса"_s));
    QString detail;
    if (missing && field == u"id")
        detail =
            pick(u"Required field `%1` is not specified"_s, u"Не указано обязательное поле `%1`"_s);
    else if (missing)
        detail = pick(u"Required field `%1` is missing"_s, u"Отсутствует обязательное поле `%1`"_s);
    else
        detail = pick(u"Field `%1` has a wrong type"_s, u"Поле `%1` имеет неверный тип"_s);
    error.validation.append(QJsonObject{{u"field"_s, field}, {u"message"_s, detail.arg(field)}});
    return error;
}

ApiError ErrorReply::invalidJson() const
{
    return v3Error(400, u"EXCEPTION_INVALIDJSONEXCEPTION"_s,
                   pick(u"Invalid JSON in request body"_s, u"Некорректный JSON в теле запроса"_s));
}

ApiError ErrorReply::unknownDtoProperty(const QString &field, const QString &entity) const
{
    return v3Error(
        400, u"EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION"_s,
        pick(u"Unknown field `%1` for entity `%2`"_s, u"Неизвестное поле `%1` для сущности `%2`"_s)
            .arg(field, entity));
}

ApiError ErrorReply::entityNotFound(const QString &id) const
{
    return v3Error(
        400, u"EXCEPTION_ENTITYNOTFOUNDEXCEPTION"_s,
        pick(u"Record with ID = `%1` not found"_s, u"Запись с ID = `%1` не найдена"_s).arg(id));
}

ApiError ErrorReply::invalidPagination(const QString &json) const
{
    return v3Error(400, u"EXCEPTION_INVALIDPAGINATIONEXCEPTION"_s,
                   pick(u"Unable to recognize pagination parameter `%1`"_s,
                        u"Не удалось распознать параметр пагинации `%1`"_s)
                       .arg(json));
}

ApiError ErrorReply::invalidSelect(const QString &expression) const
{
    return v3Error(400, u"EXCEPTION_INVALIDSELECTEXCEPTION"_s,
                   pick(u"Unable to recognize select expression `%1`"_s,
                        u"Не удалось распознать выражение select `%1`"_s)
                       .arg(expression));
}

ApiError ErrorReply::fieldNotFound(const QString &name) const
{
    return v3Error(400, u"REALISATION_EXCEPTION_FIELDNOTFOUNDEXCEPTION"_s,
                   pick(u"Field `%1` not found"_s, u"Поле `%1` не найдено"_s).arg(name));
}

ApiError ErrorReply::accessDenied() const
{
    return v3Error(403, u"EXCEPTION_ACCESSDENIEDEXCEPTION"_s,
                   pick(u"Access denied"_s, u"Доступ запрещён"_s));
}

ApiError ErrorReply::insufficientScope() const
{
    return v3Error(403, u"EXCEPTION_INSUFFICIENTSCOPEEXCEPTION"_s,
                   pick(u"Insufficient scope: `mail` is required"_s,
                        u"Недостаточно прав: требуется `mail`"_s));
}

ApiError ErrorReply::methodNotFound(const QString &method) const
{
    return v3Error(404, u"EXCEPTION_METHODNOTFOUNDEXCEPTION"_s,
                   pick(u"Method `%1` not found"_s, u"Метод `%1` не найден"_s).arg(method));
}

QJsonObject ErrorReply::nested(const ApiError &error)
{
    QJsonObject inner{{u"code"_s, error.code}, {u"message"_s, error.message}};
    if (!error.validation.isEmpty())
        inner.insert(u"validation"_s, error.validation);
    return {{u"error"_s, inner}};
}

HttpReply ErrorReply::reply(const ApiError &error, bool nestSystem, const QJsonObject &time)
{
    QJsonObject body =
        error.system && !nestSystem
            ? QJsonObject{{u"error"_s, error.code}, {u"error_description"_s, error.message}}
            : nested(error);
    if (!time.isEmpty())
        body.insert(u"time"_s, time);
    return HttpReply::json(error.status, body);
}

} // namespace fake
