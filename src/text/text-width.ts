/**
 * Text measured without a DOM, for figures drawn where nothing can be laid out (a file written
 * by the command line, a server): widths estimated from character classes of a sans-serif
 * face, on the generous side, so that a wrapped line never runs past its column.
 */

/** Width of one character in ems. */
function charWidth(code: number): number {
  // CJK ideographs, kana, hangul, full-width forms and punctuation: a full em.
  if ((code >= 0x2e80 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || (code >= 0x3000 && code <= 0x303f)) return 1;
  if (code === 0x20 || code === 0xa0 || code === 0x202f) return 0.28;
  if (code >= 0x30 && code <= 0x39) return 0.57; // digits are tabular in most faces
  if (code >= 0x41 && code <= 0x5a) return code === 0x4d || code === 0x57 ? 0.86 : 0.68; // capitals, M and W widest
  if (code === 0x69 || code === 0x6a || code === 0x6c || code === 0x66 || code === 0x74 || code === 0x72) return 0.33; // i j l f t r
  if (code === 0x6d || code === 0x77) return 0.84; // m w
  if (code >= 0x61 && code <= 0x7a) return 0.56;
  if (code >= 0xc0 && code <= 0x24f) return 0.6; // Latin letters with marks (æ, ø, å)
  if (code === 0x2014 || code === 0x2026) return 1; // em dash, ellipsis
  if (code === 0x2013) return 0.56;
  if (code === 0x25) return 0.85; // %
  if ('.,:;\'’‘|!()[]'.includes(String.fromCharCode(code))) return 0.3;
  return 0.6;
}

/**
 * Estimated width of `text` set at `size` px, a little over what common faces measure (Noto
 * Sans CJK, Liberation Sans and DejaVu Sans, which is widest, checked with resvg): bold
 * (600 and up) by 15 %, regular by 5 %.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char.codePointAt(0)!);
  return ems * size * (bold ? 1.15 : 1.05);
}

/** Punctuation that never starts a line: it stays with the character before it. */
const CLOSING = /[，。、；：！？）」』》〉,.;:!?)%]/u;

/** Punctuation that never ends a line: it stays with the character after it. */
const OPENING = /[（「『《〈(]/u;

/** A character a line may break around with no space: CJK text. */
const breaksAnywhere = (char: string) => charWidth(char.codePointAt(0)!) === 1 && !CLOSING.test(char);

/**
 * `text` broken into lines no wider than `width` at `size` px: between words, and between
 * CJK characters (never before closing punctuation). A word longer than a line is cut.
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const tokens = text.trim().split(/(\s+)/u).flatMap((token) => (/\s/u.test(token) ? [' '] : splitCjk(token)));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (token === ' ') {
      if (line) line += ' ';
      continue;
    }
    // A separator (the ` · ` between sources) ends its line rather than start the next.
    if (!line.trim() || textWidth(line + token, size, bold) <= width || /^[·•|]$/u.test(token)) {
      line += token;
    } else {
      lines.push(line.trimEnd());
      line = token;
    }
    while (textWidth(line, size, bold) > width && [...line].length > 1) {
      // A word longer than the column: cut where it fills the line.
      const chars = [...line];
      let cut = chars.length - 1;
      while (cut > 1 && textWidth(chars.slice(0, cut).join(''), size, bold) > width) cut--;
      lines.push(chars.slice(0, cut).join(''));
      line = chars.slice(cut).join('');
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Chinese words, where the runtime can tell them (`Intl.Segmenter`); else single characters.
 * Made on first use: its dictionary costs milliseconds that a page without a file to draw never pays.
 */
function chineseWords(run: string): string[] {
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter ? [...segmenter.segment(run)].map((s) => s.segment) : [...run];
}

/** What follows a figure as part of it: 2024年, 3亿, 5人. */
const COUNTER = /^[年月日号亿万元人个次倍%]/u;

/**
 * A space-free run split where a line may break: between Chinese words (never inside a place
 * name such as 广西), with punctuation kept with what it opens or closes and a counter with its
 * figure (2024年).
 */
function splitCjk(run: string): string[] {
  const pieces = chineseWords(run);
  const parts: string[] = [];
  for (const piece of pieces) {
    const last = parts.at(-1);
    const before = last === undefined ? '' : [...last].at(-1)!;
    const latin = (c: string) => !breaksAnywhere(c) && !(CLOSING.test(c) && charWidth(c.codePointAt(0)!) === 1);
    const joins =
      last !== undefined && (CLOSING.test(piece[0]!) || OPENING.test(before) || (/\d/.test(before) && COUNTER.test(piece)) || (latin(piece[0]!) && latin(before)));
    if (joins) parts[parts.length - 1] += piece;
    else parts.push(piece);
  }
  return parts;
}
