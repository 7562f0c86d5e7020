#include "DisplayWidth.h"

#include <QChar>

#include <algorithm>
#include <array>

namespace mb::cli {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// Code points that terminals draw two columns wide: East Asian Wide and Fullwidth blocks
// plus the emoji that default to emoji presentation. Sorted, so a binary search finds them.
constexpr std::array<Range, 62> wideRanges{{
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F265}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
}};

bool isWide(char32_t ucs4)
{
    const auto it = std::upper_bound(wideRanges.begin(), wideRanges.end(), ucs4,
                                     [](char32_t c, const Range &r) { return c < r.first; });
    return it != wideRanges.begin() && ucs4 <= std::prev(it)->last;
}

constexpr char32_t zeroWidthJoiner = 0x200D;
constexpr char32_t emojiPresentationSelector = 0xFE0F;

// Skin-tone modifiers merge into the emoji before them.
bool isEmojiModifier(char32_t ucs4)
{
    return ucs4 >= 0x1F3FB && ucs4 <= 0x1F3FF;
}

} // namespace

int DisplayWidth::ofCodePoint(char32_t ucs4)
{
    switch (QChar::category(ucs4)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
    case QChar::Other_Control:
        return 0;
    default:
        break;
    }
    // Hangul medial vowels and final consonants join the syllable before them.
    if (ucs4 >= 0x1160 && ucs4 <= 0x11FF)
        return 0;
    return isWide(ucs4) ? 2 : 1;
}

int DisplayWidth::of(QStringView text)
{
    int width = 0;
    bool joined = false; // the previous character was a zero-width joiner
    int previous = 0;    // width of the previous visible character
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t ucs4 = text[i].unicode();
        if (ucs4 >= 0x20 && ucs4 < 0x7F && !joined) { // printable ASCII: one column
            ++width;
            previous = 1;
            continue;
        }
        if (QChar::isHighSurrogate(ucs4) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (ucs4 == zeroWidthJoiner) {
            joined = true;
            continue;
        }
        // A narrow symbol asked to look like an emoji (✉️) is drawn as one: two columns.
        if (ucs4 == emojiPresentationSelector && previous == 1) {
            ++width;
            previous = 2;
            continue;
        }
        int w = ofCodePoint(ucs4);
        // An emoji ZWJ sequence (family, profession) or a skin tone renders as one glyph.
        if (w > 0 && previous == 2 && (joined || isEmojiModifier(ucs4)))
            w = 0;
        else if (w > 0)
            previous = w;
        joined = false;
        width += w;
    }
    return width;
}

} // namespace mb::cli
