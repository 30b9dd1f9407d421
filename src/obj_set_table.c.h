/*
 * The hash table of set and frozenset: lookup, insertion, deletion,
 * resizing and iteration order.
 *
 * Table invariants (as CPython's, so iteration orders match): the table
 * size is a power of two >= 8; an entry is empty (key NULL), dummy (a
 * deleted key) or active. A key is placed at hash & mask, then the next
 * LINEAR_PROBES slots (when they fit before the end), then the perturbed
 * sequence i = 5i + 1 + (perturb >>= 5). Adding reuses the last dummy seen
 * on the probe path; a new key in an empty slot bumps fill, and once
 * fill*5 >= mask*3 the table is rebuilt for used*4 entries.
 *
 * Part of obj_set.c, which includes it: one translation unit, so the table
 * and algebra helpers stay static. Not compiled on its own.
 */

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* ---- the table ---- */

static void ensure_table(obj_set_t *s)
{
    if (s->table == NULL)
        s->table = mem_alloc((s->mask + 1) * sizeof(set_entry_t));
}

static uintptr_t key_hash(obj_t key)
{
    return obj_hash(key);
}

/* The active entry holding key, or NULL. User __eq__ may mutate the set: the
 * lookup then starts over. */
static set_entry_t *lookkey(obj_set_t *s, obj_t key, uintptr_t hash)
{
restart:
    if (s->table == NULL)
        return NULL;
    size_t mask = s->mask, i = hash & mask, perturb = hash;
    for (;;) {
        set_entry_t *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            obj_t k = e->key;
            if (k == OBJ_NULL)
                return NULL;
            if (e->hash == hash && k != SET_DUMMY) {
                if (k == key)
                    return e;
                set_entry_t *table = s->table;
                if (obj_tuple_item_eq(k, key))
                    return e;
                if (table != s->table || e->key != k)
                    goto restart;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* Place a key known to be absent into a table without dummies. */
static void insert_clean(set_entry_t *table, size_t mask, obj_t key, uintptr_t hash)
{
    size_t i = hash & mask, perturb = hash;
    for (;;) {
        set_entry_t *e = &table[i];
        if (e->key == OBJ_NULL)
            goto found;
        if (i + LINEAR_PROBES <= mask)
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (e->key == OBJ_NULL)
                    goto found;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void table_resize(obj_set_t *s, size_t minused)
{
    size_t size = MINSIZE;
    while (size <= minused)
        size <<= 1;
    set_entry_t *old = s->table;
    size_t old_size = old ? s->mask + 1 : 0;
    set_entry_t *table = mem_alloc(size * sizeof(set_entry_t));
    for (size_t i = 0; i < old_size; i++)
        if (old[i].key != OBJ_NULL && old[i].key != SET_DUMMY)
            insert_clean(table, size - 1, old[i].key, old[i].hash);
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
}

static void add_entry(obj_set_t *s, obj_t key, uintptr_t hash)
{
restart:
    ensure_table(s);
    size_t mask = s->mask, i = hash & mask, perturb = hash;
    set_entry_t *freeslot = NULL, *e;
    for (;;) {
        e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            obj_t k = e->key;
            if (k == OBJ_NULL)
                goto found_unused;
            if (k == SET_DUMMY) {
                freeslot = e;
            } else if (e->hash == hash) {
                if (k == key)
                    return;
                set_entry_t *table = s->table;
                if (obj_tuple_item_eq(k, key))
                    return;
                if (table != s->table || e->key != k)
                    goto restart;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused:
    s->hash_valid = false;
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if (s->fill * 5 >= mask * 3)
        table_resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

static bool discard_entry(obj_set_t *s, obj_t key, uintptr_t hash)
{
    set_entry_t *e = lookkey(s, key, hash);
    if (e == NULL)
        return false;
    e->key = SET_DUMMY;
    e->hash = (uintptr_t)-1;
    s->used--;
    return true;
}

/* Next active entry at or after *pos; NULL at the end. */
static set_entry_t *next_entry(const obj_set_t *s, size_t *pos)
{
    if (s->table == NULL)
        return NULL;
    for (size_t i = *pos; i <= s->mask; i++) {
        obj_t k = s->table[i].key;
        if (k != OBJ_NULL && k != SET_DUMMY) {
            *pos = i + 1;
            return &s->table[i];
        }
    }
    *pos = s->mask + 1;
    return NULL;
}

static void clear_table(obj_set_t *s)
{
    s->table = NULL;
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    s->hash_valid = false;
}

static obj_set_t *set_alloc(const type_t *type)
{
    obj_set_t *s = mem_alloc(sizeof(*s));
    s->base.type = type;
    s->mask = MINSIZE - 1;
    return s;
}
