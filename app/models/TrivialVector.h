#pragma once

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <type_traits>
#include <utility>

namespace mb {

// A vector of trivially copyable values that grows and shrinks with realloc(): for the
// per-row arrays of 100,000-row models. std::vector copies every element into a new block
// when it grows or shrinks to fit, and the fresh pages of that block all fault at once: a
// stall of 15 ms for 100,000 rows on a virtual machine. realloc() moves a large block's
// pages instead of copying them (mremap on Linux), so growing costs only the pages the new
// rows fill, as they are filled.
template<typename T> class TrivialVector
{
    static_assert(std::is_trivially_copyable_v<T>, "TrivialVector moves its values as bytes");

public:
    TrivialVector() = default;
    TrivialVector(const TrivialVector &other) { append(other.begin(), other.end()); }
    TrivialVector(TrivialVector &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {}
    TrivialVector &operator=(TrivialVector other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        return *this;
    }
    ~TrivialVector() { std::free(m_data); }

    // `count` zero bytes' values in a block from calloc(): a large block's pages come from the
    // system already zero, and only fault in when first touched.
    static TrivialVector zeroed(size_t count)
    {
        TrivialVector values;
        if (count == 0)
            return values;
        values.m_data = static_cast<T *>(std::calloc(count, sizeof(T)));
        if (!values.m_data)
            throw std::bad_alloc();
        values.m_size = values.m_capacity = count;
        return values;
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t capacity() const { return m_capacity; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }

    void push_back(const T &value)
    {
        if (m_size == m_capacity)
            reallocate(std::max<size_t>(16, m_capacity * 2));
        m_data[m_size++] = value;
    }
    void append(const T *first, const T *last)
    {
        const auto count = size_t(last - first);
        if (m_size + count > m_capacity)
            reallocate(std::max(m_size + count, m_capacity * 2));
        if (count > 0)
            std::memcpy(static_cast<void *>(m_data + m_size), first, count * sizeof(T));
        m_size += count;
    }
    void reserve(size_t capacity)
    {
        if (capacity > m_capacity)
            reallocate(capacity);
    }
    // `count` copies of `value`, in a block of its own: nothing old is carried over.
    void assign(size_t count, const T &value)
    {
        if (count > m_capacity) {
            std::free(std::exchange(m_data, nullptr));
            m_size = m_capacity = 0;
            reallocate(count);
        }
        std::fill_n(m_data, count, value);
        m_size = count;
    }
    void erase(T *first, T *last)
    {
        std::memmove(static_cast<void *>(first), last, size_t(end() - last) * sizeof(T));
        m_size -= size_t(last - first);
    }
    void clear() { m_size = 0; }
    void shrink_to_fit()
    {
        if (m_capacity > m_size)
            reallocate(m_size);
    }

private:
    void reallocate(size_t capacity)
    {
        if (capacity == 0) {
            std::free(std::exchange(m_data, nullptr));
            m_capacity = 0;
            return;
        }
        void *grown = std::realloc(static_cast<void *>(m_data), capacity * sizeof(T));
        if (!grown)
            throw std::bad_alloc();
        m_data = static_cast<T *>(grown);
        m_capacity = capacity;
    }

    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

} // namespace mb
