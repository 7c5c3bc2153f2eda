/**
 * Offsets into transcript text are Unicode code points, as REFI-QDA specifies, not JavaScript's UTF-16 code units:
 * an emoji before a coded passage counts once. Text is NFC before any offset is taken, so "æ" is one code point.
 * These helpers convert between the two at the edges (DOM selections and string slicing use code units).
 */

/** Number of code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * A table from code point offset to code unit offset for one text, built once per text, so repeated conversions
 * (2,000 codings on one transcript) are O(1) each. Texts without surrogate pairs need no table at all.
 */
export class OffsetMap {
  readonly length: number;
  private readonly units: Uint32Array | null;
  private readonly points: Uint32Array | null;

  constructor(readonly text: string) {
    let pairs = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        pairs = true;
        break;
      }
    }
    if (!pairs) {
      this.units = null;
      this.points = null;
      this.length = text.length;
      return;
    }
    const units = new Uint32Array(text.length + 1);
    const points = new Uint32Array(text.length + 1);
    let p = 0;
    for (let i = 0; i < text.length; i++) {
      units[p] = i;
      points[i] = p;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          points[i + 1] = p; // inside a pair: maps to the pair's code point
          i++;
        }
      }
      p++;
    }
    units[p] = text.length;
    points[text.length] = p;
    this.units = units.subarray(0, p + 1);
    this.points = points;
    this.length = p;
  }

  /** Code unit index of a code point offset (0…length). */
  toUnit(point: number): number {
    if (point < 0 || point > this.length) throw new RangeError(`offset ${point} outside 0…${this.length}`);
    return this.units ? this.units[point] : point;
  }

  /** Code point offset of a code unit index (0…text.length); an index inside a surrogate pair maps to its start. */
  toPoint(unit: number): number {
    if (unit < 0 || unit > this.text.length) throw new RangeError(`index ${unit} outside 0…${this.text.length}`);
    return this.points ? this.points[unit] : unit;
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}
