"""Onsite's Python fork server: a warm interpreter that forks one sandboxed child per submission.

Starting Python and importing what submissions use (re, json, collections, datetime, pandas…) costs 10 ms to
0.5 s per run, far more than most submissions' own work. This process pays it once: it imports those modules,
then waits on its control socket (fd 0). A pandas server also imports pandas; a plain one (started with -S) does not, and forks faster.
For each request the grader sends the run's uid, CPU limit and working
folder, with four descriptors (the job pipe, the result channel, the printed-output pipe, a status pipe).

Per request: fork an intermediate child, which unshares new mount, PID, network and IPC namespaces and forks the
submission's process as PID 1 there (so everything it starts dies with it). The intermediate writes that process's
pid on the status pipe, waits for it, writes its wait status, and exits. The submission's process mounts a private
/proc, /tmp, /var/tmp and /dev/shm, enters its folder and its own session, sets the rlimits, empties the capability
bounding set, drops to the run's uid with no new privileges, and only then runs the harness.

This server never runs submitted code itself and never sees an expected value, and every run starts from a fresh
fork of it, so no run can leave anything behind for the next.
"""
import ctypes
import os
import resource
import signal
import socket
import sys

CLONE_NEWNS, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET = 0x00020000, 0x08000000, 0x20000000, 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND = 1, 2, 4, 8, 32, 4096
MS_REC, MS_PRIVATE = 16384, 1 << 18
PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 24, 38

# What submissions commonly import; each is ready in every child. Missing ones (no pandas) are simply skipped.
PRELOAD = ["_signal", "io", "posix", "time", "re", "json", "collections", "datetime", "heapq", "itertools",
           "functools", "typing", "decimal", "csv", "math", "random", "string", "bisect", "dataclasses",
           "statistics", "enum", "traceback", "operator", "copy", "fractions", "textwrap", "zoneinfo"]

libc = ctypes.CDLL(None, use_errno=True)
libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]


def checked(result, step):
    if result != 0:
        number = ctypes.get_errno()
        raise OSError(number, f"{step}: {os.strerror(number)}")


def mount(source, target, kind, flags, data=None):
    checked(libc.mount(source and source.encode(), target.encode(), kind and kind.encode(), flags,
                       data and data.encode()), f"mount {target}")


def run_submission(descriptors, uid, cpu_seconds, limits, workdir, harness):
    """PID 1 of the run's namespaces: build the sandbox, drop privileges, run the harness. Never returns."""
    job, channel, printed, _status = descriptors
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    # A venv under /tmp (a checkout there) would vanish under the private /tmp: hold it open and bind it back,
    # read-only, at the same path, so imports the server did not make ahead still find it.
    hidden = [prefix for prefix in sorted({sys.prefix, sys.base_prefix})
              if any(prefix == root or prefix.startswith(root + "/") for root in ("/tmp", "/var/tmp", "/dev/shm"))]
    held = [(prefix, os.open(prefix, os.O_PATH)) for prefix in hidden]
    mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=16m,mode=1777")
    mount("tmpfs", "/var/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=1777")
    mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, "size=1m,mode=1777")
    for prefix, descriptor in held:
        os.makedirs(prefix, exist_ok=True)
        mount(f"/proc/self/fd/{descriptor}", prefix, None, MS_BIND | MS_REC)
        mount(None, prefix, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV)
        os.close(descriptor)
    os.chdir(workdir)
    os.setsid()
    os.dup2(job, 0)
    os.dup2(channel, 1)
    os.dup2(printed, 2)
    os.closerange(3, 1 << 16)
    address_space, processes, file_size, open_files = limits
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_NPROC, (processes, processes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))
    resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    for capability in range(64):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            checked(0 if ctypes.get_errno() == 22 else -1, "drop capabilities")  # EINVAL: past the last one
            break
    os.setgroups([])
    os.setresgid(uid, uid, uid)
    os.setresuid(uid, uid, uid)
    checked(libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "forbid new privileges")
    for number in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, signal.SIG_DFL)
    sys.argv = ["harness.py"]
    exec(harness, {"__name__": "__main__", "__builtins__": __builtins__})
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def run_intermediate(descriptors, uid, cpu_seconds, limits, workdir, harness):
    """Makes the namespaces, forks the submission into them, reports its pid and then its wait status."""
    status = descriptors[3]
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the server ignores it to reap automatically; waitpid needs it
    try:
        checked(libc.unshare(CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC), "create the namespaces")
        child = os.fork()
        if child == 0:
            try:
                run_submission(descriptors, uid, cpu_seconds, limits, workdir, harness)
            except BaseException as error:  # noqa: BLE001 - reported as a launch failure, never user code
                os.write(status, f"error {error}\n".encode())
            os._exit(127)
        os.write(status, f"pid {child}\n".encode())
        _, wait_status = os.waitpid(child, 0)
        os.write(status, f"status {wait_status}\n".encode())
    except BaseException as error:  # noqa: BLE001
        os.write(status, f"error {error}\n".encode())
    os._exit(0)


