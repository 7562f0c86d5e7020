#pragma once

#include "ListJob.h"
#include "Sender.h"

namespace mb {

// mail.mailbox.senders as Sender rows.
class SenderListJob : public ListJob
{
    Q_OBJECT
public:
    explicit SenderListJob(RestClient *client, QObject *parent = nullptr);

Q_SIGNALS:
    void sendersArrived(const QList<mb::Sender> &senders);

protected:
    void deliver(const QJsonArray &rows) override;
};

} // namespace mb
