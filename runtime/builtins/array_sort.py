"""Array.prototype.sort (ES5.1 15.4.4.11), ordered exactly as node orders.

The present elements are copied out, undefined values set aside (they sort
after every defined value) and holes counted (they end up after the
undefineds, the length unchanged). Without a comparator the values are
ordered by their ToString with Python's stable sort; strings of UTF-16 code
units compare as the spec's code-unit comparison. More than
:data:`SORT_IN_ONE_CALL` values are sorted in chunks and merged in steps,
with checkpoints between the native calls (:func:`_default_order`).

With a comparator the copy is sorted by a TimSort -- the algorithm node
(V8) uses -- written as a generator that yields each comparator call, so
an ``async`` comparator works (see :mod:`runtime.callbacks`). Following the
same algorithm step by step makes even inconsistent comparators such as
``function (a, b) { return a > b; }`` leave the same order node leaves.
A comparator result is ToNumber'd and only ``result < 0`` is ever tested,
so NaN behaves as 0.
"""

from bisect import bisect_right

from runtime.callbacks import drive
from runtime.errors import throw_type_error
from runtime.limits import checked, checkpoint
from runtime.numconv import number_to_string
from runtime.conversions import to_number, to_object, to_string
from runtime.values import HOLE, MISSING, FunctionType, undefined
from runtime.builtins.array_util import (
    delete_index, dense, element, holes_ok, indices, length_of, present_indices, put_index,
    SCAN_LIMIT,
)

MIN_GALLOP = 7


def _sort_key(v):
    t = type(v)
    if t is str:
        return v
    if t is float:
        return number_to_string(v)
    return to_string(v)


def _collect(o, length):
    """The present values in index order (SortIndexedProperties)."""
    elems = dense(o)
    if elems is not None and holes_ok(o, elems):
        return [v for v in elems[:length] if v is not HOLE]
    out = []
    for k in indices(o, 0, length):
        v = element(o, k)
        if v is not MISSING:
            out.append(v)
    return out


def _write_back(o, length, values):
    """Stores the sorted values from index 0 and deletes the rest up to the
    original length, so holes move to the end."""
    n = len(values)
    elems = dense(o)
    if elems is not None and o.extensible and len(elems) >= length:
        elems[:n] = values
        for i in range(n, length):
            elems[i] = HOLE
        return
    for i, v in enumerate(values):
        put_index(o, i, v)
    ks = range(n, length) if length - n <= SCAN_LIMIT else present_indices(o, n, length)
    for k in ks:
        delete_index(o, k)


def array_proto_sort(this, comparefn=undefined, *_):
    """Array.prototype.sort (15.4.4.11): stable, undefined last, holes after."""
    if comparefn is not undefined and type(comparefn) is not FunctionType:
        throw_type_error("The comparison function must be either a function or undefined")
    o = to_object(this)
    length = length_of(o)
    values = _collect(o, length)
    defined = [v for v in values if v is not undefined]
    undefs = [undefined] * (len(values) - len(defined))
    if comparefn is undefined:
        if 1 < len(defined) <= SORT_IN_ONE_CALL and all(type(v) is str for v in defined):
            # strings are their own sort keys (UTF-16 units compare as the
            # spec's code units) and equal strings are indistinguishable, so
            # no stable index order is needed: Object.keys(o).sort()
            defined.sort()
        elif len(defined) > 1:
            keys = [_sort_key(v) for v in checked(defined)]
            order = _default_order(keys)
            big = len(order) > SORT_IN_ONE_CALL
            defined = [defined[i] for i in (checked(order) if big else order)]
        _write_back(o, length, defined + undefs)
        return o
    return drive(_sort_with(o, length, defined, undefs, comparefn))


# -- the default order of many values ----------------------------------------------

#: Values sorted by one native call at most (a million keys are ~0.8 s of
#: CPU in one call, during which no other request is answered).
SORT_CHUNK = 1 << 15
#: Up to this many values the default sort is one native ``sorted`` (100k
#: values: ~0.1 s); more are sorted in chunks and merged in steps.
SORT_IN_ONE_CALL = 1 << 17


def _default_order(keys):
    """The indices of ``keys`` in stable ascending order of their keys. A
    long list is sorted in chunks of :data:`SORT_CHUNK`, then the sorted
    chunks are merged all at once in steps (:func:`_merge_runs`), with a
    checkpoint after each native call: other requests are answered, and the
    CPU budget stops a sort of millions."""
    n = len(keys)
    kg = keys.__getitem__
    if n <= SORT_IN_ONE_CALL:
        return sorted(range(n), key=kg)
    runs = []
    for lo in range(0, n, SORT_CHUNK):
        runs.append(sorted(range(lo, min(lo + SORT_CHUNK, n)), key=kg))
        checkpoint()
    return _merge_runs(runs, kg)


