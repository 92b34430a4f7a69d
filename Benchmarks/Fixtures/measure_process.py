"""Runs a command once and prints its wall time (seconds) and peak RSS (KiB).

The benchmark runner cannot read a child's peak itself: Foundation's Process
spawns through vfork, and Linux then reports the runner's own high-water mark
as the child's ru_maxrss. A fork from this small interpreter carries only its
own few MiB, far below any process measured here.

usage: python3 measure_process.py COMMAND [ARG...]
"""
import os
import sys
import time

if len(sys.argv) < 2:
    sys.exit(__doc__)
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    try:
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
code = os.waitstatus_to_exitcode(status)
if code != 0:
    sys.exit(f"{' '.join(sys.argv[1:])} exited with {code}")
print(f"{wall:.6f} {usage.ru_maxrss}")
