// One list answer as ListJob reads it (ListPageReader): a plain page or a v3 batch of pages,
// every slot's shape, an error body standing in a slot, and the fingerprint of each page.
#include "FuzzInput.h"
#include "rest/ListPageReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte: how many pages were asked (0: a plain call), how many rows each, and
    // whether the list is paged.
    const int pages = data[0] & 0x7;
    const int limit = (data[0] >> 3) & 0x7;
    const bool paged = (data[0] & 0x80) == 0;
    const bool batch = pages > 0;
    const QList<int> limits(batch ? pages : 1, limit);
    const mb::ListPageReader::Answer answer = mb::ListPageReader::readBody(
        mb::fuzz::bytes(data + 1, size - 1), limits, batch, paged, 200);
    if (answer.inconsistency.isEmpty() && answer.pages.size() != limits.size())
        __builtin_trap(); // a whole answer that is fine has one page per command
    for (const mb::ListPageReader::Page &page : answer.pages) {
        if (page.error)
            (void)page.error->userMessage();
        if (paged && page.rows.size() > limit)
            __builtin_trap(); // never more rows than asked for
        (void)mb::ListPageReader::fingerprint(page.rows);
    }
    return 0;
}
