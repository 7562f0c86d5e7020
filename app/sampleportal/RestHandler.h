#pragma once

#include "ApiError.h"
#include "Credential.h"
#include "ErrorReply.h"
#include "HttpReply.h"
#include "HttpRequest.h"
#include "OperatingBudget.h"
#include "PortalState.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace fake {

// Everything under /rest/: URL shapes (§1), credentials, limits (§6), faults, the five methods,
// batch (§7), scope and the OpenAPI probe.
class RestHandler
{
public:
    explicit RestHandler(PortalState &state)
        : m_state(state)
    {}

    HttpReply handle(const HttpRequest &request);

private:
    struct Call
    {
        QJsonValue result;
        std::optional<ApiError> error;
        OperatingBudget::Usage usage;
    };
    struct Route
    {
        bool v3 = false;
        bool webhook = false;
        int userId = 0;
        QString code;
        QString method;
    };

    std::optional<Route> route(const QString &path) const;
    HttpReply handleV1(const HttpRequest &request, const Route &route, const ErrorReply &errors);
    HttpReply handleV3(const HttpRequest &request, const Route &route, const ErrorReply &errors,
                       double start);
    std::optional<ApiError> authenticate(const HttpRequest &request, const Route &route,
                                         const QJsonValue &body, const ErrorReply &errors,
                                         Credential *out) const;
    Call call(const QString &method, const QJsonObject &query, const Credential &credential,
              const ErrorReply &errors, double now);
    // `raw` is the body as sent: the object form's commands run in the order written.
    HttpReply batch(const QJsonValue &body, const QByteArray &raw, const Credential &credential,
                    const ErrorReply &errors, double start);
    HttpReply fault(Fault fault, const ErrorReply &errors, bool v3) const;
    HttpReply success(const QJsonValue &result, const OperatingBudget::Usage &usage, double start);
    HttpReply failure(const ApiError &error, bool v3, const OperatingBudget::Usage &usage,
                      double start);
    QJsonObject time(const OperatingBudget::Usage &usage, double start, bool allowIntStart);

    PortalState &m_state;
};

} // namespace fake
