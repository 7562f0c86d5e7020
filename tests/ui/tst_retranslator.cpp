// Retranslator: strings bound to a widget follow the installed translator at run time.

#include "Retranslator.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QTest>
#include <QTranslator>

using namespace mb;

namespace {
// A catalogue that "translates" every string by marking it, so no .qm file is needed.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
    }
};
} // namespace

class TestRetranslator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheLanguage()
    {
        QWidget window;
        auto *label = new QLabel(&window);
        int applied = 0;
        Retranslator::bind(label, [&] {
            ++applied;
            label->setText(QCoreApplication::translate("Test", "Mailboxes"));
        });
        QCOMPARE(applied, 1);
        QCOMPARE(label->text(), QStringLiteral("Mailboxes"));

        MarkingTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        QTRY_COMPARE(label->text(), QStringLiteral("[de] Mailboxes"));

        QVERIFY(QCoreApplication::removeTranslator(&german));
        QTRY_COMPARE(label->text(), QStringLiteral("Mailboxes"));
        QVERIFY(applied >= 3);
    }

    void endsWithTheWidget()
    {
        auto *label = new QLabel;
        int applied = 0;
        Retranslator::bind(label, [&] { ++applied; });
        delete label; // the binding goes with it: a later change calls nothing
        MarkingTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        QCoreApplication::processEvents();
        QVERIFY(QCoreApplication::removeTranslator(&german));
        QCoreApplication::processEvents();
        QCOMPARE(applied, 1);
    }
};

QTEST_MAIN(TestRetranslator)
#include "tst_retranslator.moc"
