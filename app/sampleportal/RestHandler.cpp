#include "RestHandler.h"

#include "JsonKeyOrder.h"
#include "JsonText.h"
#include "MailboxMethods.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace fake {

namespace {

const QString kBatch = u"batch"_s;
const QString kScope = u"scope"_s;

bool isDocumentation(const QString &method)
{
    return method == u"rest.documentation.openapi" || method == u"documentation";
}

QString isoTime(double unixSeconds)
{
    // A fixed +03:00 offset, like a Moscow-hosted portal: clients must honour the offset.
    return QDateTime::fromMSecsSinceEpoch(qint64(unixSeconds * 1000), QTimeZone::utc())
        .toOffsetFromUtc(3 * 3600)
        .toString(Qt::ISODate);
}

} // namespace

std::optional<RestHandler::Route> RestHandler::route(const QString &path) const
{
    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.takeFirst() != u"rest")
        return std::nullopt;
    Route route;
    if (!parts.isEmpty() && parts.first() == u"api") {
        route.v3 = true;
        parts.removeFirst();
    }
    bool numericUser = false;
    if (parts.size() == 3)
        route.userId = parts.at(0).toInt(&numericUser);
    if (parts.size() == 3 && numericUser) {
        route.webhook = true;
        route.code = parts.at(1);
        route.method = parts.at(2);
    } else if (parts.size() == 1) {
        route.method = parts.at(0);
    } else {
        return std::nullopt;
    }
    if (!route.v3) {
        // REST 1.0 allows a format suffix.
        for (const auto &suffix : {u".json"_s, u".xml"_s}) {
            if (route.method.endsWith(suffix, Qt::CaseInsensitive))
                route.method.chop(suffix.size());
        }
    }
    route.method = route.method.toLower();
    return route;
}

HttpReply RestHandler::handle(const HttpRequest &request)
{
    PortalState &s = m_state;
    const ErrorReply errors(s.config.language);
    const double start = s.clock.now();

    if (s.config.requireHttps && !request.secure)
        return ErrorReply::reply(errors.httpsRequired(), false);

    const auto parsed = route(request.url.path());
    if (!parsed)
        return ErrorReply::reply(errors.methodNotFoundV1(), false);
    if (parsed->v3 && !s.config.restV3) // an old portal knows nothing of /rest/api/
        return ErrorReply::reply(errors.methodNotFoundV1(), false);
    s.stats.perMethod[parsed->method] += 1;
    if (s.stats.methodOrder.size() < PortalStats::kMethodOrderSize)
        s.stats.methodOrder.append(parsed->method);
    if (parsed->method == kBatch)
        s.stats.batchCalls += 1;

    const Fault injected = s.faults.take(parsed->method);
    if (injected != Fault::None)
        s.stats.faultsInjected += 1;
    if (injected != Fault::None && injected != Fault::SlowDrip && injected != Fault::ResetMidBody)
        return fault(injected, errors, parsed->v3);

    HttpReply reply =
        parsed->v3 ? handleV3(request, *parsed, errors, start) : handleV1(request, *parsed, errors);
    reply.delivery = injected;
    if ((reply.status == 429 || reply.status == 503) && !s.config.retryAfter.isEmpty())
        reply.headers.append({QByteArrayLiteral("Retry-After"), s.config.retryAfter});
    return reply;
}

