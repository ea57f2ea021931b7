#!/usr/bin/env python3
"""Run a command with a wall-time limit and a cap on the memory of its whole process tree.

    run_capped.py --timeout SECONDS --max-rss-mib MIB [--report FILE] -- COMMAND...

The machine is shared (2 cores, 24 GiB): a debug compile of a very large generated file can take
more memory than is free, so the tree's resident memory (the sum over the command and all its
descendants, sampled every half second from /proc) is watched and the tree is stopped when it goes
over the cap. Exit status: the command's own; 124 when stopped for time, 125 when stopped for
memory; when stopped, every process of the tree is signalled by its id. --report writes one line: "<exit> <seconds> <peak tree MiB> <reason>".
"""

import argparse
import os
import signal
import subprocess
import sys
import time

PAGE = os.sysconf("SC_PAGE_SIZE")


def children_map():
    parents = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read().decode("latin-1")
            # The command name may hold spaces and parentheses: split after its last ')'.
            fields = stat[stat.rindex(")") + 2:].split()
            parents.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, ValueError, IndexError):
            continue
    return parents


def descendants(root):
    """The root and all its descendants now alive."""
    parents = children_map()
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(parents.get(pid, []))
    return found


def tree_rss_bytes(pids):
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            pass
    return total


def stop(pids, sig):
    for pid in pids:
        try:
            os.kill(pid, sig)
        except OSError:
            pass


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--timeout", type=float, required=True)
    parser.add_argument("--max-rss-mib", type=float, required=True)
    parser.add_argument("--report")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("no command")
    start = time.monotonic()
    child = subprocess.Popen(command, start_new_session=True)
    peak, reason, status = 0, "finished", None
    while True:
        try:
            status = child.wait(timeout=0.5)
            break
        except subprocess.TimeoutExpired:
            pass
        tree = descendants(child.pid)
        rss = tree_rss_bytes(tree)
        peak = max(peak, rss)
        elapsed = time.monotonic() - start
        if elapsed > args.timeout or rss > args.max_rss_mib * 1024 * 1024:
            reason = "time" if elapsed > args.timeout else "memory"
            # Only what this script started: the command and its descendants, each by its id
            # (swiftc and swift-frontend run in process groups of their own, so a signal to the
            # command's group alone leaves them running). Children first, so none is reparented
            # away before it is signalled.
            stop(reversed(tree), signal.SIGTERM)
            time.sleep(5)
            stop([pid for pid in tree if os.path.exists(f"/proc/{pid}")], signal.SIGKILL)
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
            status = 124 if reason == "time" else 125
            break
    elapsed = time.monotonic() - start
    if args.report:
        with open(args.report, "w") as handle:
            handle.write(f"{status} {elapsed:.2f} {peak / 1048576:.0f} {reason}\n")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
