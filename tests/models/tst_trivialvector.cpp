// TrivialVector: the realloc-grown array under the models' per-row data keeps every value
// through growth, erasure, copies, moves and shrinking, and gives its memory back.

#include "models/TrivialVector.h"

#include <QTest>

#include <numeric>
#include <vector>

using namespace mb;

namespace {
struct Row
{
    qint64 id = 0;
    quint32 length[3] = {};
    quint8 held = 0;
};

template<typename T> std::vector<T> copyOf(const TrivialVector<T> &values)
{
    return std::vector<T>(values.begin(), values.end());
}
} // namespace

class TestTrivialVector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void growingKeepsEveryValue()
    {
        // Past the sizes where malloc hands out blocks of their own (mremap'ed on growth).
        TrivialVector<Row> rows;
        for (int i = 0; i < 300'000; ++i)
            rows.push_back({i, {quint32(i), quint32(2 * i), quint32(3 * i)}, quint8(i)});
        QCOMPARE(rows.size(), size_t(300'000));
        QVERIFY(rows.capacity() >= rows.size());
        for (int i = 0; i < 300'000; i += 997) {
            QCOMPARE(rows[size_t(i)].id, qint64(i));
            QCOMPARE(rows[size_t(i)].length[2], quint32(3 * i));
            QCOMPARE(rows[size_t(i)].held, quint8(i));
        }
        rows.shrink_to_fit();
        QCOMPARE(rows.capacity(), rows.size());
        QCOMPARE(rows[299'999].id, qint64(299'999));
    }

    void eraseMovesTheRestUp()
    {
        TrivialVector<int> values;
        for (int i = 0; i < 10; ++i)
            values.push_back(i);
        values.erase(values.begin() + 2, values.begin() + 5);
        QCOMPARE(copyOf(values), (std::vector<int>{0, 1, 5, 6, 7, 8, 9}));
        values.erase(values.end() - 1, values.end());
        QCOMPARE(copyOf(values), (std::vector<int>{0, 1, 5, 6, 7, 8}));
    }

    void assignFillsAndReplaces()
    {
        TrivialVector<int> table;
        table.push_back(7);
        table.assign(4, -1);
        QCOMPARE(copyOf(table), (std::vector<int>{-1, -1, -1, -1}));
        table.assign(100'000, 3); // a larger block: nothing old is carried over
        QCOMPARE(table.size(), size_t(100'000));
        QCOMPARE(std::accumulate(table.begin(), table.end(), qint64(0)), qint64(300'000));
        table.assign(2, 5); // within the block it has
        QCOMPARE(copyOf(table), (std::vector<int>{5, 5}));
    }

    void copiesAndMovesAreIndependent()
    {
        TrivialVector<int> a;
        for (int i = 0; i < 1000; ++i)
            a.push_back(i);
        TrivialVector<int> b = a;
        b[0] = -1;
        QCOMPARE(a[0], 0);
        QCOMPARE(b.size(), size_t(1000));
        TrivialVector<int> c = std::move(a);
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): moved-from is empty
        QCOMPARE(a.capacity(), size_t(0));
        QCOMPARE(c[999], 999);
        a = c; // a moved-from vector takes values again
        QCOMPARE(a[500], 500);
        c = {};
        QVERIFY(c.empty());
        QCOMPARE(c.capacity(), size_t(0)); // = {} gives the memory back, as clear() does not
        a.clear();
        QVERIFY(a.empty());
        QVERIFY(a.capacity() >= 1000);
        a.shrink_to_fit();
        QCOMPARE(a.capacity(), size_t(0));
        QCOMPARE(a.begin(), a.end());
    }
};

QTEST_APPLESS_MAIN(TestTrivialVector)
#include "tst_trivialvector.moc"
