import { useEffect } from 'react';
import type { WorkspaceEnv } from './env.js';
import { setHighlight } from './highlights.js';
import { rangeToSpan, spanToRange } from './selectionOffsets.js';

/**
 * Keeps `env.selection` in step with the text the user selects in the transcript (read once per frame while a drag
 * goes on), and keeps the passage the next code goes to lit while focus is elsewhere (the palette). A click on a
 * palette button leaves the selection alone; a click in the text, or a selection removed, ends it.
 */
export function useSelectionTracking(env: WorkspaceEnv) {
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const root = document.querySelector('[data-cw-root]');
      const selection = document.getSelection();
      if (!root || !selection) return;
      if (selection.rangeCount === 0) {
        if (env.selection.get()?.turn === null) env.selection.set(null);
        return;
      }
      const range = selection.getRangeAt(0);
      const touches = root.contains(range.startContainer) || root.contains(range.endContainer);
      if (selection.isCollapsed) {
        // A click in the text ends the selection; a click on a palette button must not.
        if (touches && env.selection.get()?.turn === null) env.selection.set(null);
        return;
      }
      if (!touches) return;
      const span = rangeToSpan(range, root, env.map);
      env.selection.set(span ? { ...span, turn: null } : null);
    };
    const onChange = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [env]);

  // The passage the next code goes to stays lit while focus is in the palette.
  useEffect(
    () =>
      env.selection.subscribe(() => {
        const span = env.selection.get();
        setHighlight('cw-pending', span ? spanToRange(document, env.map, env.segments, span, env.textOf) : null);
      }),
    [env],
  );
  useEffect(
    () => () => {
      setHighlight('cw-pending', null);
      setHighlight('cw-focus', null);
    },
    [],
  );
}
