#!/usr/bin/env python3
"""Writes the flat career illustrations of the demo pack as SVG (960x640, fixed palette, no text).

Usage:  python3 make_illustrations.py            # writes <name>.svg next to this script
        then, for each:  rsvg-convert -w 960 -h 640 <name>.svg -o ../<name>.png
Standard library only. Every scene is composed from the small shape functions below, so a new
career picture is a dozen lines: a backdrop, a few props, a few people.
"""

import math
import os

W, H = 960, 640

# The only colours allowed in the pictures.
CREAM = "#FBF6EE"
SAND = "#F3E6D3"
TERRA = "#D9734E"
TEAL = "#1F5F5B"
SAGE = "#9CBF9E"
SUN = "#F2B544"
INK = "#2A2730"
ROSE = "#E8A598"
PALETTE = {CREAM, SAND, TERRA, TEAL, SAGE, SUN, INK, ROSE}


def _c(color):
    assert color in PALETTE or color == "none", color
    return color


def _f(v):
    return f"{v:.1f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- primitives

def rect(x, y, w, h, fill, r=0, opacity=1.0):
    op = ""  # flat palette colours only: no blending (opacity kept in the signature for readability)
    return (f'<rect x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}" rx="{_f(r)}" '
            f'fill="{_c(fill)}"{op}/>')


def circle(cx, cy, r, fill, opacity=1.0):
    op = ""  # flat palette colours only: no blending (opacity kept in the signature for readability)
    return f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(r)}" fill="{_c(fill)}"{op}/>'


def ellipse(cx, cy, rx, ry, fill, opacity=1.0):
    op = ""  # flat palette colours only: no blending (opacity kept in the signature for readability)
    return f'<ellipse cx="{_f(cx)}" cy="{_f(cy)}" rx="{_f(rx)}" ry="{_f(ry)}" fill="{_c(fill)}"{op}/>'


def path(d, fill="none", stroke="none", width=0, opacity=1.0):
    op = ""  # flat palette colours only: no blending (opacity kept in the signature for readability)
    st = (f' stroke="{_c(stroke)}" stroke-width="{_f(width)}" stroke-linecap="round" '
          f'stroke-linejoin="round"' if stroke != "none" else "")
    return f'<path d="{d}" fill="{_c(fill)}"{st}{op}/>'


def line(x1, y1, x2, y2, color, width):
    return path(f"M{_f(x1)} {_f(y1)} L{_f(x2)} {_f(y2)}", stroke=color, width=width)


def polygon(points, fill, opacity=1.0):
    d = "M" + " L".join(f"{_f(x)} {_f(y)}" for x, y in points) + " Z"
    return path(d, fill=fill, opacity=opacity)


# ---------------------------------------------------------------- scenery

def backdrop(ground_y=500, ground=SAND, sky=CREAM, hills=True):
    out = [rect(0, 0, W, H, sky)]
    if hills:
        out.append(ellipse(180, ground_y + 20, 320, 90, SAGE, 0.45))
        out.append(ellipse(760, ground_y + 30, 380, 110, SAGE, 0.35))
    out.append(rect(0, ground_y, W, H - ground_y, ground))
    return out


def room(wall=CREAM, floor=SAND, floor_y=470):
    return [rect(0, 0, W, H, wall), rect(0, floor_y, W, H - floor_y, floor),
            rect(0, floor_y - 6, W, 8, ROSE)]


def sun(cx, cy, r=46, rays=True):
    out = []
    if rays:
        for i in range(12):
            a = i * math.pi / 6
            out.append(line(cx + math.cos(a) * (r + 14), cy + math.sin(a) * (r + 14),
                            cx + math.cos(a) * (r + 30), cy + math.sin(a) * (r + 30), SUN, 8))
    out.append(circle(cx, cy, r, SUN))
    return out


def cloud(cx, cy, s=1.0, color=SAND):
    return [ellipse(cx, cy, 60 * s, 26 * s, color), circle(cx - 22 * s, cy - 14 * s, 26 * s, color),
            circle(cx + 18 * s, cy - 22 * s, 32 * s, color)]


def tree(x, ground_y, h=170, crown=SAGE, trunk=TERRA):
    return [rect(x - 10, ground_y - h * 0.55, 20, h * 0.55, trunk, r=8),
            circle(x, ground_y - h * 0.7, h * 0.32, crown),
            circle(x - h * 0.2, ground_y - h * 0.55, h * 0.22, crown),
            circle(x + h * 0.22, ground_y - h * 0.58, h * 0.24, crown)]


def plant(x, floor_y, pot=TERRA, leaves=SAGE, s=1.0):
    out = []
    for dx, dy, rot in ((-18, -70, -30), (0, -88, 0), (18, -70, 30), (-8, -55, -55), (10, -52, 55)):
        out.append(f'<ellipse cx="{_f(x + dx * s)}" cy="{_f(floor_y - 40 * s + dy * s * 0.6)}" '
                   f'rx="{_f(12 * s)}" ry="{_f(30 * s)}" fill="{leaves}" '
                   f'transform="rotate({rot} {_f(x + dx * s)} {_f(floor_y - 40 * s + dy * s * 0.6)})"/>')
    out.append(path(f"M{_f(x - 26 * s)} {_f(floor_y - 48 * s)} L{_f(x + 26 * s)} {_f(floor_y - 48 * s)} "
                    f"L{_f(x + 20 * s)} {_f(floor_y)} L{_f(x - 20 * s)} {_f(floor_y)} Z", fill=pot))
    return out


