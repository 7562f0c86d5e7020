#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace mb {

// Writes a file all or nothing (QSaveFile: a crash never leaves half of it) and readable by
// its owner alone, whatever the umask or an earlier file of that name allowed: exports,
// diagnostics and the saved lists all name the portal and its mailboxes. The one way the
// app writes such a file.
class OwnerOnlyFile
{
public:
    static constexpr QFileDevice::Permissions Permissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // False with the system's reason (untranslated, for the caller's message) in `why`.
    static bool write(const QString &fileName, const QByteArray &data, QString *why = nullptr);
};

} // namespace mb
