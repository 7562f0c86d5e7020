#pragma once

#include "ListJob.h"
#include "Sender.h"

namespace mb {

// mail.mailbox.senders as Sender rows, each address and name once.
class SenderListJob : public ListJob
{
    Q_OBJECT
public:
    explicit SenderListJob(RestClient *client, QObject *parent = nullptr);

Q_SIGNALS:
    void sendersArrived(const QList<mb::Sender> &senders);

protected:
    void deliver(const QJsonArray &rows) override;
    // One row per address and name: the same address may come under several names.
    quint64 rowKey(const QJsonObject &row) const override;
};

} // namespace mb
