#define _GNU_SOURCE
#include "CProcessSpawn.h"
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

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

/// Shared between the suspended parent and the child (CLONE_VM): the child records how far it got.
struct sandbox_child {
    const struct onsite_sandbox *config;
    sigset_t parent_mask;
    const char *step;
    int error;
};

static int set_limit(int resource, unsigned long long soft, unsigned long long hard) {
    struct rlimit64 limit = {soft, hard};
    return (int)syscall(SYS_prlimit64, 0, resource, &limit, NULL);
}

/// Runs in the child between clone and execve. The child shares the parent's memory until it execs, as in
/// posix_spawn, so it only makes system calls: no allocation, no locks, and no glibc set*id wrappers (in a
/// multithreaded parent those signal every thread of the process they believe they are in).
static int sandbox_child_main(void *argument) {
    struct sandbox_child *child = argument;
    const struct onsite_sandbox *c = child->config;
#define STEP(name, call) do { child->step = name; if ((call) < 0) { child->error = errno; _exit(127); } } while (0)

    // Handlers are the parent's code; none may run here. Every signal back to its default, then the mask cleared.
    struct sigaction default_action = {0};
    default_action.sa_handler = SIG_DFL;
    for (int signal_number = 1; signal_number < _NSIG; signal_number++) sigaction(signal_number, &default_action, NULL);

    // The mounts below stay in this namespace: nothing propagates back to the machine.
    STEP("make mounts private", mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL));
    STEP("mount /proc", mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL));
    if (c->bind_source != NULL && c->bind_target != NULL) {
        STEP("bind the venv", mount(c->bind_source, c->bind_target, NULL, MS_BIND | MS_REC, NULL));
        STEP("make the venv read-only",
             mount(NULL, c->bind_target, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL));
    }
    STEP("mount /tmp", mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, c->tmp_options));
    STEP("mount /var/tmp", mount("tmpfs", "/var/tmp", "tmpfs", MS_NOSUID | MS_NODEV, c->small_tmp_options));
    STEP("mount /dev/shm", mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV, c->small_tmp_options));

    STEP("change to the working folder", chdir(c->cwd));
    // A session of its own: no controlling terminal to write to or inject keystrokes into.
    STEP("start a session", setsid());
    STEP("redirect stdin", dup2(c->stdin_fd, 0));
    STEP("redirect stdout", dup2(c->stdout_fd, 1));
    STEP("redirect stderr", dup2(c->stderr_fd, 2));
    STEP("close inherited descriptors", (int)syscall(SYS_close_range, 3, ~0U, 0));

    STEP("limit CPU time", set_limit(RLIMIT_CPU, c->cpu_seconds_soft, c->cpu_seconds_hard));
    STEP("limit memory", set_limit(RLIMIT_AS, c->address_space_bytes, c->address_space_bytes));
    STEP("limit processes", set_limit(RLIMIT_NPROC, c->max_processes, c->max_processes));
    STEP("limit file size", set_limit(RLIMIT_FSIZE, c->max_file_bytes, c->max_file_bytes));
    STEP("limit open files", set_limit(RLIMIT_NOFILE, c->max_open_files, c->max_open_files));
    STEP("disable core dumps", set_limit(RLIMIT_CORE, 0, 0));

    // Capabilities leave the bounding set for good (EINVAL marks the end of the kernel's list).
    child->step = "drop capabilities";
    for (int capability = 0; capability < 64; capability++) {
        if (prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) < 0) {
            if (errno == EINVAL) break;
            child->error = errno;
            _exit(127);
        }
    }
    STEP("clear supplementary groups", (int)syscall(SYS_setgroups, 0, NULL));
    STEP("switch group", (int)syscall(SYS_setresgid, c->gid, c->gid, c->gid));
    STEP("switch user", (int)syscall(SYS_setresuid, c->uid, c->uid, c->uid));
    STEP("forbid new privileges", prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0));

    sigset_t empty;
    sigemptyset(&empty);
    STEP("unblock signals", sigprocmask(SIG_SETMASK, &empty, NULL));
    child->step = "start the interpreter";
    execve(c->path, c->argv, c->envp);
    child->error = errno;
    _exit(127);
#undef STEP
}

int onsite_sandbox_spawn(const struct onsite_sandbox *config, pid_t *pid, const char **failed_step) {
    const size_t stack_size = 256 * 1024;
    void *stack = mmap(NULL, stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        *failed_step = "allocate the launcher's stack";
        return errno;
    }
    struct sandbox_child child = {.config = config, .step = "create the namespaces", .error = 0};
    // No signal may reach the child before it resets the handlers it inherited.
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &child.parent_mask);
    // CLONE_VM | CLONE_VFORK: no copy of the parent's address space, and the parent resumes once the child has
    // exec'd or failed, so `child` is complete when clone returns.
    int flags = CLONE_VM | CLONE_VFORK | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | SIGCHLD;
    pid_t created = clone(sandbox_child_main, (char *)stack + stack_size, flags, &child);
    int clone_error = errno;
    pthread_sigmask(SIG_SETMASK, &child.parent_mask, NULL);
    munmap(stack, stack_size);
    if (created < 0) {
        *failed_step = "create the namespaces";
        return clone_error;
    }
    if (child.error != 0) {
        int status;
        while (waitpid(created, &status, 0) < 0 && errno == EINTR) {}
        *failed_step = child.step;
        return child.error;
    }
    *pid = created;
    return 0;
}

int onsite_send_with_descriptors(int socket_fd, const void *bytes, size_t length, const int *descriptors, int count) {
    char control[CMSG_SPACE(sizeof(int) * 8)];
    if (count < 0 || count > 8) return EINVAL;
    struct iovec vector = {.iov_base = (void *)bytes, .iov_len = length};
    struct msghdr message = {0};
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
    if (count > 0) {
        memset(control, 0, sizeof(control));
        message.msg_control = control;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * count);
        struct cmsghdr *header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int) * count);
        memcpy(CMSG_DATA(header), descriptors, sizeof(int) * count);
    }
    // MSG_NOSIGNAL: a fork server that died must give EPIPE here, not kill the grader with SIGPIPE.
    ssize_t sent;
    do {
        sent = sendmsg(socket_fd, &message, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    return sent < 0 ? errno : 0;
}
