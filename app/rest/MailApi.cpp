#include "MailApi.h"

#include "PagedRequest.h"
#include "RestClient.h"
#include "RestReply.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace mb {

namespace {
void addSelect(QJsonObject &params, const QStringList &select)
{
    if (!select.isEmpty())
        params.insert(QLatin1String("select"), QJsonArray::fromStringList(select));
}

RestError shapeError(const RestReply *reply, const char *what)
{
    RestError error(RestError::Category::Protocol, reply->httpStatus());
    error.setDetail(QCoreApplication::translate("MailApi", what));
    return error;
}
} // namespace

const QStringList &MailApi::methods()
{
    static const QStringList names = {
        QStringLiteral("mail.mailbox.list"),      QStringLiteral("mail.mailbox.get"),
        QStringLiteral("mail.mailbox.senders"),   QStringLiteral("mail.mailbox.field.list"),
        QStringLiteral("mail.mailbox.field.get"),
    };
    return names;
}

PagedRequest *MailApi::listMailboxes(const MailboxFilter &filter, qint64 maxItems, int pageSize,
                                     QObject *parent) const
{
    QJsonObject params;
    if (!filter.name.isEmpty())
        params.insert(QLatin1String("name"), filter.name);
    if (!filter.email.isEmpty())
        params.insert(QLatin1String("email"), filter.email);
    return new PagedRequest(m_client, QStringLiteral("mail.mailbox.list"), params, maxItems,
                            pageSize, parent);
}

RestReply *MailApi::getMailbox(qint64 id, const QStringList &select) const
{
    QJsonObject params{{QLatin1String("id"), id}};
    addSelect(params, select);
    return m_client->call(QStringLiteral("mail.mailbox.get"), params);
}

PagedRequest *MailApi::listSenders(qint64 maxItems, int pageSize, QObject *parent) const
{
    return new PagedRequest(m_client, QStringLiteral("mail.mailbox.senders"), {}, maxItems,
                            pageSize, parent);
}

RestReply *MailApi::listFields(const QStringList &select) const
{
    QJsonObject params;
    addSelect(params, select);
    return m_client->call(QStringLiteral("mail.mailbox.field.list"), params);
}

RestReply *MailApi::getField(const QString &name, const QStringList &select) const
{
    QJsonObject params{{QLatin1String("name"), name}};
    addSelect(params, select);
    return m_client->call(QStringLiteral("mail.mailbox.field.get"), params);
}

std::optional<QJsonObject> MailApi::item(const RestReply *reply, RestError *error)
{
    if (reply->error().isError()) {
        *error = reply->error();
        return std::nullopt;
    }
    const QJsonValue item = reply->result().toObject().value(QLatin1String("item"));
    if (!item.isObject()) {
        *error = shapeError(reply, QT_TRANSLATE_NOOP("MailApi", "an answer without “item”"));
        return std::nullopt;
    }
    return item.toObject();
}

std::optional<QJsonArray> MailApi::items(const RestReply *reply, RestError *error)
{
    if (reply->error().isError()) {
        *error = reply->error();
        return std::nullopt;
    }
    const QJsonValue items = reply->result().toObject().value(QLatin1String("items"));
    if (!items.isArray()) {
        *error = shapeError(reply, QT_TRANSLATE_NOOP("MailApi", "a list answer without “items”"));
        return std::nullopt;
    }
    return items.toArray();
}

} // namespace mb
