/**
 * What every part of the workspace reads and rarely changes: the transcript's offsets, the codebook and coders by
 * id, the stores of fast-changing state, and the actions on codings. Kept stable (one object per transcript and
 * codebook), so reading it never renders the 400 turns again.
 */
import { createContext, useContext } from 'react';
import type { Span } from '../../coding.model.js';
import type { OffsetMap } from '../../text-offsets.model.js';
import type { Store } from './store.js';
import type { Code, Coding, Segment } from './workspace.api.js';

/** The bar under the pointer or with focus, and where it is on screen (for the tooltip). */
export interface ActiveBar {
  codingId: string;
  top: number;
  left: number;
}

/** The passage the next code goes to: selected text, or a whole turn reached by keyboard (`turn`: its index). */
export interface PassageSelection extends Span {
  turn: number | null;
}

export const samePassage = (a: PassageSelection | null, b: PassageSelection | null) =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end && a.turn === b.turn);

export interface Announcement {
  text: string;
  /** Bumped so the same text is announced again. */
  serial: number;
}

export interface WorkspaceEnv {
  studyId: string;
  transcriptId: string;
  map: OffsetMap;
  segments: Segment[];
  /** Code unit index where each segment starts. */
  unitStarts: number[];
  codeById: ReadonlyMap<string, Code>;
  coderName: (coderId: string | null) => string;
  isMine: (coding: Coding) => boolean;
  /** The selected passage (from the mouse or a focused turn), in code points. */
  selection: Store<PassageSelection | null>;
  active: Store<ActiveBar | null>;
  announcer: Store<Announcement>;
  announce: (text: string) => void;
  /** The rendered text element of a segment (by index). */
  textOf: (index: number) => HTMLElement | null;
  /** Watches a row for coming near the viewport; calls back once. */
  observe: (element: Element, near: () => void) => () => void;
}

export const EnvContext = createContext<WorkspaceEnv | null>(null);

export function useEnv(): WorkspaceEnv {
  const env = useContext(EnvContext);
  if (!env) throw new Error('useEnv outside the coding workspace');
  return env;
}

/** A short quote of a passage for labels and lists: whitespace folded, cut at a word near `max` characters. */
export function excerpt(map: OffsetMap, span: Span, max = 80): string {
  const end = Math.min(span.end, span.start + max + 20);
  const raw = map.slice(span.start, end).replace(/\s+/g, ' ').trim();
  if (raw.length <= max && end === span.end) return raw;
  const cut = raw.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
