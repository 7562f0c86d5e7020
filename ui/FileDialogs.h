#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace mb {

// Asks where to save a file: returns the chosen path, or an empty string when the user
// cancels. Windows hold one of these so tests can answer without a modal dialog.
// `suggested` is a file name (the dialog starts in the home folder) or an absolute path (it
// starts in that path's folder, e.g. the one the last export went to).
using SaveFileNameProvider = std::function<QString(
    QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)>;

// QFileDialog::getSaveFileName.
QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                        const QString &filter);

// Where a save dialog for `fileName` starts: in `folder` when it still exists, otherwise the
// bare name (the home folder).
QString suggestedSavePath(const QString &folder, const QString &fileName);

} // namespace mb