def _merge_runs(runs, kg):
    """Stable merge of the sorted index lists ``runs`` (in index order).
    Each step takes, from every run, the values up to x, the smallest of
    the runs' next block ends (a block is SORT_CHUNK / len(runs) values,
    so a step handles about SORT_CHUNK values), and sorts them natively:
    the pieces are runs, so that sort is a linear merge, and taking them
    in run order keeps equal values in index order."""
    block = max(SORT_CHUNK // len(runs), 1)
    pos = [0] * len(runs)
    out = []
    live = list(range(len(runs)))
    while len(live) > 1:
        x = min(kg(runs[r][min(pos[r] + block, len(runs[r])) - 1]) for r in live)
        piece = []
        for r in live:
            run, p = runs[r], pos[r]
            # every value equal to x is taken: one left behind in an earlier
            # run would come after a later run's equal value
            k = bisect_right(run, x, p, len(run), key=kg)
            piece += run[p:k]
            pos[r] = k
        out += sorted(piece, key=kg)
        live = [r for r in live if pos[r] < len(runs[r])]
        checkpoint()
    for r in live:
        out += runs[r][pos[r]:]
    return out


def _sort_with(o, length, work, undefs, fn):
    if len(work) > 1:
        yield from _timsort(work, fn)
    _write_back(o, length, work + undefs)
    return o


# ---------------------------------------------------------------------------
# TimSort (as described in CPython's Objects/listsort.txt), over list ``a``
# with the JS comparator ``fn``: every comparison is a yielded call and
# "x before y" means ToNumber(fn(x, y)) < 0.
# ---------------------------------------------------------------------------

def _lt(r):
    return (r if type(r) is float else to_number(r)) < 0


def _min_run(n):
    r = 0
    while n >= 64:
        r |= n & 1
        n >>= 1
    return n + r


def _timsort(a, fn):
    state = [MIN_GALLOP]  # min_gallop, adapted by the merges
    runs = []  # pending runs: [base, length]
    lo = 0
    remaining = len(a)
    min_run = _min_run(remaining)
    while remaining:
        n = yield from _count_run(a, fn, lo, lo + remaining)
        if n < min_run:
            forced = min(min_run, remaining)
            yield from _binary_insertion(a, fn, lo, lo + n, lo + forced)
            n = forced
        runs.append([lo, n])
        yield from _merge_collapse(a, fn, runs, state)
        lo += n
        remaining -= n
    while len(runs) > 1:
        n = len(runs) - 2
        if n > 0 and runs[n - 1][1] < runs[n + 1][1]:
            n -= 1
        yield from _merge_at(a, fn, runs, n, state)


def _count_run(a, fn, lo, hi):
    """Length of the run starting at ``lo``; a strictly descending run is
    reversed in place."""
    if lo + 1 == hi:
        return 1
    descending = _lt((yield fn, undefined, (a[lo + 1], a[lo])))
    n = 2
    prev = a[lo + 1]
    for i in range(lo + 2, hi):
        cur = a[i]
        lt = _lt((yield fn, undefined, (cur, prev)))
        if lt != descending:
            break
        prev = cur
        n += 1
    if descending:
        a[lo:lo + n] = a[lo:lo + n][::-1]
    return n


def _binary_insertion(a, fn, lo, start, hi):
    """Sorts a[lo:hi] given that a[lo:start] is already sorted."""
    if start == lo:
        start += 1
    while start < hi:
        pivot = a[start]
        left, right = lo, start
        while left < right:
            mid = left + ((right - left) >> 1)
            if _lt((yield fn, undefined, (pivot, a[mid]))):
                right = mid
            else:
                left = mid + 1
        a[left + 1:start + 1] = a[left:start]
        a[left] = pivot
        start += 1


def _merge_collapse(a, fn, runs, state):
    while len(runs) > 1:
        n = len(runs) - 2
        if (n > 0 and runs[n - 1][1] <= runs[n][1] + runs[n + 1][1]) or \
                (n > 1 and runs[n - 2][1] <= runs[n - 1][1] + runs[n][1]):
            if runs[n - 1][1] < runs[n + 1][1]:
                n -= 1
            yield from _merge_at(a, fn, runs, n, state)
        elif runs[n][1] <= runs[n + 1][1]:
            yield from _merge_at(a, fn, runs, n, state)
        else:
            break


def _gallop_left(arr, fn, key, base, length, hint):
    """Leftmost position in sorted arr[base:base+length] where ``key`` goes
    (before any element equal to it), searching outwards from ``hint``."""
    last, ofs = 0, 1
    if _lt((yield fn, undefined, (arr[base + hint], key))):
        # arr[hint] < key: gallop right
        max_ofs = length - hint
        while ofs < max_ofs:
            if not _lt((yield fn, undefined, (arr[base + hint + ofs], key))):
                break
            last = ofs
            ofs = (ofs << 1) + 1
        if ofs > max_ofs:
            ofs = max_ofs
        last += hint
        ofs += hint
    else:
        # key <= arr[hint]: gallop left
        max_ofs = hint + 1
        while ofs < max_ofs:
            if _lt((yield fn, undefined, (arr[base + hint - ofs], key))):
                break
            last = ofs
            ofs = (ofs << 1) + 1
        if ofs > max_ofs:
            ofs = max_ofs
        last, ofs = hint - ofs, hint - last
    last += 1
    while last < ofs:
        m = last + ((ofs - last) >> 1)
        if _lt((yield fn, undefined, (arr[base + m], key))):
            last = m + 1
        else:
            ofs = m
    return ofs


def _gallop_right(arr, fn, key, base, length, hint):
    """Rightmost position in sorted arr[base:base+length] where ``key`` goes
    (after any element equal to it), searching outwards from ``hint``."""
    last, ofs = 0, 1
    if _lt((yield fn, undefined, (key, arr[base + hint]))):
        # key < arr[hint]: gallop left
        max_ofs = hint + 1
        while ofs < max_ofs:
            if not _lt((yield fn, undefined, (key, arr[base + hint - ofs]))):
                break
            last = ofs
            ofs = (ofs << 1) + 1
        if ofs > max_ofs:
            ofs = max_ofs
        last, ofs = hint - ofs, hint - last
    else:
        # arr[hint] <= key: gallop right
        max_ofs = length - hint
        while ofs < max_ofs:
            if _lt((yield fn, undefined, (key, arr[base + hint + ofs]))):
                break
            last = ofs
            ofs = (ofs << 1) + 1
        if ofs > max_ofs:
            ofs = max_ofs
        last += hint
        ofs += hint
    last += 1
    while last < ofs:
        m = last + ((ofs - last) >> 1)
        if _lt((yield fn, undefined, (key, arr[base + m]))):
            ofs = m
        else:
            last = m + 1
    return ofs


def _merge_at(a, fn, runs, i, state):
    """Merges pending runs i and i+1."""
    base_a, len_a = runs[i]
    base_b, len_b = runs[i + 1]
    runs[i][1] = len_a + len_b
    del runs[i + 1]
    # Elements of A already before B[0], and of B already after A[-1], stay.
    k = yield from _gallop_right(a, fn, a[base_b], base_a, len_a, 0)
    base_a += k
    len_a -= k
    if len_a == 0:
        return
    len_b = yield from _gallop_left(a, fn, a[base_a + len_a - 1], base_b, len_b, len_b - 1)
    if len_b == 0:
        return
    if len_a <= len_b:
        yield from _merge_low(a, fn, base_a, len_a, base_b, len_b, state)
    else:
        yield from _merge_high(a, fn, base_a, len_a, base_b, len_b, state)


def _merge_low(a, fn, base_a, len_a, base_b, len_b, state):
    """Merges adjacent runs A (shorter, copied out) and B, left to right."""
    tmp = a[base_a:base_a + len_a]
    dest = base_a
    ct = 0  # cursor in tmp (run A)
    cb = base_b  # cursor in run B
    a[dest] = a[cb]
    dest += 1
    cb += 1
    len_b -= 1
    if len_b == 0:
        a[dest:dest + len_a] = tmp[ct:ct + len_a]
        return
    if len_a == 1:
        a[dest:dest + len_b] = a[cb:cb + len_b]
        a[dest + len_b] = tmp[ct]
        return
    min_gallop = state[0]
    while True:
        wins_a = wins_b = 0
        # One element at a time until one run keeps winning.
        while True:
            if _lt((yield fn, undefined, (a[cb], tmp[ct]))):
                a[dest] = a[cb]
                dest += 1
                cb += 1
                wins_b += 1
                wins_a = 0
                len_b -= 1
                if len_b == 0:
                    a[dest:dest + len_a] = tmp[ct:ct + len_a]
                    return
                if wins_b >= min_gallop:
                    break
            else:
                a[dest] = tmp[ct]
                dest += 1
                ct += 1
                wins_a += 1
                wins_b = 0
                len_a -= 1
                if len_a == 1:
                    a[dest:dest + len_b] = a[cb:cb + len_b]
                    a[dest + len_b] = tmp[ct]
                    return
                if wins_a >= min_gallop:
                    break
        # Galloping mode.
        min_gallop += 1
        first = True
        while first or wins_a >= MIN_GALLOP or wins_b >= MIN_GALLOP:
            first = False
            min_gallop = max(1, min_gallop - 1)
            state[0] = min_gallop
            wins_a = yield from _gallop_right(tmp, fn, a[cb], ct, len_a, 0)
            if wins_a:
                a[dest:dest + wins_a] = tmp[ct:ct + wins_a]
                dest += wins_a
                ct += wins_a
                len_a -= wins_a
                if len_a == 1:
                    a[dest:dest + len_b] = a[cb:cb + len_b]
                    a[dest + len_b] = tmp[ct]
                    return
                if len_a == 0:  # only with an inconsistent comparator
                    return
            a[dest] = a[cb]
            dest += 1
            cb += 1
            len_b -= 1
            if len_b == 0:
                a[dest:dest + len_a] = tmp[ct:ct + len_a]
                return
            wins_b = yield from _gallop_left(a, fn, tmp[ct], cb, len_b, 0)
            if wins_b:
                a[dest:dest + wins_b] = a[cb:cb + wins_b]
                dest += wins_b
                cb += wins_b
                len_b -= wins_b
                if len_b == 0:
                    a[dest:dest + len_a] = tmp[ct:ct + len_a]
                    return
            a[dest] = tmp[ct]
            dest += 1
            ct += 1
            len_a -= 1
            if len_a == 1:
                a[dest:dest + len_b] = a[cb:cb + len_b]
                a[dest + len_b] = tmp[ct]
                return
        min_gallop += 1
        state[0] = min_gallop


def _merge_high(a, fn, base_a, len_a, base_b, len_b, state):
    """Merges adjacent runs A and B (shorter, copied out), right to left."""
    tmp = a[base_b:base_b + len_b]
    dest = base_b + len_b - 1
    ct = len_b - 1  # cursor in tmp (run B)
    ca = base_a + len_a - 1  # cursor in run A

    def copy_a():
        # len_b == 1: the rest of A moves up, B's last element goes first.
        d = dest - len_a
        c = ca - len_a
        a[d + 1:d + 1 + len_a] = a[c + 1:c + 1 + len_a]
        a[d] = tmp[ct]

    def rest_b():
        if len_b > 0:
            a[dest - len_b + 1:dest + 1] = tmp[0:len_b]

    a[dest] = a[ca]
    dest -= 1
    ca -= 1
    len_a -= 1
    if len_a == 0:
        rest_b()
        return
    if len_b == 1:
        copy_a()
        return
    min_gallop = state[0]
    while True:
        wins_a = wins_b = 0
        while True:
            if _lt((yield fn, undefined, (tmp[ct], a[ca]))):
                a[dest] = a[ca]
                dest -= 1
                ca -= 1
                wins_a += 1
                wins_b = 0
                len_a -= 1
                if len_a == 0:
                    rest_b()
                    return
                if wins_a >= min_gallop:
                    break
            else:
                a[dest] = tmp[ct]
                dest -= 1
                ct -= 1
                wins_b += 1
                wins_a = 0
                len_b -= 1
                if len_b == 1:
                    copy_a()
                    return
                if wins_b >= min_gallop:
                    break
        min_gallop += 1
        first = True
        while first or wins_a >= MIN_GALLOP or wins_b >= MIN_GALLOP:
            first = False
            min_gallop = max(1, min_gallop - 1)
            state[0] = min_gallop
            k = yield from _gallop_right(a, fn, tmp[ct], base_a, len_a, len_a - 1)
            wins_a = len_a - k
            if wins_a:
                dest -= wins_a
                ca -= wins_a
                a[dest + 1:dest + 1 + wins_a] = a[ca + 1:ca + 1 + wins_a]
                len_a -= wins_a
                if len_a == 0:
                    rest_b()
                    return
            a[dest] = tmp[ct]
            dest -= 1
            ct -= 1
            len_b -= 1
            if len_b == 1:
                copy_a()
                return
            k = yield from _gallop_left(tmp, fn, a[ca], 0, len_b, len_b - 1)
            wins_b = len_b - k
            if wins_b:
                dest -= wins_b
                ct -= wins_b
                a[dest + 1:dest + 1 + wins_b] = tmp[ct + 1:ct + 1 + wins_b]
                len_b -= wins_b
                if len_b == 1:
                    copy_a()
                    return
                if len_b == 0:  # only with an inconsistent comparator
                    return
            a[dest] = a[ca]
            dest -= 1
            ca -= 1
            len_a -= 1
            if len_a == 0:
                rest_b()
                return
        min_gallop += 1
        state[0] = min_gallop
