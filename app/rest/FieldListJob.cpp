#include "FieldListJob.h"

#include <QJsonArray>

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
    Q_EMIT fieldsArrived(FieldDescriptor::listFromJson(rows));
}

} // namespace mb
