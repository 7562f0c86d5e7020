#pragma once

#include "FieldDescriptor.h"
#include "ListJob.h"

#include <QStringList>

namespace mb {

// mail.mailbox.field.list as FieldDescriptor rows. The method has no pagination: one call.
class FieldListJob : public ListJob
{
    Q_OBJECT
public:
    explicit FieldListJob(RestClient *client, const QStringList &select = {},
                          QObject *parent = nullptr);

Q_SIGNALS:
    void fieldsArrived(const QList<mb::FieldDescriptor> &fields);

protected:
    void deliver(const QJsonArray &rows) override;
};

} // namespace mb
