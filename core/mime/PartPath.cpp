// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/PartPath.h"

using namespace Qt::Literals::StringLiterals;

namespace lb::mime {
namespace {

bool walk(const Part &part, const QString &path, int inside, const PartVisitor &visit)
{
    if (!visit(part, path, inside))
        return false;
    const int childInside = inside + (part.isEncapsulatedMessage() ? 1 : 0);
    for (size_t i = 0; i < part.children.size(); ++i) {
        if (!walk(part.children[i], childPath(path, qsizetype(i)), childInside, visit))
            return false;
    }
    return true;
}

} // namespace

QString childPath(const QString &parent, qsizetype index)
{
    return parent + u'.' + QString::number(index + 1);
}

const Part *partAt(const Message &message, QStringView path)
{
    const auto steps = path.split(u'.');
    if (steps.isEmpty() || steps.front() != u"1")
        return nullptr;
    const Part *part = &message.root;
    for (qsizetype i = 1; i < steps.size(); ++i) {
        bool ok = false;
        const int n = steps[i].toInt(&ok);
        if (!ok || n < 1 || size_t(n) > part->children.size())
            return nullptr;
        part = &part->children[size_t(n - 1)];
    }
    return part;
}

void walkParts(const Message &message, const PartVisitor &visit)
{
    walk(message.root, u"1"_s, 0, visit);
}

} // namespace lb::mime
