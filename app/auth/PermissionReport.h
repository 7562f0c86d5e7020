#pragma once

#include "MethodPermission.h"

#include <QList>
#include <QMetaType>
#include <optional>

namespace mb {

// The outcome of PermissionProbe: one entry per mail.mailbox method, in MailApi::methods()
// order.
struct PermissionReport
{
    QList<MethodPermission> methods;

    bool allWork() const;
    bool anyWorks() const;
    // At least one method failed for want of the `mail` scope.
    bool missingMailScope() const;
    // At least one method failed for want of rights (scope present).
    bool missingAccess() const;
    std::optional<MethodPermission> find(const QString &method) const;
};

} // namespace mb

Q_DECLARE_METATYPE(mb::PermissionReport)
