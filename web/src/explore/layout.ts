/**
 * Where new nodes go. Every node is drawn as a shape with its label below it; the layout
 * treats that as one rectangle and never lets two rectangles overlap, so labels stay
 * readable at any zoom. New nodes go on elliptical rings around the node they belong to,
 * skipping any spot that would touch a node already on screen.
 */

export interface Point {
  x: number;
  y: number;
}

/** A node's footprint: `w` × `h`, whose centre is `dy` below the node's own centre. */
export interface Footprint {
  w: number;
  h: number;
  dy: number;
}

export interface Placed extends Footprint, Point {}

export interface PlaceOptions {
  /** Clear space kept between footprints. */
  gap?: number;
  /** Give up on rings after this many and stack the rest in rows further out. */
  maxRings?: number;
}

export function overlaps(a: Placed, b: Placed, gap = 0): boolean {
  return Math.abs(a.x - b.x) * 2 < a.w + b.w + 2 * gap && Math.abs(a.y + a.dy - (b.y + b.dy)) * 2 < a.h + b.h + 2 * gap;
}

/** Candidate spots on one elliptical ring, top first, going clockwise, about `step` apart. */
function ringSpots(center: Point, ry: number, aspect: number, step: number): Point[] {
  const rx = ry * aspect;
  // Ramanujan's approximation of the ellipse's circumference.
  const h = (rx - ry) ** 2 / (rx + ry) ** 2;
  const circumference = Math.PI * (rx + ry) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
  const count = Math.max(8, Math.ceil(circumference / step));
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
    return { x: center.x + rx * Math.cos(angle), y: center.y + ry * Math.sin(angle) };
  });
}

/**
 * Positions for `items` (in the order given, so a caller that groups them by kind gets
 * the kinds side by side) around `center`, clear of `obstacles` and of each other.
 */
export function placeAround(
  center: Point,
  items: (Footprint & { id: string })[],
  obstacles: Placed[],
  options: PlaceOptions = {},
): Map<string, Point> {
  const gap = options.gap ?? 8;
  const maxRings = options.maxRings ?? 60;
  const result = new Map<string, Point>();
  if (!items.length) return result;

  // One slot size for all: the largest footprint, so any slot fits any item.
  const slot: Footprint = {
    w: Math.max(...items.map((i) => i.w)),
    h: Math.max(...items.map((i) => i.h)),
    dy: Math.max(...items.map((i) => i.dy)),
  };
  const ringStep = slot.h + gap;
  // Footprints are wide and low: stretch the rings sideways so rings are as far apart at the sides as at the top.
  const aspect = Math.min(2.2, Math.max(1, (slot.w + gap) / (slot.h + gap)));
  const taken: Placed[] = [...obstacles];
  let next = 0;

  for (let ring = 1; ring <= maxRings && next < items.length; ring++) {
    const free: Point[] = [];
    for (const spot of ringSpots(center, ringStep * ring, aspect, 4)) {
      const box = { ...slot, ...spot };
      if (taken.some((t) => overlaps(t, box, gap)) || free.some((f) => overlaps({ ...slot, ...f }, box, gap))) continue;
      free.push(spot);
    }
    if (!free.length) continue;
    const remaining = items.length - next;
    // On the last ring spread the few that are left evenly instead of bunching them at the top.
    const chosen =
      free.length > remaining
        ? Array.from({ length: remaining }, (_, i) => free[Math.floor((i * free.length) / remaining)])
        : free;
    for (const spot of chosen) {
      const item = items[next++];
      result.set(item.id, spot);
      taken.push({ ...slot, ...spot });
    }
  }

  // Never expected in practice (rings grow without bound); rows below everything keep the promise anyway.
  if (next < items.length) {
    const bottom = Math.max(...taken.map((t) => t.y + t.dy + t.h / 2)) + gap + slot.h / 2;
    const perRow = 8;
    for (let i = 0; next < items.length; i++) {
      const item = items[next++];
      result.set(item.id, {
        x: center.x + ((i % perRow) - (perRow - 1) / 2) * (slot.w + gap),
        y: bottom + Math.floor(i / perRow) * (slot.h + gap),
      });
    }
  }
  return result;
}

/** A path laid out left to right on a gentle zigzag, for a view that was empty. */
export function placeInRow(items: (Footprint & { id: string })[], start: Point = { x: 0, y: 0 }, gap = 24) {
  const result = new Map<string, Point>();
  let x = start.x;
  items.forEach((item, i) => {
    if (i > 0) x += (items[i - 1].w + item.w) / 2 + gap;
    result.set(item.id, { x, y: start.y + (i % 2 ? 28 : 0) });
  });
  return result;
}
