"""Calibration of duration levels: the same search as src/measure/calibration-search.ts, step for
step (see there for why), with the same constants (src/measure/protocol.ts CALIBRATION;
test/python-contract.test.ts and test/calibration.test.ts hold the two sides together)."""

import time

from .loading import call

CALIBRATION_TOLERANCE = 0.03
CALIBRATION_ATTEMPTS = 5
CALIBRATION_PROBE_S = 0.02
CALIBRATION_MAX_ARG = 10 ** 12


def time_call(fn, arg):
    start = time.perf_counter()
    call(fn, arg)
    return time.perf_counter() - start


def _calls_for(target):
    return 5 if target < 0.05 else 3 if target < 0.3 else 1


def _clamp_arg(value):
    # floor(x + 0.5), as JavaScript's Math.round: Python's round() sends halves to even.
    import math

    return int(min(CALIBRATION_MAX_ARG, max(1, math.floor(value + 0.5))))


def _miss(seconds, target):
    return abs(seconds / target - 1)


def _format_seconds(seconds):
    if seconds >= 1:
        return "%.3g s" % seconds
    if seconds >= 1e-3:
        return "%.3g ms" % (seconds * 1e3)
    return "%.3g \u00b5s" % (seconds * 1e6)


def calibrate(time_one, targets):
    """[{target_s, arg, seconds, note?}] per target, in the order given."""
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
    import math

    points = {}
    for target in sorted(targets):
        near_arg, near_s = min(measured, key=lambda m: abs(math.log(max(m[1], 1e-12) / target)))
        candidate = _clamp_arg(near_arg * target / max(near_s, 1e-9))
        best = None
        for _ in range(CALIBRATION_ATTEMPTS):
            took = sorted(time_one(candidate) for _ in range(_calls_for(target)))
            took = took[len(took) // 2]
            measured.append((candidate, took))
            if best is None or _miss(took, target) < _miss(best[1], target):
                best = (candidate, took)
            if _miss(took, target) <= CALIBRATION_TOLERANCE:
                break
            following = _clamp_arg(candidate * target / max(took, 1e-9))
            if following == candidate:
                break
            candidate = following
        point = {"target_s": target, "arg": best[0], "seconds": best[1]}
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
