"""Server-rendered SVG geometry for the board's charts (no JavaScript); templates draw them."""

from decimal import Decimal


def trend_chart(points, width: int = 640, height: int = 220) -> dict:
    """A line of scores (0–100) month by month; months without a score break the line."""
    left, right, top, bottom = 40, 16, 12, 32
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(1, len(points) - 1)
    marks, segments, current = [], [], []
    for i, point in enumerate(points):
        x = round(left + step * i, 1)
        y = round(top + plot_h * (1 - float(point.score) / 100), 1) if point.score is not None else None
        marks.append({"x": x, "y": y, "point": point})
        if y is None:
            if current:
                segments.append(current)
            current = []
        else:
            current.append(f"{x},{y}")
    if current:
        segments.append(current)
    return {
        "width": width,
        "height": height,
        "left": left,
        "right": width - right,
        "bottom": top + plot_h,
        "ticks": [{"value": v, "y": round(top + plot_h * (1 - v / 100), 1)} for v in (0, 25, 50, 75, 100)],
        "segments": [" ".join(segment) for segment in segments],
        "marks": marks,
        "points": points,
    }


def ranking_chart(rows, limit: int = 10, width: int = 640, bar: int = 22) -> dict:
    """Horizontal bars of total scores: every unit when few, else the ``limit`` best and lowest."""
    scored = [row for row in rows if row.total is not None]
    shown = scored if len(scored) <= 2 * limit else scored[:limit] + scored[-limit:]
    label_w, right = 220, 48
    plot_w = width - label_w - right
    truncated = len(scored) > 2 * limit
    gap = 18 if truncated else 0
    bars = []
    for i, row in enumerate(shown):
        bars.append(
            {
                "row": row,
                "y": i * (bar + 6) + (gap if truncated and i >= limit else 0),
                "width": round(plot_w * float(row.total / Decimal(100)), 1),
            }
        )
    return {
        "width": width,
        "height": max(1, len(bars)) * (bar + 6) + gap,
        "gap_y": limit * (bar + 6) + gap // 2 if truncated else None,
        "label_w": label_w,
        "bar": bar,
        "bars": bars,
        "text_y": bar // 2 + 5,
        "truncated": truncated,
        "limit": limit,
        "total": len(scored),
    }
