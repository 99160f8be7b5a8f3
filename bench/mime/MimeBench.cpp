// SPDX-License-Identifier: GPL-3.0-or-later
// Parse throughput over the MIME corpus on one core. All files are read into memory first; each
// run parses every message (tree, header views, decoded bodies) and is timed; the median of the
// runs is reported next to a floor measured over the same bytes in the same process: a memchr
// line scan, the least any line-oriented parser has to do.
#include "mime/MessageParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

std::vector<QByteArray> loadCorpus(const QString &dirPath)
{
    std::vector<QByteArray> files;
    const QDir dir(dirPath);
    for (const QString &name : dir.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            files.push_back(f.readAll());
    }
    return files;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

template <typename Fn> double medianSeconds(int runs, Fn &&fn)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        times.push_back(double(timer.nsecsElapsed()) / 1e9);
    }
    return median(times);
}

// Counts lines with memchr: a floor for anything that has to look at every line.
qsizetype scanLines(const std::vector<QByteArray> &files)
{
    qsizetype lines = 0;
    for (const QByteArray &data : files) {
        const char *p = data.constData();
        const char *end = p + data.size();
        while (p < end) {
            const void *lf = std::memchr(p, '\n', size_t(end - p));
            ++lines;
            if (!lf)
                break;
            p = static_cast<const char *>(lf) + 1;
        }
    }
    return lines;
}

qsizetype parseAll(const std::vector<QByteArray> &files)
{
    qsizetype parts = 0;
    for (const QByteArray &data : files) {
        const lb::mime::Message m = lb::mime::parseMessage(data);
        parts += qsizetype(m.root.children.size()) + qsizetype(m.defects.size());
    }
    return parts;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(LETTERBOX_CORPUS_DIR) + u"/mime"_s;
    const std::vector<QByteArray> files = loadCorpus(dir);
    QTextStream out(stdout);
    if (files.empty()) {
        out << "no .eml files in " << dir << "\n";
        return 1;
    }
    qsizetype bytes = 0;
    for (const QByteArray &f : files)
        bytes += f.size();
    const double mb = double(bytes) / (1024.0 * 1024.0);
    const int runs = 15;
    volatile qsizetype sink = 0;
    sink = sink + parseAll(files); // warm-up
    const double parse = medianSeconds(runs, [&] { sink = sink + parseAll(files); });
    const double floor = medianSeconds(runs, [&] { sink = sink + scanLines(files); });
    out << u"corpus: %1 messages, %2 MiB, %3 runs each (median)\n"_s.arg(files.size())
               .arg(mb, 0, 'f', 2)
               .arg(runs);
    out << u"parseMessage:     %1 ms  %2 MiB/s\n"_s.arg(parse * 1e3, 0, 'f', 2)
               .arg(mb / parse, 0, 'f', 1);
    out << u"floor (memchr):   %1 ms  %2 MiB/s\n"_s.arg(floor * 1e3, 0, 'f', 3)
               .arg(mb / floor, 0, 'f', 1);
    out << u"ratio parse/floor: %1x slower\n"_s.arg(parse / floor, 0, 'f', 1);
    return 0;
}
