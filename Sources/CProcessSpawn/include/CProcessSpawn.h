#ifndef CPROCESSSPAWN_H
#define CPROCESSSPAWN_H

#include <stddef.h>
#include <sys/types.h>

/// Starts `path` with posix_spawn: the three given descriptors become 0, 1 and 2, every other descriptor is
/// closed in the child (so no open file of the parent, such as the progress database, leaks into a sandbox),
/// and the child starts in `cwd`. Returns 0 or an errno value. Foundation's Process does the same far more slowly.
int onsite_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                 int stdin_fd, int stdout_fd, int stderr_fd, pid_t *pid);

/// What one sandboxed run gets: the program, its descriptors, the uid it drops to, its resource limits and the
/// mounts of its private view of the file system.
struct onsite_sandbox {
    const char *path;
    char *const *argv;
    char *const *envp;
    /// The run's working folder, already owned by `uid`.
    const char *cwd;
    int stdin_fd, stdout_fd, stderr_fd;
    unsigned int uid, gid;
    unsigned long long cpu_seconds_soft, cpu_seconds_hard;
    unsigned long long address_space_bytes, max_processes, max_file_bytes, max_open_files;
    /// Bound read-only onto `bind_target` (both may be NULL): the venv, under the judge's own folder.
    const char *bind_source;
    const char *bind_target;
    /// tmpfs options for /tmp, and for /var/tmp and /dev/shm.
    const char *tmp_options;
    const char *small_tmp_options;
};

/// Starts `config->path` as PID 1 of new mount, PID, network and IPC namespaces, in its own session, with a
/// private /proc, /tmp, /var/tmp and /dev/shm, the rlimits, no capabilities, no new privileges and the given uid.
/// Everything in the namespaces dies with that process. Needs root. Returns 0 with `*pid` set, or an errno value
/// with `*failed_step` naming the step that failed (a static string).
int onsite_sandbox_spawn(const struct onsite_sandbox *config, pid_t *pid, const char **failed_step);

/// Sends `bytes` with `count` (at most 8) descriptors attached (SCM_RIGHTS), without raising SIGPIPE.
/// Returns 0 or an errno value.
int onsite_send_with_descriptors(int socket_fd, const void *bytes, size_t length, const int *descriptors, int count);

#endif
