/*
 * Text codecs for str.encode, bytes.decode, str(b, enc) and bytes(s, enc):
 * utf-8, ascii and latin-1 under CPython's names and aliases ("utf8",
 * "UTF-8", "latin1", "iso-8859-1", "us-ascii", ...).
 *
 * Error handlers: strict, ignore, replace, backslashreplace, and for
 * encoding also xmlcharrefreplace. As in CPython an unknown handler only
 * matters when an error actually occurs.
 *
 * Errors raised: LookupError "unknown encoding: X" / "unknown error handler
 * name 'X'"; UnicodeEncodeError / UnicodeDecodeError whose single argument
 * is CPython's message text ("'utf-8' codec can't decode byte 0xff in
 * position 0: invalid start byte").
 */
#ifndef CP_CODEC_H
#define CP_CODEC_H

#include "obj.h"

/* encoding / errors: str objects or OBJ_NULL (utf-8 / strict). */
obj_t codec_encode(obj_t str, obj_t encoding, obj_t errors);  /* -> bytes */
obj_t codec_decode(const char *s, size_t len, obj_t encoding, obj_t errors); /* -> str */

#endif
