#pragma once

#include "rest/FieldDescriptor.h"
#include "rest/RestError.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mb {

class FieldListJob;
class RestClient;

// The field descriptions of one account (mail.mailbox.field.list), asked for once per client
// and kept: load() for a client that answered before changes nothing and sends nothing. A
// failure is reported (failed) and forgotten, so the next load() asks again.
//
// The models of the detail panel and of the field reference share one catalog; switching
// accounts is setClient() with the other session's client. What a client answered is kept
// while that client lives, so switching back costs no request.
class FieldCatalog : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
public:
    explicit FieldCatalog(QObject *parent = nullptr);
    ~FieldCatalog() override;

    RestClient *client() const;
    // Not owned. Aborts a load for the previous client; emits clientChanged().
    void setClient(RestClient *client);

    // Asks the portal unless the fields are known or a request runs. Answers come as loaded()
    // or failed(), from the event loop; a caller checks isLoaded() first.
    void load();

    // Fields saved earlier (AccountCache) for the current client: known at once (loaded() is
    // emitted), yet the next load() still asks the portal, whose answer replaces them. Does
    // nothing when the portal has answered already.
    void seed(const QList<mb::FieldDescriptor> &fields);

    bool isLoaded() const;
    bool isLoading() const { return !m_job.isNull(); }
    // The last failure of the current client, until the next load() starts.
    const RestError &lastError() const { return m_error; }

    // In the portal's order (field.list answers an array).
    QList<FieldDescriptor> fields() const;
    std::optional<FieldDescriptor> descriptor(const QString &name) const;

Q_SIGNALS:
    // Another client (or none: the client was destroyed) is in use: fields() and isLoaded()
    // changed.
    void clientChanged();
    void loadingChanged(bool loading);
    // The current client's fields arrived.
    void loaded();
    void failed(const mb::RestError &error);

private:
    void onFinished(FieldListJob *job);
    void stopJob();
    void forget(QObject *client);

    QPointer<RestClient> m_client;
    const QObject *m_clientKey = nullptr; // m_client, still comparable while it is destroyed
    QPointer<FieldListJob> m_job;
    const QObject *m_seeded = nullptr; // the client whose fields are the saved ones
    QList<FieldDescriptor> m_arriving; // rows of the running job
    RestError m_error;
    // Per client that answered; an entry goes with its client.
    QHash<const QObject *, QList<FieldDescriptor>> m_known;
};

} // namespace mb
