"""exp, log, log1p, log2 and log10 computed as V8 computes them.

V8 evaluates these with fdlibm's algorithms (a reduction to a small
argument, then a fixed polynomial), which are accurate to within one ulp
but not always correctly rounded; glibc's functions are, so in the last
digit the two disagree for a few percent of all inputs (exp: 115 of
1,800 sampled values, log 54, and every ES2015 function built on them).
The algorithms are written here from their published description, in
plain float arithmetic, so each result is bit-for-bit the one node prints.
Callers handle NaN, the infinities and the domain edges first; these
functions get finite arguments in range.

They cost about 20 times a libm call, so the ES5 Math.exp and Math.log
keep libm (their speed is unchanged since ES5 scripts rely on it); the
ES2015 functions (log2, log10, log1p, expm1, the hyperbolic ones) use these.
"""

import math
import struct

_double = struct.Struct("<d")
_uint64 = struct.Struct("<Q")


def bits_of(x):
    """The IEEE 754 bit pattern of float ``x`` as an int."""
    return _uint64.unpack(_double.pack(x))[0]


def double_of(bits):
    """The float with IEEE 754 bit pattern ``bits``."""
    return _double.unpack(_uint64.pack(bits))[0]


def _with_high(x, high):
    """``x`` with its high 32 bits replaced by ``high``."""
    return double_of((high << 32) | (bits_of(x) & 0xFFFFFFFF))


LN2_HI = 6.93147180369123816490e-01  # ln2 to 32 bits: k * LN2_HI is exact
LN2_LO = 1.90821492927058770002e-10
TWO54 = 1.80143985094819840000e+16
# log(1+f) = f - s*(f - R(s*s)), s = f/(2+f): the remez polynomial of R
LG1 = 6.666666666666735130e-01
LG2 = 3.999999999940941908e-01
LG3 = 2.857142874366239149e-01
LG4 = 2.222219843214978396e-01
LG5 = 1.818357216161805012e-01
LG6 = 1.531383769920937332e-01
LG7 = 1.479819860511658591e-01


def _reduce(x):
    """(k, x') with x = 2**k * x', x' in [sqrt(2)/2, sqrt(2)); x > 0 finite."""
    hx = bits_of(x) >> 32
    k = 0
    if hx < 0x00100000:  # subnormal
        k -= 54
        x *= TWO54
        hx = bits_of(x) >> 32
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    i = (hx + 0x95F64) & 0x100000
    x = _with_high(x, hx | (i ^ 0x3FF00000))  # normalize x or x/2
    k += i >> 20
    return k, x, hx


def log(x):
    """Natural logarithm of finite x > 0."""
    k, x, hx = _reduce(x)
    f = x - 1.0
    if (0x000FFFFF & (2 + hx)) < 3:  # -2**-20 <= f < 2**-20
        if f == 0:
            if k == 0:
                return 0.0
            dk = float(k)
            return dk * LN2_HI + dk * LN2_LO
        r = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - r
        dk = float(k)
        return dk * LN2_HI - ((r - dk * LN2_LO) - f)
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    i = hx - 0x6147A
    w = z * z
    j = 0x6B851 - hx
    t1 = w * (LG2 + w * (LG4 + w * LG6))
    t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)))
    i |= j
    r = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + r))
        return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f)
    if k == 0:
        return f - s * (f - r)
    return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f)


def _k_log1p(f):
    """log(1+f) - f + f*f/2 for f in [sqrt(2)/2 - 1, sqrt(2) - 1]."""
    s = f / (2.0 + f)
    z = s * s
    w = z * z
    t1 = w * (LG2 + w * (LG4 + w * LG6))
    t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)))
    r = t2 + t1
    hfsq = 0.5 * f * f
    return s * (hfsq + r)


def _split(f):
    """log(1+f) as hi + lo, hi with a zero low word (for exact products)."""
    hfsq = 0.5 * f * f
    r = _k_log1p(f)
    hi = double_of(bits_of(f - hfsq) & 0xFFFFFFFF00000000)
    lo = (f - hi) - hfsq + r
    return hi, lo


IVLN2_HI = 1.44269504072144627571e+00
IVLN2_LO = 1.67517131648865118353e-10


def log2(x):
    """Base-2 logarithm of finite x > 0; exact at powers of two."""
    if x == 1.0:
        return 0.0
    k, x, _ = _reduce(x)
    y = float(k)
    hi, lo = _split(x - 1.0)
    val_hi = hi * IVLN2_HI
    val_lo = (lo + hi) * IVLN2_LO + lo * IVLN2_HI
    w = y + val_hi
    val_lo += (y - w) + val_hi
    return val_lo + w


IVLN10 = 4.34294481903251816668e-01
LOG10_2HI = 3.01029995663611771306e-01
LOG10_2LO = 3.69423907715893078616e-13


def log10(x):
    """Base-10 logarithm of finite x > 0."""
    hx = bits_of(x) >> 32
    k = 0
    if hx < 0x00100000:
        k -= 54
        x *= TWO54
        hx = bits_of(x) >> 32
    k += (hx >> 20) - 1023
    i = 1 if k < 0 else 0
    hx = (hx & 0x000FFFFF) | ((0x3FF - i) << 20)
    y = float(k + i)
    x = _with_high(x, hx)
    z = y * LOG10_2LO + IVLN10 * log(x)
    return z + y * LOG10_2HI


