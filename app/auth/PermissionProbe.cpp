#include "PermissionProbe.h"

#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mb {

namespace {
const QString listMethod = QStringLiteral("mail.mailbox.list");
const QString getMethod = QStringLiteral("mail.mailbox.get");

QJsonObject onePage()
{
    return {{QLatin1String("pagination"), QJsonObject{{QLatin1String("limit"), 1}}}};
}

QJsonObject nameOnly()
{
    return {{QLatin1String("select"), QJsonArray{QStringLiteral("name")}}};
}
} // namespace

PermissionProbe::PermissionProbe(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PermissionProbe::~PermissionProbe()
{
    for (const QPointer<RestReply> &reply : std::as_const(m_replies)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void PermissionProbe::run()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    for (const QString &method : MailApi::methods())
        m_report.methods.append(MethodPermission{method, MethodPermission::Status::Failed, {}});
    if (!m_client) {
        m_running = false;
        Q_EMIT finished(m_report);
        return;
    }
    m_pending = int(m_report.methods.size());
    // `get` needs an id, which the list provides; the rest go out at once (the client queues
    // them into its single request stream anyway).
    call(listMethod, onePage());
    call(QStringLiteral("mail.mailbox.senders"), onePage());
    call(QStringLiteral("mail.mailbox.field.list"), nameOnly());
    QJsonObject field = nameOnly();
    field.insert(QLatin1String("name"), QStringLiteral("id"));
    call(QStringLiteral("mail.mailbox.field.get"), field);
}

void PermissionProbe::call(const QString &method, const QJsonObject &params)
{
    RestReply *reply = m_client->call(method, params);
    m_replies.append(reply);
    connect(reply, &RestReply::finished, this, [this, reply] { onFinished(reply); });
}

void PermissionProbe::onFinished(RestReply *reply)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    const QString method = reply->method();
    const RestError error = reply->error();
    for (MethodPermission &entry : m_report.methods) {
        if (entry.method == method) {
            entry.status = MethodPermission::classify(error);
            entry.error = error;
        }
    }
    if (method == listMethod) {
        if (error.isError()) {
            // Without the list, `get` fails the same way (same scope, same rights); asking
            // anyway tells a missing scope from an account problem on that method too.
            call(getMethod, {{QLatin1String("id"), AbsentMailboxId}});
        } else {
            const QJsonArray items =
                reply->result().toObject().value(QLatin1String("items")).toArray();
            const qint64 id = items.isEmpty() ? AbsentMailboxId
                                              : qint64(items.first()
                                                           .toObject()
                                                           .value(QLatin1String("id"))
                                                           .toDouble(double(AbsentMailboxId)));
            QJsonObject params = nameOnly();
            params.insert(QLatin1String("id"), id);
            params.insert(QLatin1String("select"), QJsonArray{QStringLiteral("id")});
            call(getMethod, params);
        }
    }
    if (--m_pending == 0) {
        m_running = false;
        Q_EMIT finished(m_report);
    }
}

} // namespace mb
