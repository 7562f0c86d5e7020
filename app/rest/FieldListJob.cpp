#include "FieldListJob.h"

#include <QJsonArray>

#include <QMetaMethod>

namespace mb {

namespace {
QJsonObject paramsFor(const QStringList &select)
{
    QJsonObject params;
    if (!select.isEmpty())
        params.insert(QLatin1String("select"), QJsonArray::fromStringList(select));
    return params;
}
} // namespace

FieldListJob::FieldListJob(RestClient *client, const QStringList &select, QObject *parent)
    : ListJob(client, QStringLiteral("mail.mailbox.field.list"), paramsFor(select), false, parent)
{}

void FieldListJob::deliver(const QJsonArray &rows)
{
    // Typed rows cost a copy of every field: made only for someone who takes them.
    if (isSignalConnected(QMetaMethod::fromSignal(&FieldListJob::fieldsArrived)))
        Q_EMIT fieldsArrived(FieldDescriptor::listFromJson(rows));
}

} // namespace mb
