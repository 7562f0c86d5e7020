#include "MailboxListJob.h"

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
    Q_EMIT mailboxesArrived(Mailbox::listFromJson(rows));
}

} // namespace mb
