/*
 * microcontroller.nvm on hosts: a file of the board's NVM size. A missing
 * file, or bytes past its end, read as erased flash (0xff); the first write
 * creates the file (and its directory) and pads it with 0xff to full size.
 * Every call opens and closes the file, so nothing stays open between
 * accesses and two runs never see stale data.
 */
#ifndef CP_NVM_FILE_H
#define CP_NVM_FILE_H

#include <stddef.h>
#include <stdint.h>

/* Read len bytes at offset of an NVM of size bytes kept in path.
 * Errors: -EINVAL (range), -EACCES, -EIO, or another -errno of open/read. */
int nvm_file_read(const char *path, size_t size, size_t offset, uint8_t *buf, size_t len);

/* Write len bytes at offset. Same errors, plus those of mkdir. */
int nvm_file_write(const char *path, size_t size, size_t offset, const uint8_t *buf, size_t len);

#endif
