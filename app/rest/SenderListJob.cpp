#include "SenderListJob.h"

#include <QMetaMethod>

namespace mb {

SenderListJob::SenderListJob(RestClient *client, QObject *parent)
    : ListJob(client, QStringLiteral("mail.mailbox.senders"), {}, true, parent)
{}

void SenderListJob::deliver(const QJsonArray &rows)
{
    // Typed rows cost a copy of every field: made only for someone who takes them.
    if (isSignalConnected(QMetaMethod::fromSignal(&SenderListJob::sendersArrived)))
        Q_EMIT sendersArrived(Sender::listFromJson(rows));
}

quint64 SenderListJob::rowKey(const QJsonObject &row) const
{
    // The two fields as Sender::fromJson() reads them, without building the whole Sender.
    const QString email = row.value(QLatin1StringView("email")).toString();
    const QString name = row.value(QLatin1StringView("name")).toString();
    // Addresses compare without case; a NUL cannot occur in either, so it separates them.
    return keyOf(email.toLower().toUtf8() + '\0' + name.toUtf8());
}

} // namespace mb
