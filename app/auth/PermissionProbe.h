#pragma once

#include "PermissionReport.h"

#include <QObject>
#include <QPointer>

namespace mb {

class ListJob;
class RestClient;
class RestError;
class RestReply;

// After sign-in, calls each of the five mail.mailbox methods once with the smallest possible
// request and reports which work (PermissionReport). The GUI shows the report; the CLI prints
// it for `accounts --check`. Reads only: one row of each list at most, through the same list
// jobs the app uses.
class PermissionProbe : public QObject
{
    Q_OBJECT
public:
    explicit PermissionProbe(RestClient *client, QObject *parent = nullptr);
    ~PermissionProbe() override;

    // Starts the five calls; finished() follows from the event loop once all have answered.
    // Calling run() again while running does nothing.
    void run();
    bool isRunning() const { return m_running; }
    const PermissionReport &report() const { return m_report; }

    // Used for `get` when the list is empty: an id that does not exist, so "not found"
    // proves access without touching anybody's mailbox.
    static constexpr qint64 AbsentMailboxId = 2147483647;

Q_SIGNALS:
    void finished(const mb::PermissionReport &report);

private:
    void watch(ListJob *job);
    void call(const QString &method, const QJsonObject &params);
    void record(const QString &method, const RestError &error);
    void probeGet(qint64 id, bool listFailed);

    QPointer<RestClient> m_client;
    PermissionReport m_report;
    QList<QPointer<QObject>> m_pending; // list jobs and replies still running
    qint64 m_firstMailboxId = AbsentMailboxId;
    bool m_running = false;
};

} // namespace mb
