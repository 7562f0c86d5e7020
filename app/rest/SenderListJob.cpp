#include "SenderListJob.h"

namespace mb {

SenderListJob::SenderListJob(RestClient *client, QObject *parent)
    : ListJob(client, QStringLiteral("mail.mailbox.senders"), {}, true, parent)
{}

void SenderListJob::deliver(const QJsonArray &rows)
{
    Q_EMIT sendersArrived(Sender::listFromJson(rows));
}

} // namespace mb
