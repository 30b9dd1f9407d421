/*
 * The math module is split over three files: mod_math.c (floating-point
 * functions and the globals table), mod_math_int.c (integer functions) and
 * mod_math_sum.c (fsum, hypot, dist). These are the objects the other two
 * export to the table.
 */
#ifndef CP_MOD_MATH_H
#define CP_MOD_MATH_H

#include "obj.h"

extern const obj_builtin_t mod_math_int_gcd_obj, mod_math_int_lcm_obj, mod_math_int_factorial_obj,
    mod_math_int_comb_obj, mod_math_int_perm_obj, mod_math_int_isqrt_obj, mod_math_int_prod_obj;
extern const obj_builtin_t mod_math_sum_fsum_obj, mod_math_sum_hypot_obj, mod_math_sum_dist_obj;

/* Raise ValueError "math domain error" / OverflowError "math range error". */
_Noreturn void mod_math_domain_error(void);
_Noreturn void mod_math_range_error(void);

#endif
