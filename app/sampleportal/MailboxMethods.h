#pragma once

#include "ApiError.h"
#include "ErrorReply.h"
#include "Pagination.h"
#include "PortalConfig.h"
#include "PortalData.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace fake {

// The five mail.mailbox methods (§3) as pure functions of (query, user) over the sample data.
class MailboxMethods
{
public:
    struct Outcome
    {
        QJsonObject result;
        std::optional<ApiError> error;
    };

    MailboxMethods(const PortalConfig &config, const PortalData &data, const ErrorReply &errors)
        : m_config(config)
        , m_data(data)
        , m_errors(errors)
    {}

    static const QStringList &names();
    static bool has(const QString &method) { return names().contains(method); }
    static QJsonObject openApi(); // the rest.documentation.openapi document

    Outcome call(const QString &method, const QJsonObject &query, int userId) const;

private:
    Outcome list(const QJsonObject &query, int userId) const;
    Outcome get(const QJsonObject &query, int userId) const;
    Outcome senders(const QJsonObject &query, int userId) const;
    Outcome fieldList(const QJsonObject &query) const;
    Outcome fieldGet(const QJsonObject &query) const;
    // Parses `pagination` and applies the configured paging quirks to it.
    std::optional<ApiError> paginate(const QJsonObject &query, Pagination *out) const;
    // Parses a `select` of description keys; on success fills `keys` (empty select: all keys).
    std::optional<ApiError> fieldSelect(const QJsonObject &query, QStringList *keys) const;
    static QJsonObject describe(const QString &field, const QStringList &keys);

    const PortalConfig &m_config;
    const PortalData &m_data;
    const ErrorReply &m_errors;
};

} // namespace fake
