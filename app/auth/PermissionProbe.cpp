#include "PermissionProbe.h"

#include "rest/CallLater.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"
#include "rest/RestReply.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mb {

namespace {
const QString listMethod = QStringLiteral("mail.mailbox.list");
const QString getMethod = QStringLiteral("mail.mailbox.get");

QJsonArray nameOnly()
{
    return QJsonArray{QStringLiteral("name")};
}
} // namespace

PermissionProbe::PermissionProbe(RestClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

PermissionProbe::~PermissionProbe()
{
    // Replies are ours to delete; jobs are our children and go with us.
    for (const QPointer<QObject> &pending : std::as_const(m_pending)) {
        if (auto *reply = qobject_cast<RestReply *>(pending.data())) {
            reply->disconnect(this);
            delete reply; // aborts the call
        }
    }
}

void PermissionProbe::run()
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_firstMailboxId = AbsentMailboxId;
    for (const QString &method : MailApi::methods())
        m_report.methods.append(MethodPermission{method, MethodPermission::Status::Failed, {}});
    if (!m_client) {
        callLater(this, [this] {
            m_running = false;
            Q_EMIT finished(m_report);
        });
        return;
    }
    const MailApi api(m_client);
    // `get` needs an id, which the list provides; the rest go out at once (the client queues
    // them into its single request stream anyway).
    MailboxListJob *list = api.listMailboxes({}, this);
    connect(list, &MailboxListJob::mailboxesArrived, this, [this](const QList<Mailbox> &rows) {
        if (!rows.isEmpty())
            m_firstMailboxId = rows.first().id;
    });
    watch(list);
    watch(api.listSenders(this));
    watch(api.listFields({QStringLiteral("name")}, this));
    call(QStringLiteral("mail.mailbox.field.get"),
         {{QLatin1String("name"), QStringLiteral("id")}, {QLatin1String("select"), nameOnly()}});
}

void PermissionProbe::watch(ListJob *job)
{
    job->setMaxRows(1);
    m_pending.append(job);
    connect(job, &ListJob::finished, this, [this, job] {
        job->deleteLater();
        m_pending.removeAll(job);
        const RestError error = job->error();
        if (job->method() == listMethod)
            probeGet(m_firstMailboxId, error.isError());
        record(job->method(), error);
    });
    job->fetchMore();
}

void PermissionProbe::probeGet(qint64 id, bool listFailed)
{
    // Without the list, `get` fails the same way (same scope, same rights); asking anyway
    // tells a missing scope from an account problem on that method too.
    QJsonObject params{{QLatin1String("id"), id}};
    if (!listFailed)
        params.insert(QLatin1String("select"), QJsonArray{QStringLiteral("id")});
    call(getMethod, params);
}

void PermissionProbe::call(const QString &method, const QJsonObject &params)
{
    if (!m_client) { // the session closed under us
        record(method, RestError(RestError::Category::Aborted));
        return;
    }
    RestReply *reply = m_client->call(method, params);
    m_pending.append(reply);
    connect(reply, &RestReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_pending.removeAll(reply);
        record(reply->method(), reply->error());
    });
}

void PermissionProbe::record(const QString &method, const RestError &error)
{
    for (MethodPermission &entry : m_report.methods) {
        if (entry.method == method) {
            entry.status = MethodPermission::classify(error);
            entry.error = error;
        }
    }
    if (m_pending.isEmpty() && m_running) {
        m_running = false;
        Q_EMIT finished(m_report);
    }
}

} // namespace mb
