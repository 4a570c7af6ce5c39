/**
 * Arrow-key movement between regions by geography: from a region, the one that lies in the
 * pressed direction from its label point, preferring regions that share a border with it; and
 * the opposite arrow goes back the way the reader came. DOM-free.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

export const OPPOSITE: Readonly<Record<Direction, Direction>> = { up: 'down', down: 'up', left: 'right', right: 'left' };

/** Arrow keys by `KeyboardEvent.key`. */
export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

type Points = ReadonlyMap<string, readonly [number, number]>;
type Neighbours = ReadonlyMap<string, readonly string[]>;

/**
 * The region in `direction` from `from`, or `null` when none lies that way.
 *
 * Candidates are the regions whose point lies within 45° of the direction (screen
 * coordinates, y down), so that the arrow names the compass direction nearest to where the
 * region lies; only when none does, those within about 63°. Each is scored by its distance
 * along the direction plus three times its distance across it, and a neighbour's score is
 * halved, so a bordering region wins over a slightly better aligned one further away.
 *
 * @param points a point per region (label points in drawing units).
 * @param neighbours regions sharing a border.
 */
export function regionInDirection(from: string, direction: Direction, points: Points, neighbours: Neighbours): string | null {
  return closest(from, direction, points, neighbours, 1.2) ?? closest(from, direction, points, neighbours, 2);
}

function closest(from: string, direction: Direction, points: Points, neighbours: Neighbours, cone: number): string | null {
  const origin = points.get(from);
  if (!origin) return null;
  const [dx, dy] = VECTORS[direction];
  const bordering = new Set(neighbours.get(from) ?? []);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, [x, y]] of points) {
    const vx = x - origin[0];
    const vy = y - origin[1];
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > cone * along) continue;
    const score = (along + 3 * across) * (bordering.has(id) ? 0.5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** An arrow-key move, remembered so that the opposite arrow retraces it. */
export interface Move {
  readonly from: string;
  readonly direction: Direction;
  readonly to: string;
}

/**
 * The region an arrow key leads to from `from`, and the trail of moves after it. Going back
 * the way the reader came (the opposite arrow of the last move) retraces that move, however
 * the regions lie; any other key moves by {@link regionInDirection}. A trail that does not
 * end at `from` (the reader clicked or tabbed elsewhere) is forgotten.
 */
export function arrowMove(
  from: string,
  direction: Direction,
  points: Points,
  neighbours: Neighbours,
  trail: readonly Move[],
): { to: string | null; trail: readonly Move[] } {
  const last = trail.at(-1);
  if (last?.to !== from) trail = [];
  else if (last.direction === OPPOSITE[direction]) return { to: last.from, trail: trail.slice(0, -1) };
  const to = regionInDirection(from, direction, points, neighbours);
  return { to, trail: to ? [...trail.slice(-99), { from, direction, to }] : trail };
}
