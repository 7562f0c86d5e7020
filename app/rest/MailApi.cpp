#include "MailApi.h"

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

MailboxListJob *MailApi::listMailboxes(const MailboxFilter &filter, QObject *parent) const
{
    return new MailboxListJob(m_client, filter, parent);
}

SenderListJob *MailApi::listSenders(QObject *parent) const
{
    return new SenderListJob(m_client, parent);
}

FieldListJob *MailApi::listFields(const QStringList &select, QObject *parent) const
{
    return new FieldListJob(m_client, select, parent);
}

RestReply *MailApi::getMailbox(qint64 id, const QStringList &select) const
{
    QJsonObject params{{QLatin1String("id"), id}};
    addSelect(params, select);
    return m_client->call(QStringLiteral("mail.mailbox.get"), params);
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

} // namespace mb
