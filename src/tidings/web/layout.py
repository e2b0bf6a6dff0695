"""A small, deterministic force-directed layout for the actor network (no dependencies)."""
from __future__ import annotations

import math


def spring_layout(nodes: list[str], edges: list[tuple[str, str, float]],
                  iterations: int = 120) -> dict[str, tuple[float, float]]:
    n = len(nodes)
    if n == 0:
        return {}
    # start on a circle, in a fixed order: the same graph always gets the same picture
    pos = {v: [math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)]
           for k, v in enumerate(sorted(nodes))}
    k = math.sqrt(4.0 / n)
    temp = 0.2
    for _ in range(iterations):
        disp = {v: [0.0, 0.0] for v in pos}
        keys = list(pos)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                dx = pos[a][0] - pos[b][0]
                dy = pos[a][1] - pos[b][1]
                d = math.hypot(dx, dy) or 1e-3
                f = k * k / d
                disp[a][0] += dx / d * f
                disp[a][1] += dy / d * f
                disp[b][0] -= dx / d * f
                disp[b][1] -= dy / d * f
        for a, b, w in edges:
            if a not in pos or b not in pos:
                continue
            dx = pos[a][0] - pos[b][0]
            dy = pos[a][1] - pos[b][1]
            d = math.hypot(dx, dy) or 1e-3
            f = d * d / k * min(1.0, 0.3 + math.log1p(w) / 5)
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for v in pos:
            dx, dy = disp[v]
            d = math.hypot(dx, dy) or 1e-3
            pos[v][0] += dx / d * min(d, temp)
            pos[v][1] += dy / d * min(d, temp)
        temp *= 0.97
    return {v: (round(p[0], 4), round(p[1], 4)) for v, p in pos.items()}
