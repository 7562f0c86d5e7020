#include "MailboxListJob.h"

#include <QMetaMethod>

namespace mb {

namespace {
QJsonObject paramsFor(const MailboxFilter &filter)
{
    QJsonObject params;
    if (!filter.name.isEmpty())
        params.insert(QLatin1String("name"), filter.name);
    if (!filter.email.isEmpty())
        params.insert(QLatin1String("email"), filter.email);
    return params;
}
} // namespace

MailboxListJob::MailboxListJob(RestClient *client, const MailboxFilter &filter, QObject *parent)
    : ListJob(client, QStringLiteral("mail.mailbox.list"), paramsFor(filter), true, parent)
    , m_filter(filter)
{}

void MailboxListJob::deliver(const QJsonArray &rows)
{
    // Typed rows cost a copy of every field: made only for someone who takes them.
    if (isSignalConnected(QMetaMethod::fromSignal(&MailboxListJob::mailboxesArrived)))
        Q_EMIT mailboxesArrived(Mailbox::listFromJson(rows));
}

quint64 MailboxListJob::rowKey(const QJsonObject &row) const
{
    const qint64 id = Mailbox::idOf(row);
    // A row without a usable id is kept apart by its content (a hash, far from small ids).
    return id > 0 ? quint64(id) : ListJob::rowKey(row);
}

} // namespace mb
