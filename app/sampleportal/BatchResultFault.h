#pragma once

namespace fake {

// A broken v3 batch answer (§3.6): HTTP 200 and a `time`, but no per-command results. A client
// must take it as a protocol error, not as the end of a list.
enum class BatchResultFault {
    None,       // `result` holds one slot per command
    EmptyArray, // {"result":[],"time":{...}}
    NotArray    // {"result":{},"time":{...}}
};

} // namespace fake
