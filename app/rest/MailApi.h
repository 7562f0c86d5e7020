#pragma once

#include "FieldListJob.h"
#include "MailboxListJob.h"
#include "SenderListJob.h"

#include <QObject>
#include <QStringList>
#include <optional>

namespace mb {

class RestClient;
class RestReply;
class RestError;

// The five mail.mailbox methods with their documented parameters: list jobs for the three
// lists, replies for the two single items, and the parser that checks an item's shape.
class MailApi
{
public:
    explicit MailApi(RestClient *client)
        : m_client(client)
    {}

    // The jobs start when asked to fetch (fetchMore, fetchAll).
    MailboxListJob *listMailboxes(const MailboxFilter &filter = {},
                                  QObject *parent = nullptr) const;
    SenderListJob *listSenders(QObject *parent = nullptr) const;
    FieldListJob *listFields(const QStringList &select = {}, QObject *parent = nullptr) const;
    RestReply *getMailbox(qint64 id, const QStringList &select = {}) const;
    RestReply *getField(const QString &name, const QStringList &select = {}) const;

    // `result.item` of a finished reply; a shape error is reported through `error`.
    static std::optional<QJsonObject> item(const RestReply *reply, RestError *error);

    static const QStringList &methods(); // the five method names

private:
    RestClient *m_client;
};

} // namespace mb
