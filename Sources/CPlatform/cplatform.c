#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include "cplatform.h"

int cplatform_exchange_paths(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 2 /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int cplatform_lower_thread_priority(int increment) {
#if defined(__linux__) && defined(SYS_gettid)
    pid_t thread = (pid_t)syscall(SYS_gettid);
    errno = 0;
    int current = getpriority(PRIO_PROCESS, (id_t)thread);
    if (current == -1 && errno != 0) return -1;
    return setpriority(PRIO_PROCESS, (id_t)thread, current + increment);
#else
    (void)increment;
    errno = ENOSYS;
    return -1;
#endif
}

int cplatform_thread_niceness(int *niceness) {
#if defined(__linux__) && defined(SYS_gettid)
    errno = 0;
    int value = getpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid));
    if (value == -1 && errno != 0) return -1;
    *niceness = value;
    return 0;
#else
    (void)niceness;
    errno = ENOSYS;
    return -1;
#endif
}
