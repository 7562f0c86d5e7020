#include "PageQuirks.h"

#include <algorithm>

namespace fake {

Pagination PageQuirks::served(const Pagination &asked) const
{
    Pagination out = asked;
    if (m_config.ignorePage) {
        out.page = 0;
        out.offset = 0;
    }
    const bool capped = m_config.pageCap > 0 && asked.limit > m_config.pageCap;
    if (capped)
        out.limit = m_config.pageCap;
    // Clamp form: the cap is the page size. Cut form: pages keep the asked stride, so the rows
    // between the cap and the stride are reachable only by a smaller limit or an offset.
    const qint64 stride = capped && !m_config.pageCapCutsAfterOffset ? out.limit : asked.limit;
    const qint64 stuckPage = m_config.repeatPagesAfter;
    const qint64 cycle = m_config.cyclePagesAfter;
    if (cycle > 0) {
        // Pages 1..N, then 1..N again, as a server whose cursor wraps around.
        if (out.page > 0)
            out.page = (out.page - 1) % cycle + 1;
        else
            out.offset %= cycle * stride;
    }
    if (out.page > 0) {
        if (stuckPage > 0)
            out.page = std::min(out.page, stuckPage);
        out.offset = Pagination::pageOffset(out.page, stride);
        if (out.page > 1)
            out.offset = std::max<qint64>(0, out.offset - m_config.overlapRows);
    } else if (stuckPage > 0) {
        // An offset walk steps by the rows it got: past the end of page N it gets page N again.
        const qint64 stuckOffset = Pagination::pageOffset(stuckPage, out.limit);
        if (out.offset >= stuckOffset + out.limit)
            out.offset = stuckOffset;
    }
    return out;
}

} // namespace fake
