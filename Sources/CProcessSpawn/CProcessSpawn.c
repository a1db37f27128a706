#define _GNU_SOURCE
#include "CProcessSpawn.h"
#include <spawn.h>

int onsite_spawn(const char *path, char *const argv[], char *const envp[], const char *cwd,
                 int stdin_fd, int stdout_fd, int stderr_fd, pid_t *pid) {
    posix_spawn_file_actions_t actions;
    int rc = posix_spawn_file_actions_init(&actions);
    if (rc != 0) return rc;
    if ((rc = posix_spawn_file_actions_adddup2(&actions, stdin_fd, 0)) != 0) goto done;
    if ((rc = posix_spawn_file_actions_adddup2(&actions, stdout_fd, 1)) != 0) goto done;
    if ((rc = posix_spawn_file_actions_adddup2(&actions, stderr_fd, 2)) != 0) goto done;
    if ((rc = posix_spawn_file_actions_addclosefrom_np(&actions, 3)) != 0) goto done;
    if (cwd != 0 && (rc = posix_spawn_file_actions_addchdir_np(&actions, cwd)) != 0) goto done;
    rc = posix_spawn(pid, path, &actions, 0, argv, envp);
done:
    posix_spawn_file_actions_destroy(&actions);
    return rc;
}
