#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace mb {

namespace {
const QString catalogue = QStringLiteral("mailbox-browser");
const QString resourceDir = QStringLiteral(":/i18n");

struct Installed
{
    QPointer<QTranslator> ours;
    QPointer<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

void remove(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator.data();
    }
}
} // namespace

bool Translations::install(const QString &language)
{
    Installed &state = installed();
    remove(state.ours);
    remove(state.qt);
    QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    // The C locale reads English, and English has a catalogue of its plural forms.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English);
    state.language = QStringLiteral("en");

    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, catalogue, QStringLiteral("_"), resourceDir)) {
        QCoreApplication::installTranslator(ours);
        state.ours = ours;
        state.language = ours->language().section(u'_', 0, 0);
        if (state.language.isEmpty())
            state.language = QStringLiteral("en");
        return true;
    }
    // No catalogue for this language: the strings stay English, and so do their plurals.
    if (ours->load(QLocale(QLocale::English), catalogue, QStringLiteral("_"), resourceDir)) {
        QCoreApplication::installTranslator(ours);
        state.ours = ours;
    } else {
        delete ours;
    }
    return locale.language() == QLocale::English;
}

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(resourceDir).entryList({catalogue + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(catalogue.size() + 1).section(u'.', 0, 0);
        if (!languages.contains(language))
            languages << language;
    }
    return languages;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace mb
