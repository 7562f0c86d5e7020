#include "FieldCatalog.h"

#include "rest/FieldListJob.h"
#include "rest/MailApi.h"
#include "rest/RestClient.h"

#include <utility>

namespace mb {

FieldCatalog::FieldCatalog(QObject *parent)
    : QObject(parent)
{}

FieldCatalog::~FieldCatalog()
{
    // The job is a child; disconnected first so its end does not call back into a catalog
    // half destroyed.
    if (m_job)
        m_job->disconnect(this);
}

RestClient *FieldCatalog::client() const
{
    return m_client;
}

void FieldCatalog::setClient(RestClient *client)
{
    if (client == m_client)
        return;
    stopJob();
    m_error = {};
    m_client = client;
    m_clientKey = client;
    // Keeps nothing for a client that is gone: its address may be reused by another one.
    if (client)
        connect(client, &QObject::destroyed, this, &FieldCatalog::forget, Qt::UniqueConnection);
    Q_EMIT clientChanged();
}

void FieldCatalog::seed(const QList<FieldDescriptor> &fields)
{
    if (!m_client || (isLoaded() && m_seeded != m_clientKey))
        return;
    m_known.insert(m_client.data(), fields);
    m_seeded = m_clientKey;
    Q_EMIT loaded();
}

void FieldCatalog::load()
{
    if (!m_client || (isLoaded() && m_seeded != m_clientKey) || isLoading())
        return;
    m_error = {};
    m_arriving.clear();
    auto *job = MailApi(m_client).listFields({}, this);
    m_job = job;
    connect(job, &FieldListJob::fieldsArrived, this,
            [this](const QList<FieldDescriptor> &fields) { m_arriving += fields; });
    connect(job, &ListJob::finished, this, [this, job] { onFinished(job); });
    job->fetchAll();
    Q_EMIT loadingChanged(true);
}

bool FieldCatalog::isLoaded() const
{
    return m_client && m_known.contains(m_client.data());
}

QList<FieldDescriptor> FieldCatalog::fields() const
{
    return m_client ? m_known.value(m_client.data()) : QList<FieldDescriptor>();
}

std::optional<FieldDescriptor> FieldCatalog::descriptor(const QString &name) const
{
    if (!m_client)
        return std::nullopt;
    const auto it = m_known.constFind(m_client.data());
    if (it == m_known.cend())
        return std::nullopt;
    for (const FieldDescriptor &field : *it) {
        if (field.name == name)
            return field;
    }
    return std::nullopt;
}

void FieldCatalog::onFinished(FieldListJob *job)
{
    if (job != m_job)
        return;
    job->deleteLater();
    m_job = nullptr;
    const RestError error = job->error();
    if (error.isError()) {
        m_arriving.clear();
        m_error = error;
        Q_EMIT failed(error);
        Q_EMIT loadingChanged(false);
        return;
    }
    if (m_client)
        m_known.insert(m_client.data(), std::exchange(m_arriving, {}));
    m_seeded = nullptr;
    // The news first, then the state: whoever hears loadingChanged finds the models updated.
    Q_EMIT loaded();
    Q_EMIT loadingChanged(false);
}

void FieldCatalog::stopJob()
{
    if (!m_job)
        return;
    m_job->disconnect(this);
    delete m_job.data(); // aborts the request in flight
    m_arriving.clear();
    Q_EMIT loadingChanged(false);
}

void FieldCatalog::forget(QObject *client)
{
    m_known.remove(client);
    if (m_seeded == client)
        m_seeded = nullptr;
    if (client != m_clientKey)
        return;
    // The account in use closed: its request ends quietly, nothing is left to show.
    stopJob();
    m_error = {};
    m_clientKey = nullptr;
    Q_EMIT clientChanged();
}

} // namespace mb