_clip_ids = [0]


def window(x, y, w=170, h=140, frame=TEAL, pane=SAND, with_sun=True):
    _clip_ids[0] += 1
    cid = f"win{_clip_ids[0]}"
    out = [rect(x - 8, y - 8, w + 16, h + 16, frame, r=10), rect(x, y, w, h, pane, r=4)]
    if with_sun:
        out.append(f'<clipPath id="{cid}"><rect x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}"/></clipPath>')
        out.append(f'<g clip-path="url(#{cid})">')
        out.append(circle(x + w * 0.7, y + h * 0.38, h * 0.2, SUN))
        out.append(ellipse(x + w * 0.3, y + h * 0.95, w * 0.55, h * 0.25, SAGE))
        out.append("</g>")
    out += [rect(x + w / 2 - 4, y, 8, h, frame), rect(x, y + h / 2 - 4, w, 8, frame)]
    return out


def house(x, ground_y, w=240, h=170, wall=TERRA, roof=TEAL, door=SUN, windows=CREAM, chimney=True):
    top = ground_y - h
    out = []
    if chimney:
        out.append(rect(x + w * 0.68, top - 80, 30, 70, roof))
    out.append(polygon([(x - 24, top + 6), (x + w / 2, top - 100), (x + w + 24, top + 6)], roof))
    out.append(rect(x, top, w, h, wall))
    out.append(rect(x + w / 2 - 28, ground_y - 100, 56, 100, door, r=26))
    out.append(circle(x + w / 2 + 14, ground_y - 50, 4, INK))
    for wx in (x + 24, x + w - 76):
        out.append(rect(wx, top + 34, 52, 48, windows, r=6))
        out.append(rect(wx + 23, top + 34, 6, 48, wall))
    return out


