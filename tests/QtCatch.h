// SPDX-License-Identifier: GPL-3.0-or-later
// Lets Catch2 print Qt strings in failure messages: include instead of <catch2/catch.hpp>.
#pragma once

#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b)
    {
        return '"' + QString::fromLatin1(b).toStdString() + '"';
    }
};
} // namespace Catch
