#ifndef CPLATFORM_H
#define CPLATFORM_H
/* Exchanges two paths atomically (Linux renameat2 RENAME_EXCHANGE): replacing a package directory in one step,
   so that readers see the old package or the new one, never neither. Returns 0, or -1 with errno set
   (ENOSYS or EINVAL where the kernel or file system cannot exchange). */
int cplatform_exchange_paths(const char *from, const char *to);
/* Lowers the calling thread's scheduling priority by `increment` nice levels (Linux: nice is per thread), so that
   work off the critical path yields the core to work on it. Returns 0, or -1 with errno set (ENOSYS where threads
   have no nice level of their own). */
int cplatform_lower_thread_priority(int increment);
/* The calling thread's nice level into *niceness. Returns 0, or -1 with errno set (ENOSYS where threads have no
   priority of their own). */
int cplatform_thread_niceness(int *niceness);
#endif
