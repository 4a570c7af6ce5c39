/** The boundaries that ship with the library (Natural Earth, simplified), decoded once per page. */
import { decodeArcs } from './arc-codec.js';
import { CHINA_SMALL, CHINA_SMALL_ARCS } from './china-small.generated.js';
import { decodeGeometry, type Geometry } from './decode.js';

let bundled: Geometry | null = null;

/** The bundled Natural Earth boundaries, decoded on first use and shared by every map on the page. */
export function bundledGeometry(): Geometry {
  return (bundled ??= decodeGeometry({ ...CHINA_SMALL, arcs: decodeArcs(CHINA_SMALL_ARCS) }));
}
