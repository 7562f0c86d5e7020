#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace mb {

// Asks where to save a file: returns the chosen path, or an empty string when the user
// cancels. Windows hold one of these so tests can answer without a modal dialog.
using SaveFileNameProvider = std::function<QString(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)>;

// QFileDialog::getSaveFileName.
QString askSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                        const QString &filter);

} // namespace mb
