#include "PermissionReport.h"

#include <algorithm>

namespace mb {

using Status = MethodPermission::Status;

bool PermissionReport::allWork() const
{
    return !methods.isEmpty() && std::all_of(methods.begin(), methods.end(),
                                             [](const MethodPermission &m) { return m.works(); });
}

bool PermissionReport::anyWorks() const
{
    return std::any_of(methods.begin(), methods.end(),
                       [](const MethodPermission &m) { return m.works(); });
}

bool PermissionReport::missingMailScope() const
{
    return std::any_of(methods.begin(), methods.end(),
                       [](const MethodPermission &m) { return m.status == Status::MissingScope; });
}

bool PermissionReport::missingAccess() const
{
    return std::any_of(methods.begin(), methods.end(),
                       [](const MethodPermission &m) { return m.status == Status::NoAccess; });
}

std::optional<MethodPermission> PermissionReport::find(const QString &method) const
{
    for (const MethodPermission &m : methods) {
        if (m.method == method)
            return m;
    }
    return std::nullopt;
}

} // namespace mb
