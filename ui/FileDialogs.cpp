#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace mb {

QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                        const QString &filter)
{
    const QString start =
        QFileInfo(suggested).isAbsolute() ? suggested : QDir::home().filePath(suggested);
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString suggestedSavePath(const QString &folder, const QString &fileName)
{
    if (folder.isEmpty() || !QFileInfo(folder).isAbsolute() || !QDir(folder).exists())
        return fileName;
    return QDir(folder).filePath(fileName);
}

} // namespace mb
