/**
 * Arrow-key movement between regions by geography: from a region, the one that lies in the
 * pressed direction, preferring regions that share a border with it. DOM-free.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Readonly<Record<Direction, readonly [number, number]>> = {
  up: [0, -1],
  down: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/** Arrow keys by `KeyboardEvent.key`. */
export const ARROW_KEYS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The region in `direction` from `from`, or `null` when none lies that way.
 *
 * Candidates are regions whose point lies within about 63° of the direction (screen
 * coordinates, y down). Each is scored by its distance along the direction plus twice its
 * distance across it, and a neighbour's score is halved, so a bordering region wins over a
 * slightly better aligned one further away.
 *
 * @param points a point per region (label points in drawing units).
 * @param neighbours regions sharing a border.
 */
export function regionInDirection(
  from: string,
  direction: Direction,
  points: ReadonlyMap<string, readonly [number, number]>,
  neighbours: ReadonlyMap<string, readonly string[]>,
): string | null {
  const origin = points.get(from);
  if (!origin) return null;
  const [dx, dy] = VECTORS[direction];
  const bordering = new Set(neighbours.get(from) ?? []);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const [id, [x, y]] of points) {
    if (id === from) continue;
    const vx = x - origin[0];
    const vy = y - origin[1];
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > 2 * along) continue;
    const score = (along + 2 * across) * (bordering.has(id) ? 0.5 : 1);
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
