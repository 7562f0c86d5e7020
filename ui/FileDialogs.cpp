#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>

namespace mb {

QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                        const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName),
                                        filter);
}

} // namespace mb
