/**
 * A turn's text cut where machine suggestions begin and end, so each suggested passage can be wrapped in a mark
 * while the rendered text stays exactly the transcript's (selections map back to offsets through it).
 */

/** A suggestion inside one turn, in code units of the turn's text. */
export interface MarkSpan {
  id: string;
  from: number;
  to: number;
}

export interface TextPiece {
  text: string;
  /** The suggestions covering this piece (several when they overlap); empty for plain text. */
  marks: string[];
}

export function textPieces(text: string, marks: readonly MarkSpan[]): TextPiece[] {
  const inside = marks
    .map((m) => ({ id: m.id, from: Math.max(0, m.from), to: Math.min(text.length, m.to) }))
    .filter((m) => m.to > m.from);
  if (inside.length === 0) return [{ text, marks: [] }];
  const cuts = new Set<number>([0, text.length]);
  for (const m of inside) {
    cuts.add(m.from);
    cuts.add(m.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TextPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    const covering = inside.filter((m) => m.from <= from && m.to >= to).map((m) => m.id);
    const last = pieces.at(-1);
    // Neighbours covered by the same suggestions merge, so a mark is one element.
    if (last && last.marks.join() === covering.join()) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), marks: covering });
  }
  return pieces;
}

/**
 * Transcripts often keep the speaker in the turn's text ("I: Hvordan …"): the length of that label and the spaces
 * after it, or 0 when the text does not begin with its own speaker's label.
 */
export function ownLabelLength(text: string, speaker: string | null): number {
  if (!speaker || !text.startsWith(`${speaker}:`)) return 0;
  const after = speaker.length + 1;
  return after + (/^[ \t]*/.exec(text.slice(after))?.[0].length ?? 0);
}
