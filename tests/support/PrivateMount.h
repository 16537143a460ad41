// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the full-disk tests (test_cli_project_kill, test_gui_full_disk): a small tmpfs that only
// the child process sees, so a test can fill a disk without root and without touching the machine's.
#pragma once

#include <QList>
#include <QProcess>
#include <QStringList>

#include <unistd.h>

namespace hp::test {

// The command prefix that runs a child in a mount namespace of its own where `mount -t tmpfs` works:
// `unshare` with a new user namespace too (no root needed), or a mount namespace alone when running as
// root. Empty when neither works (a container without user namespaces); the caller skips.
inline QStringList privateMountCommand() {
  const QList<QStringList> candidates = {
      {QStringLiteral("unshare"), QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount")},
      {QStringLiteral("unshare"), QStringLiteral("--mount")}};
  for (const QStringList& c : candidates) {
    if (c.size() == 2 && ::geteuid() != 0) continue;
    QProcess probe;
    probe.start(c.front(), c.mid(1) + QStringList{QStringLiteral("sh"), QStringLiteral("-c"),
                                                    QStringLiteral("mount -t tmpfs -o size=64k tmpfs /mnt")});
    if (probe.waitForFinished(10000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0) return c;
  }
  return {};
}

}  // namespace hp::test
