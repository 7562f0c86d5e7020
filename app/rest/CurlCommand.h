#pragma once

#include <QString>

namespace mb {

class Credential;
struct Exchange;

// An exchange as a curl command a support engineer can paste into a terminal to ask the
// portal the same thing again. Masked, it is built from what the inspector recorded (every
// secret already "••••") and may be shared; with the secret it is signed anew by the
// session's credential (webhook code in the path, OAuth token in the body, a Bearer header
// or ?auth=) and works on its own, so it is to be handled like a password.
class CurlCommand
{
public:
    // `credential` may be null (the session is gone): the recorded URL and body are used.
    static QString masked(const Exchange &exchange, const Credential *credential);
    // Null without a credential: the secret is no longer known.
    static QString withSecret(const Exchange &exchange, const Credential *credential);

    // `text` in single quotes for a POSIX shell.
    static QString shellQuote(const QString &text);

private:
    static QString build(const Exchange &exchange, const Credential *credential);
};

} // namespace mb
