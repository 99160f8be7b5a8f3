// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace lb::test {

// Certificates for the test servers, made with the openssl tool once per process (EC keys,
// a few milliseconds) in a private directory removed at exit.
struct TestCertificates
{
    QString caCertFile;     // "Letterbox Test CA": give it to TrustSettings::caFile
    QString serverCertFile; // CN=localhost, SAN DNS:localhost IP:127.0.0.1, signed by the CA
    QString serverKeyFile;
    QString serverSha256; // lowercase hex of the server certificate: the value to pin
    // A self-signed certificate with the same names, not from the CA: "a different
    // certificate with the same name".
    QString otherCertFile;
    QString otherKeyFile;
    QString otherSha256;
};

// Generated on first use; the error carries openssl's output.
[[nodiscard]] Result<TestCertificates> testCertificates();

} // namespace lb::test
