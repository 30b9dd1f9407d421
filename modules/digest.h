/*
 * Message digests written from their specifications: MD5 (RFC 1321),
 * SHA-1, SHA-224 and SHA-256 (FIPS 180-4). Plain C over a context struct;
 * no allocation, no errors.
 */
#ifndef CP_DIGEST_H
#define CP_DIGEST_H

#include <stddef.h>
#include <stdint.h>

enum { DIGEST_MD5, DIGEST_SHA1, DIGEST_SHA224, DIGEST_SHA256, DIGEST_COUNT };

#define DIGEST_BLOCK_SIZE 64
#define DIGEST_MAX_SIZE 32

typedef struct digest_ctx {
    uint32_t h[8];
    uint64_t total;                  /* bytes hashed so far */
    uint8_t buf[DIGEST_BLOCK_SIZE];  /* pending partial block: total % 64 bytes */
    uint8_t kind;                    /* DIGEST_* */
} digest_ctx_t;

void digest_init(digest_ctx_t *c, int kind);
void digest_update(digest_ctx_t *c, const void *data, size_t n);
/* Writes the digest of everything hashed so far to out (digest_size
 * bytes); c is unchanged, so hashing may continue. */
void digest_final(const digest_ctx_t *c, uint8_t *out);
size_t digest_size(int kind);
const char *digest_name(int kind);

#endif
