#pragma once

#include "rest/Sender.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mb {

// One address of the senders list with every entry the portal lists for it merged: the names
// it is listed under (in the portal's order, each once), whether it is one of the user's
// mailboxes and whether it is confirmed as a sender (SenderModel says what each means).
struct SenderAddress
{
    QString email; // as first spelled by the portal
    QStringList names;
    bool ownMailbox = false;
    bool confirmed = false;
    QList<Sender> entries; // the portal's rows for it, as received

    // The names joined for one cell ("; ": a name may hold a comma, "Roe, Dana").
    QString joinedNames() const { return names.join(QStringLiteral("; ")); }
};

} // namespace mb