HttpReply RestHandler::handleV1(const HttpRequest &request, const Route &route,
                                const ErrorReply &errors)
{
    // No mail method exists without /api/ (§1.2); only `scope` is served on REST 1.0.
    PortalState &s = m_state;
    if (route.method != kScope)
        return ErrorReply::reply(errors.methodNotFoundV1(), false);
    if (s.config.overload)
        return ErrorReply::reply(errors.overloadLimit(), false);
    if (s.config.rateLimit && !s.bucket.tryAcquire(request.remote.toString(), s.config.rateBurst,
                                                   s.config.rateDrainPerSec, s.clock.now())) {
        s.stats.rateLimited += 1;
        return ErrorReply::reply(errors.queryLimitExceeded(), false);
    }
    Credential credential;
    std::optional<Credential> found;
    if (route.webhook) {
        found = s.credentials.webhook(route.userId, route.code);
    } else {
        // REST 1.0 takes `auth` from the query, a form body or a JSON body.
        QString token = QUrlQuery(request.url).queryItemValue(u"auth"_s, QUrl::FullyDecoded);
        if (token.isEmpty())
            token = QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(u"auth"_s);
        if (token.isEmpty())
            token = QJsonDocument::fromJson(request.body).object().value(u"auth").toString();
        const auto state = s.credentials.token(token, s.clock.now(), &credential);
        if (state == CredentialStore::TokenState::Expired)
            return ErrorReply::reply(errors.expiredToken(), false);
        if (state == CredentialStore::TokenState::Valid)
            found = credential;
    }
    if (!found)
        return ErrorReply::reply(errors.noAuthFound(), false);
    const double now = s.clock.now();
    const auto usage = s.budget.record(kScope, found->budgetKey, s.config.operatingCostSecs, now);
    return success(QJsonArray::fromStringList(found->scopes), usage, now);
}

std::optional<ApiError> RestHandler::authenticate(const HttpRequest &request, const Route &route,
                                                  const QJsonValue &body, const ErrorReply &errors,
                                                  Credential *out) const
{
    PortalState &s = m_state;
    if (route.webhook) {
        const auto found = s.credentials.webhook(route.userId, route.code);
        if (!found)
            return errors.noAuthFound(); // also what a revoked or expired webhook gets (§4.3)
        *out = *found;
        return std::nullopt;
    }
    QString token = body.toObject().value(u"auth").toString();
    const QByteArray authorization = request.header("Authorization");
    if (token.isEmpty() && s.config.acceptBearer &&
        authorization.startsWith("Bearer ")) // INFERRED (§1.1)
        token = QString::fromLatin1(authorization.mid(7)).trimmed();
    if (token.isEmpty() && s.config.acceptQueryAuth) // INFERRED: needed for GET and batch
        token = QUrlQuery(request.url).queryItemValue(u"auth"_s, QUrl::FullyDecoded);
    switch (s.credentials.token(token, s.clock.now(), out)) {
    case CredentialStore::TokenState::Valid:
        return std::nullopt;
    case CredentialStore::TokenState::Expired:
        return errors.expiredToken();
    case CredentialStore::TokenState::Unknown:
        break;
    }
    // The doc (§4.3, §9.1) gives NO_AUTH_FOUND for a bad token; invalid_token is JS-SDK lore.
    return token.isEmpty() || !s.config.unknownTokenIsInvalidToken ? errors.noAuthFound()
                                                                   : errors.invalidToken();
}

HttpReply RestHandler::handleV3(const HttpRequest &request, const Route &route,
                                const ErrorReply &errors, double start)
{
    PortalState &s = m_state;
    const OperatingBudget::Usage none;
    if (s.config.overload)
        return failure(errors.overloadLimit(), true, none, start);
    // QUERY_LIMIT_EXCEEDED is refused before anything runs (§6), so retrying is always safe.
    if (s.config.rateLimit && !s.bucket.tryAcquire(request.remote.toString(), s.config.rateBurst,
                                                   s.config.rateDrainPerSec, start)) {
        s.stats.rateLimited += 1;
        return failure(errors.queryLimitExceeded(), true, none, start);
    }

    // JSON only; query-string parameters never reach the method (§1.1).
    const QByteArray contentType = request.header("Content-Type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded") ||
        contentType.startsWith("multipart/"))
        return failure(errors.invalidJson(), true, none, start);
    QJsonValue body = QJsonObject{};
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return failure(errors.invalidJson(), true, none, start);
        body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    if (!body.isObject() && route.method != kBatch)
        return failure(errors.invalidJson(), true, none, start);

    Credential credential;
    if (auto error = authenticate(request, route, body, errors, &credential))
        return failure(*error, true, none, start);

    if (route.method == kBatch)
        return batch(body, request.body, credential, errors, start);

    QJsonObject query = body.toObject();
    query.remove(u"auth"_s);
    const Call result = call(route.method, query, credential, errors, start);
    if (result.error)
        return failure(*result.error, true, result.usage, start);
    // INFERRED: the OpenAPI document comes bare, not inside `result`.
    if (isDocumentation(route.method))
        return HttpReply::json(200, result.result.toObject());
    return success(result.result, result.usage, start);
}

