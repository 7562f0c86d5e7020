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
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
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
        return true;
    }
    delete ours;
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

QStringList Translations::available()
{
    QStringList languages{QStringLiteral("en")};
    const QStringList files =
        QDir(resourceDir).entryList({catalogue + QStringLiteral("_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(catalogue.size() + 1).section(u'.', 0, 0);
    return languages;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace mb
