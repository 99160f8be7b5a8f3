// SPDX-License-Identifier: GPL-3.0-or-later
#include "mime/compose/MimeEntity.h"

#include "mime/compose/ParameterEncoder.h"

namespace lb::mime {

namespace {

QByteArray headerBlock(const MimeEntity &entity, QByteArrayView leadingFields,
                       const QList<QByteArray> &typeParameters)
{
    QByteArray out = leadingFields.toByteArray();
    out += formatParameterField("Content-Type", entity.mimeType, typeParameters);
    for (const QByteArray &field : entity.fields)
        out += field;
    return out + "\r\n";
}

} // namespace

QByteArray serialiseEntity(const MimeEntity &entity, QByteArrayView leadingFields,
                           const BoundarySource &boundaries)
{
    if (!entity.isMultipart())
        return headerBlock(entity, leadingFields, entity.typeParameters) + entity.body;

    QList<QByteArray> children;
    for (const MimeEntity &child : entity.children)
        children.append(serialiseEntity(child, {}, boundaries));
    const QByteArray boundary =
        chooseBoundary(QList<QByteArrayView>(children.begin(), children.end()), boundaries);

    QList<QByteArray> parameters = entity.typeParameters;
    parameters.prepend(quotedParameter("boundary", boundary));
    QByteArray out = headerBlock(entity, leadingFields, parameters);
    for (const QByteArray &child : children)
        out += "--" + boundary + "\r\n" + child + "\r\n";
    return out + "--" + boundary + "--";
}

} // namespace lb::mime
