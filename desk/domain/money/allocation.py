"""Splitting a total into parts that add up exactly, and converting between currencies."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import (
    Decimal,
)

from desk.domain.errors import DomainError, ErrorCode
from desk.domain.money.core import (
    _MAX_WEIGHT_EXPONENT,
    CURRENCIES,
    ROUNDING,
    Money,
    _mul_round,
    _shift,
    minor_units,
)


def _bad_weights(reason: str, **params: object) -> DomainError:
    return DomainError(ErrorCode.MONEY_BAD_WEIGHTS, field="weights", reason=reason, **params)


def _weights_as_integers(weights: Sequence[int | Decimal]) -> list[int]:
    """Scale all weights by one power of ten so that integer arithmetic stays exact."""
    if isinstance(weights, str | bytes):
        raise _bad_weights("not_a_sequence")
    items = list(weights)
    if not items:
        raise _bad_weights("empty")
    parts: list[tuple[int, int]] = []
    for index, weight in enumerate(items):
        w: object = weight
        if isinstance(w, float):
            raise DomainError(
                ErrorCode.MONEY_FLOAT_REFUSED, field="weights", index=index, value=repr(w)
            )
        if isinstance(w, bool):
            raise _bad_weights("not_a_number", index=index)
        if isinstance(w, int):
            coefficient, exp = w, 0
        elif isinstance(w, Decimal):
            if not w.is_finite():
                raise _bad_weights("not_a_number", index=index)
            sign, digits, raw_exp = w.as_tuple()
            assert isinstance(raw_exp, int)
            # Through Decimal, not str: int(str) refuses more than 4300 digits.
            coefficient, exp = int(Decimal((0, digits, 0))), raw_exp
            if sign and coefficient:
                coefficient = -coefficient
            if coefficient == 0:
                exp = 0
            while coefficient and coefficient % 10 == 0:
                coefficient //= 10
                exp += 1
            if abs(exp) > _MAX_WEIGHT_EXPONENT:
                raise _bad_weights("out_of_range", index=index)
        else:
            raise _bad_weights("not_a_number", index=index)
        if coefficient < 0:
            raise _bad_weights("negative", index=index)
        parts.append((coefficient, exp))
    scale = min(exp for _, exp in parts)
    return [coefficient * 10 ** (exp - scale) for coefficient, exp in parts]


def allocate(total: Money, weights: Sequence[int | Decimal]) -> list[Money]:
    """Split `total` in proportion to `weights` so that the parts add up exactly to it.

    Each part is its exact share rounded down (in absolute value); the centimes left over go
    one by one to the parts with the largest fractional remainder, ties to the earlier part.
    A negative total splits like its opposite, negated. Weights are non-negative int or
    Decimal, not all zero.
    """
    integers = _weights_as_integers(weights)
    weight_sum = sum(integers)
    if weight_sum == 0:
        raise _bad_weights("all_zero")
    magnitude = abs(total.minor)
    quotients: list[int] = []
    remainders: list[int] = []
    for weight in integers:
        quotient, remainder = divmod(magnitude * weight, weight_sum)
        quotients.append(quotient)
        remainders.append(remainder)
    # Fewer left-over units than parts with a non-zero remainder, so zero weights get nothing.
    left_over = magnitude - sum(quotients)
    by_remainder = sorted(range(len(integers)), key=lambda i: (-remainders[i], i))
    for index in by_remainder[:left_over]:
        quotients[index] += 1
    sign = -1 if total.minor < 0 else 1
    return [Money(sign * quotient, total.currency) for quotient in quotients]


def split_equally(total: Money, n: int) -> list[Money]:
    """`n` parts differing by at most one minor unit, the larger ones first."""
    count: object = n
    if isinstance(count, float):
        raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="weights", value=repr(count))
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise _bad_weights("bad_count", count=count)
    return allocate(total, [1] * count)


def convert(m: Money, rate: Decimal, to_currency: str) -> Money:
    """`m` in `to_currency`, where `rate` is units of `to_currency` per 1 unit of `m.currency`.

    The result is rounded to the minor unit of `to_currency` with ROUNDING.
    """
    target_exponent = minor_units(to_currency)
    rate_value: object = rate
    if isinstance(rate_value, float):
        raise DomainError(ErrorCode.MONEY_FLOAT_REFUSED, field="rate", value=repr(rate_value))
    if not isinstance(rate_value, Decimal) or not rate_value.is_finite() or rate_value <= 0:
        raise DomainError(ErrorCode.MONEY_INVALID, field="rate", text=str(rate_value))
    # minor_to = minor_from * rate * 10**(target exponent - source exponent), in one exact step.
    scaled = _shift(rate_value, target_exponent - CURRENCIES[m.currency])
    return Money(_mul_round(Decimal(m.minor), scaled, ROUNDING), to_currency)
