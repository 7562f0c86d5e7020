#include "OwnerOnlyFile.h"

#include <QSaveFile>

namespace mb {

bool OwnerOnlyFile::write(const QString &fileName, const QByteArray &data, QString *why)
{
    QSaveFile file(fileName);
    // The permissions go on the temporary file, before it takes the name: never readable by
    // others, even for a moment (QSaveFile would otherwise keep an older file's).
    const bool written = file.open(QIODevice::WriteOnly) && file.setPermissions(Permissions) &&
                         file.write(data) == data.size() && file.commit();
    if (!written) {
        if (why)
            *why = file.errorString();
        file.cancelWriting();
    }
    return written;
}

} // namespace mb
