import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OffsetMap } from '../../text-offsets.model.js';
import { type ActiveBar, type Announcement, type PassageSelection, samePassage, type WorkspaceEnv } from './env.js';
import { createStore } from './store.js';
import { type Code, type Coder, type Coding, ME, type TranscriptDetail } from './workspace.api.js';

/** How far outside the viewport a turn's bars are already measured (so scrolling shows them placed). */
const NEAR_MARGIN = '800px 0px';

function rowObserver() {
  const callbacks = new Map<Element, () => void>();
  let observer: IntersectionObserver | null = null;
  const ensure = () => {
    if (observer || typeof IntersectionObserver === 'undefined') return observer;
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const callback = callbacks.get(entry.target);
          observer?.unobserve(entry.target);
          callbacks.delete(entry.target);
          callback?.();
        }
      },
      { rootMargin: NEAR_MARGIN },
    );
    return observer;
  };
  return {
    observe(element: Element, near: () => void) {
      const o = ensure();
      if (!o) {
        near();
        return () => {};
      }
      callbacks.set(element, near);
      o.observe(element);
      return () => {
        callbacks.delete(element);
        o.unobserve(element);
      };
    },
    disconnect() {
      observer?.disconnect();
      callbacks.clear();
    },
  };
}

/** The workspace's stable environment for one transcript, codebook and set of coders. */
export function useWorkspaceEnv(
  studyId: string,
  transcript: TranscriptDetail,
  codes: Code[],
  coders: Coder[],
  myCoderId: string | null,
): WorkspaceEnv {
  const { t } = useTranslation('codingWorkspace');
  const [stores] = useState(() => {
    const announcer = createStore<Announcement>({ text: '', serial: 0 });
    return {
      selection: createStore<PassageSelection | null>(null, samePassage),
      active: createStore<ActiveBar | null>(
        null,
        (a, b) => a === b || (!!a && !!b && a.codingId === b.codingId && a.top === b.top && a.left === b.left),
      ),
      announcer,
      announce: (text: string) => announcer.set({ text, serial: announcer.get().serial + 1 }),
      rows: rowObserver(),
    };
  });
  useEffect(() => () => stores.rows.disconnect(), [stores]);

  const base = useMemo(() => {
    const map = new OffsetMap(transcript.text);
    return { map, segments: transcript.segments, unitStarts: transcript.segments.map((s) => map.toUnit(s.start)) };
  }, [transcript]);

  return useMemo(() => {
    const codeById = new Map(codes.map((c) => [c.id, c]));
    const names = new Map(coders.map((c) => [c.id, c.name]));
    const isMine = (coding: Coding) => coding.coderId === ME || (myCoderId !== null && coding.coderId === myCoderId);
    const coderName = (coderId: string | null) => {
      if (coderId === null) return t('layers.consensus');
      if (coderId === ME || coderId === myCoderId) return t('coders.you');
      return names.get(coderId) ?? t('coders.unknown');
    };
    return {
      studyId,
      transcriptId: transcript.id,
      ...base,
      codeById,
      coderName,
      isMine,
      selection: stores.selection,
      active: stores.active,
      announcer: stores.announcer,
      announce: stores.announce,
      textOf: (index: number) => document.querySelector<HTMLElement>(`[data-cw-root] [data-seg="${index}"]`),
      observe: stores.rows.observe,
    };
  }, [studyId, transcript.id, base, codes, coders, myCoderId, stores, t]);
}
