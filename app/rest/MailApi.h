#pragma once

#include "FieldDescriptor.h"
#include "Mailbox.h"
#include "Sender.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace mb {

class PagedRequest;
class RestClient;
class RestReply;
class RestError;

struct MailboxFilter
{
    QString name;  // a fragment of the mailbox name
    QString email; // a fragment of the address
};

// The five mail.mailbox methods with their documented parameters, and the parsers that
// turn a finished reply into typed data or a Protocol error when its shape is wrong.
class MailApi
{
public:
    explicit MailApi(RestClient *client)
        : m_client(client)
    {}

    PagedRequest *listMailboxes(const MailboxFilter &filter, qint64 maxItems = -1,
                                int pageSize = 100, QObject *parent = nullptr) const;
    RestReply *getMailbox(qint64 id, const QStringList &select = {}) const;
    PagedRequest *listSenders(qint64 maxItems = -1, int pageSize = 100,
                              QObject *parent = nullptr) const;
    RestReply *listFields(const QStringList &select = {}) const;
    RestReply *getField(const QString &name, const QStringList &select = {}) const;

    // `result.item` of a finished reply; a shape error is reported through `error`.
    static std::optional<QJsonObject> item(const RestReply *reply, RestError *error);
    static std::optional<QJsonArray> items(const RestReply *reply, RestError *error);

    static const QStringList &methods(); // the five method names

private:
    RestClient *m_client;
};

} // namespace mb
