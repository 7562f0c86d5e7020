#pragma once

#include <QString>
#include <QStringList>

namespace mb {

// Every mail.mailbox method needs the `mail` scope (docs §8). Scope names are compared
// ignoring case: portals are not consistent about it.
inline QString mailScope()
{
    return QStringLiteral("mail");
}

inline bool grantsMail(const QStringList &scopes)
{
    return scopes.contains(mailScope(), Qt::CaseInsensitive);
}

} // namespace mb
