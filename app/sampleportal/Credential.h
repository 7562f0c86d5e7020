#pragma once

#include <QString>
#include <QStringList>

namespace fake {

// Who is calling: resolved from a webhook path or an OAuth access token.
struct Credential
{
    enum class Kind { Webhook, Token };
    Kind kind = Kind::Webhook;
    int userId = 0;
    QStringList scopes;
    QString budgetKey; // operating time is counted per app or per webhook (§6)
};

} // namespace fake
