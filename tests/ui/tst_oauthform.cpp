// The account dialog's OAuth form as users see it, in English, German and Russian, at the scale
// factor ctest gives (1 and 2), on a screen of 800×500 logical pixels: every field at least
// its natural height, no button narrower or lower than its text needs, the dialog within the
// screen (what does not fit scrolls). Saves a picture of each (oauthform-<lang>-x<scale>.png in
// the working directory) for a human to look at.

#include "AccountDialog.h"
#include "UiFixture.h"
#include "auth/SessionController.h"
#include "settings/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QToolButton>

using namespace mb;
using namespace uitest;

namespace {

// The screen the test runs on, in logical pixels.
constexpr int screenWidth = 800;
constexpr int screenHeight = 500;

double scaleFactor()
{
    bool ok = false;
    const double scale = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&ok);
    return ok && scale > 0 ? scale : 1.0;
}

QString describe(const QWidget *w)
{
    QString text = w->accessibleName();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 \"%2\" %3x%4, hint %5x%6")
        .arg(QString::fromLatin1(w->metaObject()->className()), text)
        .arg(w->width())
        .arg(w->height())
        .arg(w->sizeHint().width())
        .arg(w->sizeHint().height());
}

} // namespace

class TestOAuthForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
        QCOMPARE(screen, QSize(screenWidth, screenHeight));
    }

    void formIsReadable_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("advanced");
        for (const char *language : {"en", "de", "ru"}) {
            QTest::addRow("%s", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s-advanced", language) << QString::fromLatin1(language) << true;
        }
    }

    void formIsReadable()
    {
        QFETCH(QString, language);
        QFETCH(bool, advanced);
        QVERIFY(Translations::install(language));
        QCOMPARE(Translations::current(), language);

        UiFixture f;
        SessionController sessions(f.accounts.get());
        AccountDialog dialog(f.accounts.get(), &sessions, f.settings.get());
        dialog.showOAuthForm();
        if (advanced)
            dialog.advancedToggle()->click();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();

        // Within the screen, the frame included.
        const QRect available = dialog.screen()->availableGeometry();
        QVERIFY2(dialog.frameGeometry().width() <= available.width() &&
                     dialog.frameGeometry().height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2")
                                .arg(dialog.frameGeometry().width())
                                .arg(dialog.frameGeometry().height())));
        QVERIFY(dialog.maximumWidth() <= available.width());
        QVERIFY(dialog.maximumHeight() <= available.height());

        // Fields and buttons as large as they need to be.
        int checked = 0;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (!edit->isVisibleTo(&dialog) || qobject_cast<QSpinBox *>(edit->parentWidget()))
                continue;
            QVERIFY2(edit->height() >= edit->sizeHint().height(), qPrintable(describe(edit)));
            ++checked;
        }
        QVERIFY(checked >= (advanced ? 5 : 4)); // portal, client id, secret, code (+ server)
        for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            if (!button->isVisibleTo(&dialog))
                continue;
            QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(describe(button)));
            QVERIFY2(button->height() >= button->sizeHint().height(), qPrintable(describe(button)));
        }
        for (QSpinBox *spin : dialog.findChildren<QSpinBox *>())
            QVERIFY2(spin->height() >= spin->sizeHint().height(), qPrintable(describe(spin)));
        // The buttons that were clipped before.
        for (QAbstractButton *button : {static_cast<QAbstractButton *>(dialog.submitCodeButton()),
                                        static_cast<QAbstractButton *>(dialog.cancelSignInButton()),
                                        static_cast<QAbstractButton *>(dialog.signInButton())})
            QVERIFY(button->isVisibleTo(&dialog));

        const QString picture = QDir::current().filePath(
            QStringLiteral("oauthform-%1%2-x%3.png")
                .arg(language, advanced ? QStringLiteral("-advanced") : QString())
                .arg(scaleFactor()));
        QVERIFY(dialog.grab().save(picture));
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }
};

int main(int argc, char **argv)
{
    // An offscreen screen of 800×500 logical pixels at the scale factor ctest sets.
    QTemporaryDir dir;
    const double scale = scaleFactor();
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QStringLiteral("{\"screens\": [{\"name\": \"small\", \"x\": 0, \"y\": 0, "
                              "\"width\": %1, \"height\": %2, \"logicalDpi\": 96}]}")
                   .arg(qRound(screenWidth * scale))
                   .arg(qRound(screenHeight * scale))
                   .toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    TestOAuthForm test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_oauthform.moc"
