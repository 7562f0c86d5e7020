#pragma once

#include "ListJob.h"
#include "Mailbox.h"

namespace mb {

struct MailboxFilter
{
    QString name;  // a fragment of the mailbox name
    QString email; // a fragment of the address
    bool operator==(const MailboxFilter &) const = default;
};

// mail.mailbox.list as Mailbox rows. The portal ANDs the name and email fragments
// (docs §3.1); empty ones are not sent. Each id is delivered once.
class MailboxListJob : public ListJob
{
    Q_OBJECT
public:
    explicit MailboxListJob(RestClient *client, const MailboxFilter &filter = {},
                            QObject *parent = nullptr);

    const MailboxFilter &filter() const { return m_filter; }

Q_SIGNALS:
    void mailboxesArrived(const QList<mb::Mailbox> &mailboxes);

protected:
    void deliver(const QJsonArray &rows) override;
    // The mailbox id: a mailbox sent twice is listed once.
    quint64 rowKey(const QJsonObject &row) const override;

private:
    MailboxFilter m_filter;
};

} // namespace mb
