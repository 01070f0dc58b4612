#ifndef CPLATFORM_H
#define CPLATFORM_H
/* Exchanges two paths atomically (Linux renameat2 RENAME_EXCHANGE): replacing a package directory in one step,
   so that readers see the old package or the new one, never neither. Returns 0, or -1 with errno set
   (ENOSYS or EINVAL where the kernel or file system cannot exchange). */
int cplatform_exchange_paths(const char *from, const char *to);
#endif
