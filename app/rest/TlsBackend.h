#pragma once

#include <QString>

namespace mb {

// Which TLS implementation the process uses. Both executables call useSystemBackend() first
// thing, before any socket or SSL configuration exists.
class TlsBackend
{
public:
    // On Windows: schannel, the system's own TLS and certificate store. Qt would otherwise
    // prefer its OpenSSL backend, which loads libssl/libcrypto DLLs by name from wherever
    // the DLL search finds them first, PATH included. Elsewhere Qt's default stays. False
    // when the wanted backend is not available.
    static bool useSystemBackend();
    // The backend in use ("schannel", "openssl", "securetransport", ...); empty: none.
    static QString active();
};

} // namespace mb
