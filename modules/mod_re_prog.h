/*
 * Instruction set of compiled regular expressions (shared by
 * mod_re_compile.c and mod_re_exec.c). A program is an int32 array;
 * jump targets are absolute indexes into it. Operand layouts:
 *
 *   MATCH                         end of the whole pattern
 *   SUCCEED                       end of a lookaround / atomic body
 *   CHAR c
 *   CHAR_I c lower upper ascii    case-insensitive literal
 *   ANY                           any but '\n'
 *   ANY_ALL
 *   SET next flags n lo0 hi0 ...  SF_* flags | (RC_* classes << SF_SHIFT)
 *   ASSERT kind ascii             RA_* kinds (BOL/EOL multiline: MBOL/MEOL)
 *   JMP target
 *   SPLIT first second            try first, backtrack to second
 *   SAVE slot                     capture position into slot
 *   REPEAT_START r                counter r := 0 (restored on backtrack)
 *   REPEAT_STEP r min max greedy exit
 *                                 decide whether to run the body again;
 *                                 REPEAT_ENTER follows, then the body
 *   REPEAT_ENTER r                start an optional iteration: counter
 *                                 r += 1, remember the position
 *   SIMPLE min max greedy next <one single-character instruction>
 *                                 repetition of one character matcher
 *   BACKREF group icase ascii
 *   LOOK neg behind width end <body> SUCCEED
 *   ATOMIC end <body> SUCCEED
 *   COND group no                 continue when the group matched, else
 *                                 jump to no
 */
#ifndef CP_MOD_RE_PROG_H
#define CP_MOD_RE_PROG_H

enum {
    OP_MATCH, OP_SUCCEED, OP_CHAR, OP_CHAR_I, OP_ANY, OP_ANY_ALL, OP_SET, OP_ASSERT, OP_JMP,
    OP_SPLIT, OP_SAVE, OP_REPEAT_START, OP_REPEAT_STEP, OP_REPEAT_ENTER, OP_SIMPLE,
    OP_BACKREF, OP_LOOK, OP_ATOMIC, OP_COND,
};

enum { SF_NEG = 1, SF_ICASE = 2, SF_ASCII = 4, SF_SHIFT = 3 };

/* ASSERT kinds beyond RA_*: the multi-line forms of ^ and $. */
enum { RA_MBOL = 16, RA_MEOL = 17 };

#endif
