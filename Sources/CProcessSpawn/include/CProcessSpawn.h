#ifndef CPROCESSSPAWN_H
#define CPROCESSSPAWN_H

#include <sys/types.h>

/// Starts `path` with posix_spawn: the three given descriptors become 0, 1 and 2, every other descriptor is
/// closed in the child (so no open file of the parent, such as the progress database, leaks into a sandbox),
/// and the child starts in `cwd`. Returns 0 or an errno value. Foundation's Process does the same far more slowly.
int onsite_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                 int stdin_fd, int stdout_fd, int stderr_fd, pid_t *pid);

#endif