RestHandler::Call RestHandler::call(const QString &method, const QJsonObject &query,
                                    const Credential &credential, const ErrorReply &errors,
                                    double now)
{
    PortalState &s = m_state;
    const bool mail = MailboxMethods::has(method);
    if (!mail && method != kScope && !isDocumentation(method))
        return {{}, errors.methodNotFound(method), {}};
    if (mail && s.config.accessDeniedUsers.contains(credential.userId))
        return {{}, errors.accessDenied(), {}};
    if (mail && !credential.scopes.contains(u"mail"_s))
        return {{}, errors.insufficientScope(), {}};

    const auto before = s.budget.usage(method, credential.budgetKey, now);
    if (s.config.operatingLimit && before.operating >= s.config.operatingLimitSecs)
        return {{}, errors.operationTimeLimit(), before};

    Call out;
    if (mail) {
        const MailboxMethods methods(s.config, s.currentData(), errors);
        auto outcome = methods.call(method, query, credential.userId);
        out.result = outcome.result;
        out.error = outcome.error;
    } else if (method == kScope) {
        out.result = QJsonArray::fromStringList(credential.scopes);
    } else {
        out.result = MailboxMethods::openApi();
    }
    out.usage = s.budget.record(method, credential.budgetKey, s.config.operatingCostSecs, now);
    return out;
}

HttpReply RestHandler::batch(const QJsonValue &body, const QByteArray &raw,
                             const Credential &credential, const ErrorReply &errors, double start)
{
    PortalState &s = m_state;
    QJsonArray commands = body.toArray();
    if (body.isObject()) {
        // PHP decodes {"0":{…},"1":{…}} as it decodes a list and walks it in written order
        // (§7, the JS SDK's form). Every entry must be a command: an `auth` entry, or a REST
        // 1.0 {"halt":0,"cmd":{…}} body, fails the whole batch before any command runs.
        const QJsonObject object = body.toObject();
        if (object.isEmpty()) // no body, or {}: nothing that reads as a list
            return failure(errors.invalidSelect(JsonText::compact(body)), true, {}, start);
        const QStringList keys = JsonKeyOrder::topLevelKeys(raw).value_or(object.keys());
        for (const QString &key : keys) {
            const QJsonValue entry = object.value(key);
            if (!entry.toObject().contains(u"method")) {
                const QJsonValue quoted = object.contains(u"cmd") ? object.value(u"cmd") : entry;
                return failure(errors.invalidSelect(JsonText::compact(quoted)), true, {}, start);
            }
            commands.append(entry);
        }
    }
    if (commands.size() > s.config.batchMaxCommands)
        return failure(errors.batchLengthExceeded(s.config.batchMaxCommands), true, {}, start);
    for (const QJsonValue &command : commands) {
        if (command.toObject().value(u"method").toString().toLower() == kBatch)
            return failure(errors.batchMethodNotAllowed(), true, {}, start);
    }

    // INFERRED (§7): a failing command does not fail the batch; its slot holds the nested
    // {"error":{code,message}} object instead of a result payload. batchFailWhole flips this.
    QJsonArray results;
    OperatingBudget::Usage summary{0, qint64(std::ceil(start + 600))};
    for (const QJsonValue &command : commands) {
        const QJsonObject object = command.toObject();
        const QJsonValue methodValue = object.value(u"method");
        const QJsonValue queryValue = object.value(u"query");
        Call result;
        if (!methodValue.isString()) {
            result.error = errors.requestValidation(u"method"_s, methodValue.isUndefined());
        } else if (!queryValue.isUndefined() && !queryValue.isNull() && !queryValue.isObject()) {
            result.error = errors.requestValidation(u"query"_s, false);
        } else {
            const QString method = methodValue.toString().toLower();
            s.stats.perMethod[method] += 1;
            if (s.stats.methodOrder.size() < PortalStats::kMethodOrderSize)
                s.stats.methodOrder.append(method);
            result = call(method, queryValue.toObject(), credential, errors, start);
            // The wrapper costs nothing; report the busiest method's budget (§6).
            if (result.usage.operating > summary.operating)
                summary.operating = result.usage.operating;
            if (result.usage.resetAt > 0)
                summary.resetAt = std::min(summary.resetAt, result.usage.resetAt);
        }
        if (result.error && s.config.batchFailWhole)
            return failure(*result.error, true, result.usage, start);
        results.append(result.error ? QJsonValue(ErrorReply::nested(*result.error))
                                    : result.result);
    }
    // The commands ran and cost their budget; only the answer loses their results.
    switch (s.config.batchResultFault) {
    case BatchResultFault::EmptyArray:
        return success(QJsonArray{}, summary, start);
    case BatchResultFault::NotArray:
        return success(QJsonObject{}, summary, start);
    case BatchResultFault::None:
        break;
    }
    return success(results, summary, start);
}

