#pragma once

#include "PermissionReport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace mb {

class RestClient;
class RestReply;

// After sign-in, calls each of the five mail.mailbox methods once with the smallest possible
// request and reports which work (PermissionReport). The GUI shows the report; the CLI prints
// it for `accounts --check`. Reads only, one page of one item at most.
class PermissionProbe : public QObject
{
    Q_OBJECT
public:
    explicit PermissionProbe(RestClient *client, QObject *parent = nullptr);
    ~PermissionProbe() override;

    // Starts the five calls; finished() follows once all have answered. Calling run() again
    // while running does nothing.
    void run();
    bool isRunning() const { return m_running; }
    const PermissionReport &report() const { return m_report; }

    // Used for `get` when the list is empty: an id that does not exist, so "not found"
    // proves access without touching anybody's mailbox.
    static constexpr qint64 AbsentMailboxId = 2147483647;

Q_SIGNALS:
    void finished(const mb::PermissionReport &report);

private:
    void call(const QString &method, const QJsonObject &params);
    void onFinished(RestReply *reply);

    QPointer<RestClient> m_client;
    PermissionReport m_report;
    QList<QPointer<RestReply>> m_replies;
    int m_pending = 0;
    bool m_running = false;
};

} // namespace mb
