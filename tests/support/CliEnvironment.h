#pragma once

// The environment b24mail runs in under test: this process's, without the variables that
// would hand it a credential or change its language behind the test's back.

#include <QProcessEnvironment>

namespace testsupport {

inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         {"B24_WEBHOOK_URL", "B24_ACCESS_TOKEN", "B24_CLIENT_SECRET", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace testsupport