HttpReply RestHandler::fault(Fault fault, const ErrorReply &errors, bool v3) const
{
    switch (fault) {
    case Fault::HtmlBadGateway:
        return HttpReply::html(
            502, QByteArrayLiteral("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                   "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                   "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
    case Fault::MalformedJson: {
        HttpReply reply;
        reply.body = QByteArrayLiteral(
            R"({"result":{"items":[{"id":1,"name":"Sales inbox","email":"sales@acme.te)");
        return reply;
    }
    case Fault::InternalError:
        return ErrorReply::reply(errors.internalError(), v3 && m_state.config.nestedSystemErrors);
    case Fault::EmptyBody:
        return HttpReply{};
    case Fault::OversizedBody: {
        HttpReply reply;
        reply.delivery = Fault::OversizedBody;
        return reply;
    }
    case Fault::None:
    case Fault::SlowDrip:
    case Fault::ResetMidBody:
        break;
    }
    return HttpReply{};
}

QJsonObject RestHandler::time(const OperatingBudget::Usage &usage, double start, bool allowIntStart)
{
    PortalState &s = m_state;
    // Real portals print `start` as an int now and then (§2); so do we, every Nth success.
    const bool intStart = allowIntStart && s.config.intTimeStartEvery > 0 &&
                          ++s.successes % quint64(s.config.intTimeStartEvery) == 0;
    const double shownStart = intStart ? std::floor(start) : start;
    const double processing = std::max(s.config.operatingCostSecs, 0.0);
    const double finish = start + processing + 0.0003;
    return {
        {u"start"_s, intStart ? QJsonValue(qint64(shownStart)) : QJsonValue(shownStart)},
        {u"finish"_s, finish},
        {u"duration"_s, finish - shownStart},
        {u"processing"_s, processing},
        {u"date_start"_s, isoTime(shownStart)},
        {u"date_finish"_s, isoTime(finish)},
        {u"operating_reset_at"_s, !s.config.operatingResetAt.isUndefined()
                                      ? s.config.operatingResetAt
                                  : usage.resetAt > 0 ? QJsonValue(usage.resetAt)
                                                      : QJsonValue(qint64(std::ceil(start + 600)))},
        {u"operating"_s, usage.operating},
    };
}

HttpReply RestHandler::success(const QJsonValue &result, const OperatingBudget::Usage &usage,
                               double start)
{
    return HttpReply::json(200, {{u"result"_s, result}, {u"time"_s, time(usage, start, true)}});
}

HttpReply RestHandler::failure(const ApiError &error, bool v3, const OperatingBudget::Usage &usage,
                               double start)
{
    const bool nest = v3 && m_state.config.nestedSystemErrors;
    return ErrorReply::reply(
        error, nest, m_state.config.timeOnErrors ? time(usage, start, false) : QJsonObject{});
}

} // namespace fake
