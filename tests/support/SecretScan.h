#pragma once

// Searching a tree of files for secrets: what the keychain tests use to prove that no token,
// code or client secret was written anywhere but into the keyring (encrypted).

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QUrl>

namespace testsupport {

// Calls `visit(path, content)` for every regular file under `root`, hidden ones included,
// and returns how many it read. Sockets and pipes (of the daemons) are passed over.
template<typename Visit> int forEachFile(const QString &root, Visit visit)
{
    int files = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        visit(path, file.readAll());
    }
    return files;
}

// Whether `content` holds `secret` (UTF-8) as is, or percent-encoded as in a URL or a form.
inline bool containsSecret(const QByteArray &content, const QByteArray &secret)
{
    return content.contains(secret) ||
           content.contains(QUrl::toPercentEncoding(QString::fromUtf8(secret)));
}
inline bool containsSecret(const QByteArray &content, const QString &secret)
{
    return containsSecret(content, secret.toUtf8());
}

} // namespace testsupport
