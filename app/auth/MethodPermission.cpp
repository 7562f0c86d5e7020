#include "MethodPermission.h"

namespace mb {

MethodPermission::Status MethodPermission::classify(const RestError &error)
{
    using Category = RestError::Category;
    switch (error.category()) {
    case Category::None:
    // The probe asks for things that may not exist (an id, a page): the portal looked, so
    // the method is open to this account.
    case Category::NotFound:
    case Category::Pagination:
        return Status::Works;
    case Category::InsufficientScope:
        return Status::MissingScope;
    case Category::AccessDenied:
    case Category::MethodConfirm:
        return Status::NoAccess;
    case Category::Authentication:
    case Category::TokenExpired:
    case Category::SignInNeeded:
        return Status::SignInNeeded;
    case Category::MethodNotFound:
        return Status::NotAvailable;
    default:
        return Status::Failed;
    }
}

QString MethodPermission::statusText(Status status)
{
    switch (status) {
    case Status::Works:
        return tr("works");
    case Status::MissingScope:
        return tr("missing “mail” scope");
    case Status::NoAccess:
        return tr("no access");
    case Status::SignInNeeded:
        return tr("sign-in needed");
    case Status::NotAvailable:
        return tr("not available on this portal");
    case Status::Failed:
        return tr("could not be checked");
    }
    return {};
}

QString MethodPermission::statusName(Status status)
{
    switch (status) {
    case Status::Works:
        return QStringLiteral("works");
    case Status::MissingScope:
        return QStringLiteral("missing-scope");
    case Status::NoAccess:
        return QStringLiteral("no-access");
    case Status::SignInNeeded:
        return QStringLiteral("sign-in-needed");
    case Status::NotAvailable:
        return QStringLiteral("not-available");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace mb
