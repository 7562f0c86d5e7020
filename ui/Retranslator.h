#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace mb {

// Keeps a widget's user-visible strings in the language of the moment. The function given to
// bind() sets them (labels, tooltips, actions, headers); it runs at once and again whenever a
// QEvent::LanguageChange reaches the widget, which Qt sends to every widget when
// Translations::install() swaps the catalogue, until the widget is destroyed. So a string is
// written once, where the widget is built, and a language chosen in Settings reaches every
// visible string without a restart.
class Retranslator : public QObject
{
    Q_OBJECT
public:
    static void bind(QWidget *widget, std::function<void()> apply);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Retranslator(QWidget *widget, std::function<void()> apply);
    std::function<void()> m_apply;
};

} // namespace mb