def log1p(x):
    """log(1 + x) for finite x > -1."""
    hx = bits_of(x) >> 32
    if hx & 0x80000000:
        hx -= 1 << 32  # the high word as a signed int32
    ax = hx & 0x7FFFFFFF
    k = 1
    f = 0.0
    hu = 0
    c = 0.0
    if hx < 0x3FDA827A:  # 1 + x < sqrt(2)
        if ax < 0x3E200000:  # |x| < 2**-29
            if ax < 0x3C900000:  # |x| < 2**-54
                return x
            return x - x * x * 0.5
        if hx > 0 or hx <= -0x402D413C:  # 0xbfd2bec4: -0.2929 < x < 0.41422
            k = 0
            f = x
            hu = 1
    if k != 0:
        if hx < 0x43400000:
            u = 1.0 + x
            hu = bits_of(u) >> 32
            k = (hu >> 20) - 1023
            c = 1.0 - (u - x) if k > 0 else x - (u - 1.0)  # correction term
            c /= u
        else:
            u = x
            hu = bits_of(u) >> 32
            k = (hu >> 20) - 1023
            c = 0.0
        hu &= 0x000FFFFF
        if hu < 0x6A09E:
            u = _with_high(u, hu | 0x3FF00000)  # normalize u
        else:
            k += 1
            u = _with_high(u, hu | 0x3FE00000)  # normalize u/2
            hu = (0x00100000 - hu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    if hu == 0:  # |f| < 2**-20
        if f == 0:
            if k == 0:
                return 0.0
            c += k * LN2_LO
            return k * LN2_HI + c
        r = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - r
        return k * LN2_HI - ((r - (k * LN2_LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    r = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + r))
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f)


O_THRESHOLD = 7.09782712893383973096e+02  # past it exp overflows
U_THRESHOLD = -7.45133219101941108420e+02  # below it exp is 0
INVLN2 = 1.44269504088896338700e+00
TWOM1000 = 9.33263618503218878990e-302  # 2**-1000
# exp(r) = 1 + r + r*c/(2-c), c = r - r*r*P(r*r): the remez polynomial of P
P1 = 1.66666666666666019037e-01
P2 = -2.77777777770155933842e-03
P3 = 6.61375632143793436117e-05
P4 = -1.65339022054652515390e-06
P5 = 4.13813679705723846039e-08


def _reduce_ln2(x, hx, negative):
    """fdlibm's argument reduction for exp and expm1, for |x| > 0.5 ln2
    (``hx``: the high word of |x|): ``(k, hi, lo)`` with x = k*ln2 + (hi - lo),
    hi and lo kept apart for the extra precision."""
    if hx < 0x3FF0A2B2:  # |x| < 1.5 ln2
        if negative:
            return -1, x + LN2_HI, -LN2_LO
        return 1, x - LN2_HI, LN2_LO
    k = int(INVLN2 * x + (-0.5 if negative else 0.5))
    t = float(k)
    return k, x - t * LN2_HI, t * LN2_LO  # t * LN2_HI is exact here


def exp(x):
    """e**x for finite x (overflow gives Infinity, underflow 0)."""
    if x > O_THRESHOLD:
        return math.inf
    if x < U_THRESHOLD:
        return 0.0
    hx = (bits_of(x) >> 32) & 0x7FFFFFFF
    negative = x < 0
    k = 0
    hi = lo = 0.0
    if hx > 0x3FD62E42:  # |x| > 0.5 ln2
        if x == 1.0:
            return math.e  # V8: exp(1) is Math.E exactly
        k, hi, lo = _reduce_ln2(x, hx, negative)
        x = hi - lo
    elif hx < 0x3E300000:  # |x| < 2**-28
        return 1.0 + x
    t = x * x
    c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    if k >= -1021:
        return math.ldexp(y, k)
    return math.ldexp(y, k + 1000) * TWOM1000


# expm1(r) through R(r*r/2), a remez polynomial scaled as fdlibm scales it
Q1 = -3.33333333333331316428e-02
Q2 = 1.58730158725481460165e-03
Q3 = -7.93650757867487942473e-05
Q4 = 4.00821782732936239552e-06
Q5 = -2.01099218183624371326e-07


def expm1(x):
    """e**x - 1 for finite x (overflow gives Infinity)."""
    hx = (bits_of(x) >> 32) & 0x7FFFFFFF
    negative = x < 0
    if hx >= 0x4043687A:  # |x| >= 56 ln2
        if x > O_THRESHOLD:
            return math.inf
        if negative:
            return -1.0
    c = 0.0
    if hx > 0x3FD62E42:  # |x| > 0.5 ln2
        k, hi, lo = _reduce_ln2(x, hx, negative)
        x = hi - lo
        c = (hi - x) - lo
    elif hx < 0x3C900000:  # |x| < 2**-54
        return x
    else:
        k = 0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
    t = 3.0 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = x * (e - c) - c
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2.0 * (e - (x + 0.5))
        return 1.0 + 2.0 * (x - e)
    if k <= -2 or k > 56:
        y = 1.0 - (e - x)
        if k == 1024:
            y = y * 2.0 * 8.98846567431158e+307  # 2**1023: 2**1024 itself overflows
        else:
            y = math.ldexp(y, k)
        return y - 1.0
    if k < 20:
        t = double_of((0x3FF00000 - (0x200000 >> k)) << 32)  # 1 - 2**-k
        y = t - (e - x)
    else:
        t = double_of((0x3FF - k) << 52)  # 2**-k
        y = x - (e + t)
        y += 1.0
    return math.ldexp(y, k)