def building(x, ground_y, w=220, h=300, wall=TEAL, windows=SAND, flag=SUN):
    out = [rect(x, ground_y - h, w, h, wall, r=6)]
    cols, rows = 3, int((h - 90) // 70)
    for r_ in range(rows):
        for c_ in range(cols):
            out.append(rect(x + 22 + c_ * ((w - 44) / cols) + 4, ground_y - h + 26 + r_ * 70,
                            (w - 44) / cols - 14, 42, windows, r=4))
    out.append(rect(x + w / 2 - 30, ground_y - 80, 60, 80, SUN if wall != SUN else TERRA, r=4))
    out.append(line(x + w - 20, ground_y - h, x + w - 20, ground_y - h - 70, INK, 5))
    out.append(polygon([(x + w - 20, ground_y - h - 70), (x + w + 30, ground_y - h - 55),
                        (x + w - 20, ground_y - h - 40)], flag))
    return out


def desk(x, top_y, w=360, color=TERRA, leg=TEAL):
    return [rect(x, top_y, w, 22, color, r=6), rect(x + 20, top_y + 22, 16, 110, leg, r=4),
            rect(x + w - 36, top_y + 22, 16, 110, leg, r=4)]


def computer(x, desk_y, screen=TEAL, glow=SAGE):
    return [rect(x, desk_y - 118, 150, 96, screen, r=10), rect(x + 10, desk_y - 108, 130, 76, glow, r=6),
            rect(x + 64, desk_y - 24, 22, 24, screen), rect(x + 40, desk_y - 6, 70, 8, screen, r=4),
            rect(x + 26, desk_y - 92, 60, 9, CREAM, r=4), rect(x + 26, desk_y - 74, 90, 9, CREAM, r=4),
            rect(x + 26, desk_y - 56, 44, 9, SUN, r=4)]


def papers(x, y, color=CREAM):
    return [rect(x + 8, y - 14, 80, 14, SAND, r=3), rect(x, y - 8, 80, 10, color, r=3)]


def mug(x, y, color=SUN):
    return [rect(x, y - 34, 30, 34, color, r=6),
            path(f"M{_f(x + 30)} {_f(y - 26)} q16 4 0 18", stroke=color, width=6)]


def bubble(cx, cy, w=120, h=80, fill=CREAM, tail="left", dots=INK):
    tx = cx - w * 0.25 if tail == "left" else cx + w * 0.25
    dx = -24 if tail == "left" else 24
    out = [rect(cx - w / 2, cy - h / 2, w, h, fill, r=h / 2),
           polygon([(tx - 14, cy + h / 2 - 6), (tx + 14, cy + h / 2 - 6), (tx + dx, cy + h / 2 + 26)], fill)]
    if dots:
        for i in (-1, 0, 1):
            out.append(circle(cx + i * 24, cy, 8, dots))
    return out


def heart(cx, cy, s=1.0, fill=TERRA):
    d = (f"M{_f(cx)} {_f(cy + 22 * s)} C{_f(cx - 40 * s)} {_f(cy - 6 * s)} {_f(cx - 22 * s)} {_f(cy - 34 * s)} "
         f"{_f(cx)} {_f(cy - 16 * s)} C{_f(cx + 22 * s)} {_f(cy - 34 * s)} {_f(cx + 40 * s)} {_f(cy - 6 * s)} "
         f"{_f(cx)} {_f(cy + 22 * s)} Z")
    return [path(d, fill=fill)]


def child_drawing(x, y, w=170, h=130, paper=CREAM, frame=TERRA):
    """A framed crayon drawing: sun, house, stick figure, all in strokes."""
    out = [rect(x - 8, y - 8, w + 16, h + 16, frame, r=8), rect(x, y, w, h, paper, r=4)]
    out.append(circle(x + w * 0.8, y + h * 0.25, 14, SUN))
    out.append(path(f"M{_f(x + 20)} {_f(y + h - 20)} L{_f(x + 20)} {_f(y + h * 0.5)} "
                    f"L{_f(x + 55)} {_f(y + h * 0.25)} L{_f(x + 90)} {_f(y + h * 0.5)} L{_f(x + 90)} "
                    f"{_f(y + h - 20)} Z", stroke=TEAL, width=5))
    px = x + w * 0.72
    out += [
            path(f"M{_f(px)} {_f(y + h * 0.55)} m-9 0 a9 9 0 1 0 18 0 a9 9 0 1 0 -18 0", stroke=TERRA, width=4),
            line(px, y + h * 0.62, px, y + h - 34, TERRA, 4),
            line(px - 14, y + h * 0.7, px + 14, y + h * 0.7, TERRA, 4),
            line(px, y + h - 34, px - 10, y + h - 16, TERRA, 4),
            line(px, y + h - 34, px + 10, y + h - 16, TERRA, 4),
            line(x + 10, y + h - 12, x + w - 10, y + h - 12, SAGE, 5)]
    return out


def blocks(x, floor_y):
    return [rect(x, floor_y - 40, 40, 40, TERRA, r=4), rect(x + 44, floor_y - 40, 40, 40, SUN, r=4),
            rect(x + 22, floor_y - 82, 40, 40, TEAL, r=4), polygon([(x + 22, floor_y - 84),
                                                                    (x + 42, floor_y - 112), (x + 62, floor_y - 84)], ROSE)]


def coins(x, y, n=4, color=SUN):
    out = []
    for i in range(n):
        out.append(ellipse(x, y - i * 12, 30, 10, color))
        out.append(ellipse(x, y - i * 12 - 3, 30, 9, SAND, 0.35))
    return out


def basket(x, y):
    return [circle(x - 30, y - 38, 22, TERRA), circle(x + 4, y - 46, 24, SAGE), circle(x + 34, y - 36, 20, SUN),
            path(f"M{_f(x - 70)} {_f(y - 40)} L{_f(x + 70)} {_f(y - 40)} L{_f(x + 52)} {_f(y)} "
                 f"L{_f(x - 52)} {_f(y)} Z", fill=TEAL)]


def pot(x, y):
    return [ellipse(x, y - 60, 70, 12, TEAL), rect(x - 66, y - 60, 132, 60, TEAL, r=16),
            rect(x - 86, y - 50, 24, 10, TEAL, r=5), rect(x + 62, y - 50, 24, 10, TEAL, r=5),
            path(f"M{_f(x - 20)} {_f(y - 78)} q-12 -20 0 -40", stroke=SAND, width=6),
            path(f"M{_f(x + 14)} {_f(y - 80)} q12 -22 0 -44", stroke=SAND, width=6)]


def bench(x, ground_y, w=220):
    return [rect(x, ground_y - 70, w, 16, TERRA, r=6), rect(x, ground_y - 110, w, 14, TERRA, r=6),
            rect(x + 16, ground_y - 54, 12, 54, TEAL, r=4), rect(x + w - 28, ground_y - 54, 12, 54, TEAL, r=4)]


def umbrella(cx, top, r=190, fill=TERRA, stripe=SUN):
    d = f"M{_f(cx - r)} {_f(top + r * 0.55)} A{_f(r)} {_f(r * 0.62)} 0 0 1 {_f(cx + r)} {_f(top + r * 0.55)} Z"
    out = [path(d, fill=fill)]
    d2 = (f"M{_f(cx - r * 0.33)} {_f(top + r * 0.55)} A{_f(r * 0.33)} {_f(r * 0.6)} 0 0 1 "
          f"{_f(cx + r * 0.33)} {_f(top + r * 0.55)} Z")
    out.append(path(d2, fill=stripe))
    out.append(line(cx, top + r * 0.55, cx, top + r * 1.55, INK, 8))
    out.append(path(f"M{_f(cx)} {_f(top + r * 1.55)} q0 26 -26 26", stroke=INK, width=8))
    return out


def garland(y, x0=0, x1=W, colors=(TERRA, SUN, SAGE, ROSE, TEAL)):
    out = [path(f"M{_f(x0)} {_f(y)} Q{_f((x0 + x1) / 2)} {_f(y + 60)} {_f(x1)} {_f(y)}", stroke=INK, width=3)]
    n = 11
    for i in range(1, n):
        t = i / n
        x = x0 + (x1 - x0) * t
        yy = (1 - t) ** 2 * y + 2 * (1 - t) * t * (y + 60) + t ** 2 * y
        out.append(polygon([(x - 18, yy), (x + 18, yy), (x, yy + 36)], colors[i % len(colors)]))
    return out


def note(x, y, color=TEAL):
    return [ellipse(x, y, 14, 10, color), line(x + 12, y, x + 12, y - 50, color, 5),
            path(f"M{_f(x + 12)} {_f(y - 50)} q16 8 20 26", stroke=color, width=5)]


def workbench(x, top_y, w=380):
    return [rect(x, top_y, w, 26, TERRA, r=4), rect(x + 18, top_y + 26, 22, 120, TEAL, r=4),
            rect(x + w - 40, top_y + 26, 22, 120, TEAL, r=4), rect(x + 18, top_y + 100, w - 36, 14, TEAL, r=4)]


def hammer(x, y, angle=-20):
    return [f'<g transform="rotate({angle} {x} {y})">', rect(x - 5, y - 90, 10, 90, TERRA, r=4),
            rect(x - 26, y - 104, 52, 22, INK, r=5), "</g>"]


def saw(x, y):
    teeth = " ".join(f"L{_f(x + 20 + i * 14)} {_f(y + (8 if i % 2 else 0))}" for i in range(12))
    return [path(f"M{_f(x + 20)} {_f(y)} {teeth} L{_f(x + 180)} {_f(y - 40)} L{_f(x + 20)} {_f(y - 30)} Z",
                 fill=SAND), rect(x - 30, y - 44, 56, 40, TEAL, r=14), rect(x - 16, y - 32, 24, 16, CREAM, r=6)]


def plank(x, y, w=200):
    return [rect(x, y - 22, w, 22, SUN, r=3), line(x + 30, y - 11, x + 90, y - 11, TERRA, 2),
            line(x + 110, y - 8, x + 170, y - 8, TERRA, 2)]


def path_steps(x0, y0, n=5, dx=110, dy=-46, color=TERRA):
    out = []
    for i in range(n):
        out.append(rect(x0 + i * dx, y0 + i * dy, dx + 6, H - (y0 + i * dy), color if i % 2 else SUN, r=6))
    return out


def signpost(x, ground_y):
    return [rect(x - 7, ground_y - 200, 14, 200, INK, r=4),
            polygon([(x - 10, ground_y - 190), (x + 100, ground_y - 190), (x + 126, ground_y - 168),
                     (x + 100, ground_y - 146), (x - 10, ground_y - 146)], TEAL),
            polygon([(x + 10, ground_y - 130), (x - 100, ground_y - 130), (x - 126, ground_y - 108),
                     (x - 100, ground_y - 86), (x + 10, ground_y - 86)], TERRA)]


def whiteboard(x, y, w=300, h=180):
    out = [rect(x - 10, y - 10, w + 20, h + 20, TEAL, r=10), rect(x, y, w, h, CREAM, r=4)]
    for i, (bh, col) in enumerate(((60, SAGE), (100, SUN), (80, TERRA), (130, TEAL))):
        out.append(rect(x + 30 + i * 62, y + h - 20 - bh, 40, bh, col, r=4))
    return out


def map_card(x, y, w=360, h=250):
    out = [rect(x, y, w, h, CREAM, r=12),
           path(f"M{_f(x)} {_f(y + 150)} C{_f(x + 90)} {_f(y + 80)} {_f(x + 170)} {_f(y + 230)} {_f(x + w)} "
                f"{_f(y + 120)} L{_f(x + w)} {_f(y + h)} L{_f(x)} {_f(y + h)} Z", fill=SAGE, opacity=0.7),
           path(f"M{_f(x + 30)} {_f(y + 40)} C{_f(x + 120)} {_f(y + 120)} {_f(x + 200)} {_f(y + 20)} "
                f"{_f(x + w - 30)} {_f(y + 90)}", stroke=SUN, width=7)]
    for px, py, col in ((x + 90, y + 95, TERRA), (x + 220, y + 60, TEAL), (x + 290, y + 170, TERRA)):
        out += [path(f"M{_f(px)} {_f(py)} l-16 -28 a18 18 0 1 1 32 0 Z", fill=col), circle(px, py - 34, 7, CREAM)]
    return out


def magnifier(x, y, r=60):
    return [line(x + r * 0.7, y + r * 0.7, x + r * 1.6, y + r * 1.6, INK, 18),
            circle(x, y, r + 12, TEAL), circle(x, y, r, CREAM, 0.85)]


def snow(x0, y0, x1, y1, n=18, seed=7):
    out, s = [], seed
    for _ in range(n):
        s = (s * 1103515245 + 12345) % 2 ** 31
        x = x0 + (s % 1000) / 1000 * (x1 - x0)
        s = (s * 1103515245 + 12345) % 2 ** 31
        y = y0 + (s % 1000) / 1000 * (y1 - y0)
        out.append(circle(x, y, 5, CREAM))
    return out


# ---------------------------------------------------------------- people

def person(x, foot_y, s=1.0, body=TEAL, skin=ROSE, hair=INK, hair_style="short", legs=INK,
           arms=("down", "down"), sitting=False, smile=True, child=False):
    """A rounded figure standing on foot_y (or sitting: legs hidden, body lower).

    arms: for left and right, one of down | up | out | forward | wave, or an (x, y) hand point.
    """
    if child:
        s *= 0.68
    out = []
    leg_h = 0 if sitting else 92 * s
    hip_y = foot_y - leg_h
    body_h, body_w = 128 * s, 96 * s
    top = hip_y - body_h
    head_r = 38 * s * (1.12 if child else 1.0)
    head_y = top - head_r + 4 * s
    if not sitting:
        out.append(rect(x - 34 * s, hip_y - 10 * s, 28 * s, leg_h + 10 * s, legs, r=12 * s))
        out.append(rect(x + 6 * s, hip_y - 10 * s, 28 * s, leg_h + 10 * s, legs, r=12 * s))
        out.append(ellipse(x - 24 * s, foot_y, 22 * s, 9 * s, INK))
        out.append(ellipse(x + 24 * s, foot_y, 22 * s, 9 * s, INK))
    shoulder_y = top + 26 * s
    hands = []
    for side, arm in zip((-1, 1), arms):
        sx = x + side * (body_w / 2 - 10 * s)
        if isinstance(arm, tuple):
            hx, hy = arm
        else:
            hx, hy = {
                "down": (sx + side * 14 * s, shoulder_y + 100 * s),
                "up": (sx + side * 40 * s, shoulder_y - 96 * s),
                "out": (sx + side * 100 * s, shoulder_y + 10 * s),
                "forward": (sx + side * 70 * s, shoulder_y + 60 * s),
                "wave": (sx + side * 64 * s, shoulder_y - 80 * s),
            }[arm]
        hands.append((sx, shoulder_y, hx, hy))
    for sx, sy, hx, hy in hands:
        out.append(line(sx, sy, hx, hy, body, 26 * s))
    out.append(path(f"M{_f(x - body_w / 2)} {_f(hip_y)} L{_f(x - body_w / 2)} {_f(top + 44 * s)} "
                    f"Q{_f(x - body_w / 2)} {_f(top)} {_f(x)} {_f(top)} Q{_f(x + body_w / 2)} {_f(top)} "
                    f"{_f(x + body_w / 2)} {_f(top + 44 * s)} L{_f(x + body_w / 2)} {_f(hip_y)} Z", fill=body))
    for sx, sy, hx, hy in hands:
        out.append(circle(hx, hy, 12 * s, skin))
    out.append(rect(x - 10 * s, top - 10 * s, 20 * s, 16 * s, skin, r=6 * s))
    # hair behind the head
    if hair_style == "long":
        out.append(rect(x - head_r - 6 * s, head_y - 8 * s, 2 * head_r + 12 * s, head_r * 1.6, hair, r=head_r * 0.8))
    elif hair_style == "bun":
        out.append(circle(x, head_y - head_r - 6 * s, 16 * s, hair))
    out.append(circle(x, head_y, head_r, skin))
    # hair on top
    if hair_style in ("short", "long", "bun"):
        out.append(path(f"M{_f(x - head_r)} {_f(head_y - 2 * s)} A{_f(head_r)} {_f(head_r)} 0 0 1 "
                        f"{_f(x + head_r)} {_f(head_y - 2 * s)} Q{_f(x)} {_f(head_y - head_r * 0.45)} "
                        f"{_f(x - head_r)} {_f(head_y - 2 * s)} Z", fill=hair))
    elif hair_style == "curly":
        for i in range(7):
            a = math.pi + i * math.pi / 6
            out.append(circle(x + math.cos(a) * head_r * 0.92, head_y + math.sin(a) * head_r * 0.92,
                              13 * s, hair))
    elif hair_style == "cap":
        out.append(path(f"M{_f(x - head_r)} {_f(head_y - 4 * s)} A{_f(head_r)} {_f(head_r)} 0 0 1 "
                        f"{_f(x + head_r)} {_f(head_y - 4 * s)} Z", fill=hair))
        out.append(rect(x, head_y - 10 * s, head_r + 22 * s, 10 * s, hair, r=5 * s))
    elif hair_style == "grey":
        out.append(path(f"M{_f(x - head_r)} {_f(head_y + 6 * s)} A{_f(head_r)} {_f(head_r)} 0 0 1 "
                        f"{_f(x + head_r)} {_f(head_y + 6 * s)} Q{_f(x)} {_f(head_y - head_r * 0.3)} "
                        f"{_f(x - head_r)} {_f(head_y + 6 * s)} Z", fill=SAND))
    eye_dx, eye_y = 12 * s, head_y + 2 * s
    out.append(circle(x - eye_dx, eye_y, 4 * s, INK))
    out.append(circle(x + eye_dx, eye_y, 4 * s, INK))
    out.append(circle(x - 22 * s, head_y + 14 * s, 6 * s, TERRA if skin != TERRA else ROSE, 0.5))
    out.append(circle(x + 22 * s, head_y + 14 * s, 6 * s, TERRA if skin != TERRA else ROSE, 0.5))
    if smile:
        out.append(path(f"M{_f(x - 11 * s)} {_f(head_y + 16 * s)} Q{_f(x)} {_f(head_y + 27 * s)} "
                        f"{_f(x + 11 * s)} {_f(head_y + 16 * s)}", stroke=INK, width=3.5 * s))
    return out


def chair(x, floor_y, color=TEAL):
    return [rect(x - 50, floor_y - 110, 100, 18, color, r=8), rect(x - 44, floor_y - 92, 12, 92, color, r=4),
            rect(x + 32, floor_y - 92, 12, 92, color, r=4)]


def cane(x, y):
    return [line(x, y, x, y + 150, INK, 7), path(f"M{_f(x)} {_f(y)} q0 -22 20 -22", stroke=INK, width=7)]


def car(x, ground_y, color=TERRA):
    return [rect(x, ground_y - 80, 220, 56, color, r=20), path(f"M{_f(x + 40)} {_f(ground_y - 78)} "
            f"L{_f(x + 70)} {_f(ground_y - 126)} L{_f(x + 160)} {_f(ground_y - 126)} L{_f(x + 190)} "
            f"{_f(ground_y - 78)} Z", fill=color),
            rect(x + 80, ground_y - 116, 36, 34, CREAM, r=4), rect(x + 124, ground_y - 116, 36, 34, CREAM, r=4),
            circle(x + 50, ground_y - 22, 24, INK), circle(x + 170, ground_y - 22, 24, INK),
            circle(x + 50, ground_y - 22, 9, SAND), circle(x + 170, ground_y - 22, 9, SAND)]


# ---------------------------------------------------------------- scenes

def scene_assistant_service_social():
    g = room(floor_y=480)
    g += window(600, 60, 200, 140) + plant(880, 480, s=1.1) + plant(70, 480, pot=TEAL, s=0.9)
    g += [rect(130, 90, 110, 140, SAND, r=6), rect(145, 108, 80, 10, TERRA, r=4),
          rect(145, 128, 60, 10, TEAL, r=4), rect(145, 148, 70, 10, TEAL, r=4), rect(145, 190, 40, 24, SUN, r=4)]
    g += chair(270, 480, TEAL) + chair(690, 480, TERRA)
    g += person(270, 400, 1.0, body=TEAL, skin=ROSE, hair=INK, hair_style="long", sitting=True,
                arms=((330, 352), (360, 356)))
    g += person(690, 400, 1.0, body=TERRA, skin=SAND, hair=TEAL, hair_style="curly", sitting=True,
                arms=((620, 352), (595, 358)))
    g += desk(200, 360, w=560) + computer(385, 360) + papers(235, 360) + mug(555, 360)
    g += bubble(360, 70, 120, 70, fill=SAGE, tail="left", dots=CREAM)
    g += bubble(520, 110, 130, 76, fill=SUN, tail="right", dots=CREAM)
    g += heart(440, 190, 0.6, ROSE)
    return g


def scene_educateur_specialise():
    g = backdrop(500) + sun(820, 110) + cloud(230, 110) + tree(110, 500, 220)
    g += [ellipse(480, 520, 260, 30, SAGE, 0.6)]
    g += person(300, 520, 0.9, body=SUN, skin=TERRA, hair=INK, hair_style="curly", child=True, arms=("up", "wave"))
    g += person(470, 520, 1.0, body=TEAL, skin=ROSE, hair=TERRA, hair_style="bun", arms=("forward", "wave"))
    g += person(640, 520, 0.9, body=ROSE, skin=SAND, hair=TEAL, hair_style="cap", child=True, arms=("out", "down"))
    g += [circle(560, 380, 30, TERRA), path("M532 372 Q560 392 588 372", stroke=CREAM, width=5)]
    g += person(800, 520, 0.85, body=SAGE, skin=ROSE, hair=INK, hair_style="short", child=True, arms=("wave", "down"))
    return g


def scene_educateur_jeunes_enfants():
    g = room(wall=CREAM, floor=SAND, floor_y=470)
    g += child_drawing(90, 80) + child_drawing(330, 110, 140, 110, frame=SAGE)
    g += window(700, 70, 170, 140)
    g += [ellipse(480, 560, 300, 50, ROSE)]
    g += person(250, 560, 1.0, body=TERRA, skin=ROSE, hair=INK, hair_style="long", sitting=True,
                arms=((320, 470), (190, 440)))
    g += blocks(380, 580)
    g += person(560, 580, 1.0, body=SUN, skin=SAND, hair=TERRA, hair_style="curly", child=True, arms=("up", "up"))
    g += person(720, 580, 1.0, body=TEAL, skin=TERRA, hair=INK, hair_style="short", child=True, arms=("forward", "down"))
    g += [circle(820, 560, 26, SAGE), circle(820, 560, 12, SUN)]
    return g


def scene_moniteur_educateur():
    g = room(wall=SAND, floor=CREAM, floor_y=500)
    g += window(380, 60, 200, 130) + plant(90, 500, s=1.1)
    g += [rect(150, 360, 660, 24, TEAL, r=8), rect(180, 384, 18, 116, TERRA, r=4), rect(762, 384, 18, 116, TERRA, r=4)]
    g += person(270, 420, 1.0, body=SAGE, skin=ROSE, hair=TERRA, hair_style="short", sitting=True,
                arms=((330, 352), (215, 352)))
    g += person(690, 420, 1.0, body=TERRA, skin=SAND, hair=INK, hair_style="bun", sitting=True,
                arms=((630, 352), "wave"))
    g += pot(480, 360)
    for cx in (270, 690):
        g += [rect(cx - 60, 420, 120, 16, TERRA, r=6), rect(cx - 50, 436, 12, 64, TERRA, r=4),
              rect(cx + 38, 436, 12, 64, TERRA, r=4)]
    g += [ellipse(480, 570, 330, 40, SAND)]
    g += [circle(370, 348, 16, SUN), circle(590, 348, 16, SUN), ellipse(370, 350, 38, 10, CREAM), ellipse(590, 350, 38, 10, CREAM)]
    g += heart(820, 150, 0.8, TERRA) + heart(150, 190, 0.5, ROSE)
    return g


def scene_accompagnant_educatif_social():
    g = backdrop(480) + sun(140, 120) + cloud(700, 100, 1.2) + tree(820, 480, 240) + bench(520, 560, 240)
    g += [rect(0, 540, W, 100, SAGE, opacity=0.5)]
    for fx in (80, 130, 180, 720):
        g += [line(fx, 560, fx, 520, TEAL, 4), circle(fx, 514, 10, ROSE), circle(fx, 514, 4, SUN)]
    g += person(300, 580, 1.0, body=ROSE, skin=SAND, hair=INK, hair_style="grey", arms=((370, 450), (240, 470)))
    g += cane(238, 470)
    g += person(420, 580, 1.0, body=TEAL, skin=TERRA, hair=INK, hair_style="curly", arms=((350, 450), "wave"))
    return g


def scene_conseiller_economie_sociale_familiale():
    g = room(wall=CREAM, floor=SAND, floor_y=480)
    g += house(650, 300, 180, 130, wall=SAGE, roof=TERRA, door=SUN, chimney=False)
    g += desk(120, 360, w=560) + basket(280, 360) + coins(470, 350, 5) + coins(540, 350, 3)
    g += [rect(380, 250, 120, 90, SAND, r=8), rect(395, 262, 90, 20, TEAL, r=4)]
    for i in range(3):
        for j in range(3):
            g.append(rect(395 + j * 32, 292 + i * 16, 24, 10, TERRA if (i + j) % 2 else SUN, r=3))
    g += person(820, 480, 1.0, body=TEAL, skin=ROSE, hair=SUN, hair_style="long", arms=("down", "wave"))
    g += person(100, 480, 0.9, body=TERRA, skin=SAND, hair=INK, hair_style="short", arms=("down", (140, 330)))
    g += bubble(180, 110, 140, 80, fill=SAGE, tail="left", dots=CREAM)
    return g


def scene_technicien_intervention_sociale_familiale():
    g = backdrop(520, ground=SAND) + sun(840, 100) + cloud(480, 90)
    g += house(110, 520, 360, 260, wall=ROSE, roof=TEAL, door=SUN)
    g += person(620, 560, 1.0, body=TERRA, skin=SAND, hair=INK, hair_style="bun", arms=("wave", (700, 470)))
    g += [rect(690, 440, 60, 70, TEAL, r=10),
          path("M700 444 q20 -34 40 0", stroke=TEAL, width=7)]
    g += person(790, 580, 1.0, body=SUN, skin=ROSE, hair=TERRA, hair_style="curly", child=True, arms=("up", "down"))
    g += heart(560, 260, 0.8, TERRA) + heart(620, 220, 0.55, ROSE)
    return g


def scene_assistant_familial():
    g = backdrop(520) + sun(120, 110) + tree(860, 520, 200)
    g += house(330, 520, 300, 220, wall=TERRA, roof=TEAL, door=SUN, windows=CREAM)
    g += heart(480, 170, 1.0, ROSE)
    g += person(200, 600, 0.95, body=TEAL, skin=ROSE, hair=INK, hair_style="short", arms=("down", (250, 500)))
    g += person(285, 600, 1.0, body=SUN, skin=TERRA, hair=INK, hair_style="curly", child=True,
                arms=((250, 510), (320, 510)))
    g += person(370, 600, 0.95, body=SAGE, skin=SAND, hair=TERRA, hair_style="long", arms=((320, 505), "wave"))
    g += person(700, 600, 0.9, body=ROSE, skin=SAND, hair=TEAL, hair_style="cap", child=True, arms=("wave", "down"))
    return g


def scene_mediateur_social():
    g = backdrop(520, hills=False) + cloud(480, 80, 1.1)
    g += building(40, 520, 220, 360, wall=TEAL) + building(700, 520, 220, 320, wall=TERRA, windows=CREAM, flag=SAGE)
    g += person(390, 580, 1.0, body=SUN, skin=ROSE, hair=INK, hair_style="short", arms=("down", (470, 430)))
    g += person(560, 580, 1.0, body=SAGE, skin=TERRA, hair=INK, hair_style="long", arms=((490, 430), "down"))
    g += [circle(480, 430, 18, ROSE)]
    g += bubble(360, 180, 120, 76, fill=SUN, tail="right", dots=CREAM)
    g += bubble(600, 200, 120, 76, fill=ROSE, tail="left", dots=CREAM)
    g += heart(480, 130, 0.7, TERRA)
    return g


def scene_encadrant_unite_intervention_sociale():
    g = room(wall=CREAM, floor=SAND, floor_y=480)
    g += whiteboard(330, 50)
    g += person(180, 480, 1.0, body=TERRA, skin=SAND, hair=INK, hair_style="bun", arms=((260, 190), "down"))
    g += [ellipse(540, 420, 330, 50, TEAL)]
    g += person(360, 420, 0.85, body=SUN, skin=ROSE, hair=TERRA, hair_style="curly", sitting=True, arms=("forward", "forward"))
    g += person(540, 410, 0.85, body=SAGE, skin=TERRA, hair=INK, hair_style="short", sitting=True, arms=("forward", "wave"))
    g += person(720, 420, 0.85, body=ROSE, skin=SAND, hair=TEAL, hair_style="long", sitting=True, arms=("forward", "forward"))
    g += [ellipse(540, 440, 330, 46, TEAL), ellipse(540, 436, 310, 36, SAGE, 0.4)]
    g += papers(380, 440) + mug(690, 446, TERRA) + papers(520, 444, SUN)
    g += plant(880, 480)
    return g


def scene_educateur_technique_specialise():
    g = room(wall=SAND, floor=CREAM, floor_y=500)
    g += window(90, 60, 160, 120)
    for i, col in enumerate((TERRA, TEAL, SUN, SAGE)):
        g.append(rect(560 + i * 80, 80, 14, 100, col, r=6))
    g.append(rect(540, 70, 340, 12, INK, r=4))
    g += workbench(220, 360, 480) + plank(300, 360, 240) + saw(580, 330)
    g += hammer(270, 350)
    g += person(170, 500, 1.0, body=TEAL, skin=ROSE, hair=INK, hair_style="cap", arms=((300, 330), "down"))
    g += person(780, 500, 1.0, body=TERRA, skin=SAND, hair=INK, hair_style="curly", arms=((690, 330), "wave"))
    return g


def scene_conseiller_insertion_professionnelle():
    g = backdrop(560, hills=False) + sun(120, 110) + cloud(520, 90)
    g += path_steps(180, 560, n=5)
    g += building(730, 340, 190, 230, wall=TEAL, windows=SAND, flag=SUN)
    g += signpost(110, 560)
    g += person(560, 376, 0.9, body=ROSE, skin=TERRA, hair=INK, hair_style="long", arms=("wave", (610, 320)))
    g += person(360, 468, 0.9, body=SUN, skin=ROSE, hair=TEAL, hair_style="short", arms=("down", (410, 360)))
    g += [rect(395, 346, 44, 34, TERRA, r=6), path("M405 346 q12 -16 24 0", stroke=TERRA, width=5)]
    return g


def scene_animateur_socioculturel():
    g = backdrop(500) + garland(60) + sun(860, 120, 36)
    g += [polygon([(80, 500), (230, 250), (380, 500)], TERRA), polygon([(180, 500), (230, 330), (280, 500)], CREAM),
          line(230, 250, 230, 215, INK, 5), polygon([(230, 215), (270, 227), (230, 240)], SUN)]
    g += person(480, 560, 1.0, body=TEAL, skin=ROSE, hair=SUN, hair_style="long", arms=("up", "wave"))
    g += person(620, 560, 0.9, body=SUN, skin=TERRA, hair=INK, hair_style="curly", child=True, arms=("up", "up"))
    g += person(770, 560, 1.0, body=ROSE, skin=SAND, hair=INK, hair_style="grey", arms=("out", "wave"))
    g += note(400, 260, TEAL) + note(700, 230, TERRA) + note(560, 180, SAGE)
    return g


def scene_intervenant_protection_jeunesse():
    g = backdrop(520, ground=CREAM, sky=SAND, hills=False) + [rect(0, 520, W, 120, CREAM)]
    g += [ellipse(200, 540, 300, 70, SAGE, 0.5), ellipse(780, 540, 300, 80, SAGE, 0.5)]
    g += tree(110, 520, 220, crown=TEAL) + tree(870, 520, 180, crown=TEAL) + snow(0, 20, W, 420, 30)
    g += umbrella(480, 60, 220, fill=TERRA, stripe=SUN)
    g += person(410, 600, 1.0, body=TEAL, skin=TERRA, hair=INK, hair_style="bun", arms=("down", (468, 404)))
    g += person(530, 600, 1.0, body=SUN, skin=ROSE, hair=TERRA, hair_style="cap", child=True, arms=((480, 484), "wave"))
    g += heart(640, 330, 0.6, ROSE) + heart(700, 290, 0.4, TERRA)
    return g


def scene_ingenieur_social():
    g = room(wall=CREAM, floor=SAND, floor_y=500)
    g += [rect(330, 50, 400, 290, TEAL, r=16)] + map_card(350, 70)
    g += magnifier(640, 240, 50)
    g += whiteboard(60, 120, 220, 150)
    g += person(180, 560, 1.0, body=SUN, skin=TERRA, hair=INK, hair_style="short", arms=("down", (250, 300)))
    g += person(820, 560, 1.0, body=ROSE, skin=SAND, hair=TEAL, hair_style="long", arms=((720, 330), "down"))
    g += desk(380, 430, 300, color=TERRA, leg=TEAL) + papers(420, 430) + coins(600, 424, 2, SAGE)
    return g


SCENES = {
    "assistant-service-social": scene_assistant_service_social,
    "educateur-specialise": scene_educateur_specialise,
    "educateur-jeunes-enfants": scene_educateur_jeunes_enfants,
    "moniteur-educateur": scene_moniteur_educateur,
    "accompagnant-educatif-social": scene_accompagnant_educatif_social,
    "conseiller-economie-sociale-familiale": scene_conseiller_economie_sociale_familiale,
    "technicien-intervention-sociale-familiale": scene_technicien_intervention_sociale_familiale,
    "assistant-familial": scene_assistant_familial,
    "mediateur-social": scene_mediateur_social,
    "encadrant-unite-intervention-sociale": scene_encadrant_unite_intervention_sociale,
    "educateur-technique-specialise": scene_educateur_technique_specialise,
    "conseiller-insertion-professionnelle": scene_conseiller_insertion_professionnelle,
    "animateur-socioculturel": scene_animateur_socioculturel,
    "intervenant-protection-jeunesse": scene_intervenant_protection_jeunesse,
    "ingenieur-social": scene_ingenieur_social,
}


def svg(parts):
    body = "\n  ".join(parts)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">\n'
            f"  {body}\n</svg>\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    for name, scene in SCENES.items():
        _clip_ids[0] = 0
        with open(os.path.join(here, name + ".svg"), "w", encoding="utf-8") as f:
            f.write(svg(scene()))
    print(f"{len(SCENES)} SVG files written to {here}")


if __name__ == "__main__":
    main()
