// SPDX-License-Identifier: GPL-3.0-or-later
// A plain text body as HTML for the reader: every character escaped, web addresses and mail
// addresses made links (numbered like the sanitiser's, so one click handler serves both),
// quoted lines ("> ...") set apart.
#pragma once

#include "mime/html/HtmlSanitizer.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace lb::ui {

struct LinkifiedText
{
    QString html;
    std::vector<mime::SanitizedLink> links; // index N = "lb-link:N"
};

[[nodiscard]] LinkifiedText linkifyPlainText(QStringView text);

} // namespace lb::ui