def serve(control, harness):
    limits = tuple(int(value) for value in sys.argv[3:7])
    while True:
        try:
            message, descriptors, _, _ = socket.recv_fds(control, 4096, 4)
        except InterruptedError:
            continue
        if not message:
            return  # the grader is gone
        if len(descriptors) != 4:
            for descriptor in descriptors:
                os.close(descriptor)
            continue
        uid, cpu_seconds, workdir = message.decode().rstrip("\n").split(" ", 2)
        if os.fork() == 0:
            control.close()
            run_intermediate(descriptors, int(uid), int(cpu_seconds), limits, workdir, harness)
        for descriptor in descriptors:
            os.close(descriptor)


def warm_up_pandas():
    """Imports pandas and runs each kind of operation the challenges use once: pandas imports many of its parts
    lazily on first use (5-10 ms in every child otherwise)."""
    import pandas as pd
    frame = pd.DataFrame({"key": ["a", "b", "a"], "day": ["2024-01-01", "2024-01-02", "2024-01-03"],
                          "value": [1.0, None, 3.0], "count": [1, 2, 3]})
    frame["when"] = pd.to_datetime(frame["day"], format="%Y-%m-%d", errors="coerce")
    frame["key"].astype("category")
    frame["count"].astype("Int64")
    pd.to_numeric(frame["day"], errors="coerce")
    frame.groupby("key", as_index=False).agg(total=("count", "sum"), mean=("value", "mean"))
    frame.merge(frame, on="key", how="left")
    frame.pivot_table(index="key", columns="day", values="count", aggfunc="sum", fill_value=0)
    frame.melt(id_vars=["key"], value_vars=["count"], var_name="measure", value_name="amount")
    frame.sort_values("when").set_index("when")["count"].rolling("2D").mean()
    frame["value"].fillna(0).rolling(2, min_periods=1).mean().expanding().max()
    frame.set_index("when").resample("D")["count"].sum()
    frame["day"].str.strip().str.lower()
    frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None)


def main():
    control = socket.socket(fileno=os.dup(0))
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    harness_path = sys.argv[1]
    with open(harness_path, encoding="utf-8") as file:
        harness = compile(file.read(), harness_path, "exec")
    for name in PRELOAD:
        try:
            __import__(name)
        except ImportError:
            pass
    # Two kinds of server: one with pandas for pandas challenges, and a lean one (started with -S) for the rest,
    # because forking an interpreter that holds pandas costs ~3 ms more per fork.
    if sys.argv[2] == "pandas":
        try:
            warm_up_pandas()
        except ImportError:
            pass  # no pandas here: pandas challenges report how to install it
        except Exception as error:  # noqa: BLE001 - a warm-up that breaks must not cost the judge its server
            print(f"pandas warm-up failed: {error!r}", file=sys.stderr)
    # fork() copies only the calling thread: a native thread (an allocator's, a BLAS pool's) would leave its locks
    # held in every child. Refuse to serve rather than risk that; the grader then starts each run afresh.
    threads = os.listdir("/proc/self/task")
    if len(threads) != 1:
        control.sendall(b"refused: %d threads\n" % len(threads))
        return
    control.sendall(b"ready\n")
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # intermediates are reaped by the kernel
    serve(control, harness)


main()
