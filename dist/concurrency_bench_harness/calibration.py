"""Calibration of duration levels: the same search as src/measure/calibration-search.ts, step for
step (see there for why), with the same constants (src/measure/protocol.ts CALIBRATION;
test/python-contract.test.ts and test/calibration.test.ts hold the two sides together)."""

import math
import time

from .loading import call

CALIBRATION_TOLERANCE = 0.03
CALIBRATION_ATTEMPTS = 4
CALIBRATION_PROBE_S = 0.02
CALIBRATION_MAX_ARG = 10 ** 12
CALIBRATION_CALLS_SHORT = 5
CALIBRATION_CALLS_LONG = 3
CALIBRATION_LONG_S = 0.2
CALIBRATION_STALE = 0.25


def time_call(fn, arg):
    start = time.perf_counter()
    call(fn, arg)
    return time.perf_counter() - start


def calls_for(target):
    return CALIBRATION_CALLS_SHORT if target < CALIBRATION_LONG_S else CALIBRATION_CALLS_LONG


def _clamp_arg(value):
    # floor(x + 0.5), as JavaScript's Math.round: Python's round() sends halves to even.
    return int(min(CALIBRATION_MAX_ARG, max(1, math.floor(value + 0.5))))


def _miss(seconds, target):
    return abs(seconds / target - 1)


def _median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _format_seconds(seconds):
    if seconds >= 1:
        return "%.3g s" % seconds
    if seconds >= 1e-3:
        return "%.3g ms" % (seconds * 1e3)
    return "%.3g \u00b5s" % (seconds * 1e6)


def _current(points):
    """The calls the fit may use: an earlier call that a later call of at least its argument beat
    by more than CALIBRATION_STALE is left out (warm-up, or a slower machine then)."""
    return [
        (arg, seconds)
        for i, (arg, seconds) in enumerate(points)
        if not any(
            q_arg >= arg and q_seconds * (1 + CALIBRATION_STALE) < seconds
            for q_arg, q_seconds in points[i + 1:]
        )
    ]


def fit_line(points, target):
    """{a, b} of seconds = a + b * arg by weighted least squares, weights exp(-q^2 / 8),
    q = log2(seconds / target), in differences from the heaviest call; None when no rising line
    can be placed."""
    kept = _current(points)
    weights = []
    for _, seconds in kept:
        q = math.log(max(seconds, 1e-12) / target) / math.log(2)
        weights.append(math.exp(-q * q / 8))
    heaviest = 0
    for i, w in enumerate(weights):
        if w > weights[heaviest]:
            heaviest = i
    ref_arg, ref_seconds = kept[heaviest]
    sw = su = sv = suu = suv = 0.0
    for (arg, seconds), w in zip(kept, weights):
        u = arg - ref_arg
        v = seconds - ref_seconds
        sw += w
        su += w * u
        sv += w * v
        suu += w * u * u
        suv += w * u * v
    det = sw * suu - su * su
    if not det > 0:
        return None
    b = (sw * suv - su * sv) / det
    if not (b > 0 and math.isfinite(b)):
        return None
    return {"a": ref_seconds + sv / sw - b * (ref_arg + su / sw), "b": b}


def _chosen_arg(points, target):
    fit = fit_line(points, target)
    if fit is not None:
        return _clamp_arg((target - fit["a"]) / fit["b"])
    kept = _current(points)
    nearest = kept[0]
    for m in kept[1:]:
        if abs(math.log(max(m[1], 1e-12) / target)) < abs(math.log(max(nearest[1], 1e-12) / target)):
            nearest = m
    return _clamp_arg(nearest[0] * target / max(nearest[1], 1e-9))


def calibrate(time_one, targets):
    """[{target_s, arg, seconds, samples, fit?, note?}] per target, in the order given."""
    if not targets:
        return []
    measured = []
    arg = 1
    seconds = time_one(arg)
    measured.append((arg, seconds))
    probe = min(CALIBRATION_PROBE_S, min(targets) / 2)
    while seconds < probe and arg < CALIBRATION_MAX_ARG:
        arg = _clamp_arg(arg * min(100, max(2, probe / max(seconds, 1e-6))))
        seconds = time_one(arg)
        measured.append((arg, seconds))

    points = {}
    for target in sorted(targets):
        candidate = _chosen_arg(measured, target)
        best = None
        for _ in range(CALIBRATION_ATTEMPTS):
            samples = [time_one(candidate) for _ in range(calls_for(target))]
            measured.extend((candidate, s) for s in samples)
            took = _median(samples)
            if best is None or _miss(took, target) < _miss(best[1], target):
                best = (candidate, took, samples)
            if _miss(took, target) <= CALIBRATION_TOLERANCE:
                break
            following = _chosen_arg(measured, target)
            if following == candidate:
                following = _clamp_arg(candidate * target / max(took, 1e-9))
            if following == candidate:
                break
            candidate = following
        point = {"target_s": target, "arg": best[0], "seconds": best[1], "samples": best[2]}
        fit = fit_line(measured, target)
        if fit is not None:
            point["fit"] = fit
        if _miss(best[1], target) > CALIBRATION_TOLERANCE:
            if best[0] == 1 and best[1] > target:
                point["note"] = "the smallest argument (1) already takes %s" % _format_seconds(best[1])
            elif best[1] / best[0] > 2 * CALIBRATION_TOLERANCE * target:
                point["note"] = "whole arguments move in steps of %s: the nearest takes %s" % (
                    _format_seconds(best[1] / best[0]), _format_seconds(best[1]))
            else:
                point["note"] = "no argument came within %g%%: the closest took %s" % (
                    CALIBRATION_TOLERANCE * 100, _format_seconds(best[1]))
        points[target] = point
    return [points[target] for target in targets]

