import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../../studies/web/Tabs.js';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { BarTooltip, LiveRegion } from './BarTooltip.js';
import { CodePalette } from './CodePalette.js';
import { ComparisonPanel } from './ComparisonPanel.js';
import { digitsByCode, isEditable, keyAction, shortcutMap, treeOrder } from './codePalette.js';
import type { Step } from './codingController.js';
import { EnvContext, type PassageSelection } from './env.js';
import { MemoPanel } from './MemoPanel.js';
import { type LaneGroup, type MarginLayout, marginLanes, reuseUnchanged } from './marginLanes.js';
import { SuggestionsPanel } from './SuggestionsPanel.js';
import { segmentAt } from './selectionOffsets.js';
import { Toolbar, useDescribeStep } from './Toolbar.js';
import { TranscriptView } from './TranscriptView.js';
import type { MarkSpan } from './textPieces.js';
import { useCodingController } from './useCodingController.js';
import { useSelectionTracking } from './useSelectionTracking.js';
import { useWorkspaceEnv } from './useWorkspaceEnv.js';
import {
  type Code,
  type Coder,
  type Coding,
  type Layer,
  ME,
  type TranscriptDetail,
  useCodings,
  useConsensus,
  useSuggestions,
  workspaceKeys,
} from './workspace.api.js';

type PanelId = 'memos' | 'suggestions' | 'comparison';
const PANELS: PanelId[] = ['memos', 'suggestions', 'comparison'];
const NO_CODINGS: Coding[] = [];

const sameGroups = (a: LaneGroup[], b: LaneGroup[]) =>
  a.length === b.length &&
  a.every((g, i) => g.key === b[i].key && g.firstLane === b[i].firstLane && g.lanes === b[i].lanes);

/** A list of names the way the language writes it: "A, B og C". */
function listOf(names: string[], language: string): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'da-DK', { type: 'conjunction' }).format(names);
}

/**
 * The coding workspace for one transcript: the code palette, the transcript with its margin of coding bars, and
 * panels for memos, suggestions and the coders' comparison. Codings are applied optimistically (drawn in the same
 * frame) and can be undone; the transcript's text is rendered once and never again for a coding.
 */
export function Workspace({
  studyId,
  transcript,
  codes,
  coders,
  focusAt,
  compare = false,
}: {
  studyId: string;
  transcript: TranscriptDetail;
  codes: Code[];
  coders: Coder[];
  focusAt?: number;
  compare?: boolean;
}) {
  const { t, i18n } = useTranslation('codingWorkspace');
  const client = useQueryClient();
  const [learnedCoder, setLearnedCoder] = useState<string | null>(null);
  const myCoderId = coders.find((c) => c.me)?.id ?? learnedCoder;
  const env = useWorkspaceEnv(studyId, transcript, codes, coders, myCoderId);
  const [errors, setErrors] = useState<{ id: number; step: Step; error: unknown }[]>([]);
  const errorSerial = useRef(0);

  const onError = useCallback(
    (step: Step, error: unknown) => {
      setErrors((list) => [...list.slice(-2), { id: ++errorSerial.current, step, error }]);
      if (step === 'accept')
        void client.invalidateQueries({ queryKey: workspaceKeys.suggestions(studyId, transcript.id) });
    },
    [client, studyId, transcript.id],
  );
  const controller = useCodingController(env, {
    onError,
    learnCoder: (coderId) => {
      if (!myCoderId) {
        setLearnedCoder(coderId);
        void client.invalidateQueries({ queryKey: workspaceKeys.coders(studyId) });
      }
    },
  });

  const [layer, setLayer] = useState<Layer>('me');
  const codingsQuery = useCodings(studyId, transcript.id);
  const consensus = useConsensus(studyId, transcript.id, layer === 'consensus');
  const suggestions = useSuggestions(studyId, transcript.id);
  const all = codingsQuery.data ?? NO_CODINGS;

  const visible = useMemo(() => {
    if (layer === 'consensus') return consensus.data ?? NO_CODINGS;
    if (layer === 'me') return all.filter(env.isMine);
    return all.filter((c) => c.coderId !== null);
  }, [layer, all, consensus.data, env]);

  // The margin: lanes per coder in the "all" layer (me first), reusing unchanged turns' arrays.
  const previous = useRef<MarginLayout<Coding> | null>(null);
  const layout = useMemo(() => {
    const own = myCoderId ?? ME;
    const options =
      layer === 'all'
        ? {
            groupOf: (c: Coding) => (c.coderId === ME ? own : (c.coderId ?? '')),
            groups: [own, ...coders.filter((c) => c.id !== own).map((c) => c.id)].filter((key) =>
              all.some((c) => (c.coderId === ME ? own : c.coderId) === key),
            ),
          }
        : {};
    const next = reuseUnchanged(previous.current, marginLanes(visible, env.segments, options));
    const groups =
      previous.current && sameGroups(previous.current.groups, next.groups) ? previous.current.groups : next.groups;
    return { ...next, groups };
  }, [visible, env.segments, layer, myCoderId, coders, all]);
  previous.current = layout;

  const barOrder = useMemo(
    () =>
      [...visible]
        .sort((a, b) => a.start - b.start || (layout.lane.get(a.id) ?? 0) - (layout.lane.get(b.id) ?? 0))
        .map((c) => c.id),
    [visible, layout],
  );

  // Suggestions as marks in the text, per turn, in the turn's code units.
  const marks = useMemo(() => {
    const bySegment = new Map<number, MarkSpan[]>();
    for (const s of suggestions.data ?? []) {
      const i = segmentAt(env.segments, s.start);
      if (i >= env.segments.length) continue;
      const base = env.unitStarts[i];
      const end = Math.min(s.end, env.segments[i].end);
      const list = bySegment.get(i) ?? [];
      list.push({ id: s.id, from: env.map.toUnit(s.start) - base, to: env.map.toUnit(end) - base });
      bySegment.set(i, list);
    }
    return bySegment;
  }, [suggestions.data, env]);

  // Palette rows and shortcuts.
  const rows = useMemo(() => treeOrder(codes), [codes]);
  const shortcuts = useMemo(() => shortcutMap(rows), [rows]);
  const digits = useMemo(() => digitsByCode(shortcuts), [shortcuts]);
  const checkedRef = useRef<string[]>([]);

  const [selectedCoding, setSelectedCoding] = useState<string | null>(null);
  const [currentBar, setCurrentBar] = useState<string | null>(null);
  const [panel, setPanel] = useState<PanelId>(compare ? 'comparison' : 'memos');
  // Opened at a passage or a search hit: show its turn and give it focus, so a digit codes it straight away.
  useEffect(() => {
    if (focusAt === undefined) return;
    const index = transcript.segments.findIndex((s) => s.start <= focusAt && focusAt < s.end);
    const turn = index < 0 ? null : document.querySelector<HTMLElement>(`[data-seg="${index}"]`);
    turn?.scrollIntoView({ block: 'center' });
    turn?.focus({ preventScroll: true });
  }, [focusAt, transcript.segments]);
  const [memoFocus, setMemoFocus] = useState(0);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const stepText = useDescribeStep(env);

  const tabBar = currentBar && barOrder.includes(currentBar) ? currentBar : (barOrder[0] ?? null);

  // Latest values for the document's key handler and the stable callbacks below.
  const latest = useRef({ layer, visible, shortcuts, barOrder });
  latest.current = { layer, visible, shortcuts, barOrder };

  const applyCodes = useCallback(
    (codeIds: string[], passage?: PassageSelection | null) => {
      const target = passage ?? env.selection.get();
      if (!target) {
        env.announce(t('announce.selectFirst'));
        return;
      }
      if (latest.current.layer === 'consensus') setLayer('me');
      const made = controller.apply(codeIds, target);
      const names = listOf(
        codeIds.map((id) => env.codeById.get(id)?.name ?? '?'),
        i18n.language,
      );
      env.announce(
        made.length
          ? t('announce.applied', { count: codeIds.length, codes: names })
          : t('announce.already', { count: codeIds.length, codes: names }),
      );
    },
    [env, controller, t, i18n.language],
  );

  const undo = useCallback(() => {
    const entry = controller.undo();
    env.announce(entry ? t('announce.undone', { step: stepText(entry) }) : t('announce.nothingToUndo'));
  }, [controller, env, t, stepText]);

  const redo = useCallback(() => {
    const entry = controller.redo();
    env.announce(entry ? t('announce.redone', { step: stepText(entry) }) : t('announce.nothingToRedo'));
  }, [controller, env, t, stepText]);

  // Keys anywhere on the page: digits apply their code, Ctrl+Z / Ctrl+Shift+Z undo and redo.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || document.querySelector('.modal-open')) return;
      const action = keyAction(event, isEditable(event.target), latest.current.shortcuts);
      if (action.kind === 'none') return;
      event.preventDefault();
      if (action.kind === 'undo') undo();
      else if (action.kind === 'redo') redo();
      else applyCodes([action.codeId]);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [applyCodes, undo, redo]);

  useSelectionTracking(env);

  // After a bar is removed from the keyboard, focus goes to the bar that took its place in the order.
  useLayoutEffect(() => {
    if (!focusAfter) return;
    setFocusAfter(null);
    const bar = document.querySelector<HTMLElement>(`[data-cw-root] button[data-bar="${CSS.escape(focusAfter)}"]`);
    if (bar) bar.focus();
  }, [focusAfter]);

  const actions = useMemo(
    () => ({
      selectCoding: (id: string) => setSelectedCoding(id),
      focusBar: (id: string) => setCurrentBar(id),
      memoCoding: (id: string) => {
        const coding = latest.current.visible.find((c) => c.id === id);
        if (!coding || coding.coderId === null) return;
        setSelectedCoding(id);
        setPanel('memos');
        setMemoFocus((n) => n + 1);
      },
      removeCoding: (id: string) => {
        const coding = latest.current.visible.find((c) => c.id === id);
        if (!coding) return;
        if (!env.isMine(coding)) {
          env.announce(t('announce.notYours'));
          return;
        }
        const order = latest.current.barOrder;
        const at = order.indexOf(id);
        const next = order[at + 1] ?? order[at - 1] ?? null;
        controller.remove(coding);
        env.announce(t('announce.removed', { code: env.codeById.get(coding.codeId)?.name ?? '' }));
        if (next) {
          setCurrentBar(next);
          setFocusAfter(next);
        }
      },
      applyChecked: () => {
        const checked = checkedRef.current;
        if (checked.length) applyCodes(checked);
        else env.announce(t('announce.noneChecked'));
      },
    }),
    [env, controller, applyCodes, t],
  );

  const selected = useMemo(() => {
    if (!selectedCoding) return null;
    const id = controller.currentId(selectedCoding);
    return visible.find((c) => c.id === id) ?? all.find((c) => c.id === id) ?? null;
  }, [selectedCoding, visible, all, controller]);

  const onPalette = useCallback((codeIds: string[]) => applyCodes(codeIds), [applyCodes]);
  const panelLabels: Record<PanelId, string> = {
    memos: t('panels.memos'),
    suggestions: t('panels.suggestions', { count: suggestions.data?.length ?? 0 }),
    comparison: t('panels.comparison'),
  };

  const loadError = codingsQuery.error ?? consensus.error;
  return (
    <EnvContext.Provider value={env}>
      <LiveRegion />
      {errors.map((e) => (
        <div key={e.id} className="cw-error">
          <Alert variant="error" heading={t(`errors.${e.step}`)}>
            <p>{errorMessage(e.error, t)}</p>
            <button
              type="button"
              className="button button-tertiary"
              onClick={() => setErrors((list) => list.filter((x) => x.id !== e.id))}
            >
              {t('errors.dismiss')}
            </button>
          </Alert>
        </div>
      ))}
      {loadError ? (
        <Alert variant="error" heading={t('errors.load')}>
          <p>{errorMessage(loadError, t)}</p>
        </Alert>
      ) : null}
      <Toolbar
        controller={controller}
        layer={layer}
        onLayer={setLayer}
        groups={layout.groups}
        onUndo={undo}
        onRedo={redo}
      />
      <div className="cw-workspace">
        <CodePalette rows={rows} digits={digits} checkedRef={checkedRef} onApply={onPalette} />
        <div className="cw-main">
          {codingsQuery.isPending || (layer === 'consensus' && consensus.isPending) ? (
            <p className="cw-hint">{t('loadingCodings')}</p>
          ) : null}
          <TranscriptView
            layout={layout}
            marks={marks}
            barOrder={barOrder}
            currentBar={tabBar}
            actions={actions}
            label={t('text.region')}
          />
        </div>
        <aside className="cw-side" aria-label={t('panels.label')}>
          <Tabs
            idPrefix="cw-panels"
            label={t('panels.label')}
            tabs={PANELS.map((id) => ({ id, label: panelLabels[id] }))}
            selected={panel}
            onSelect={setPanel}
          >
            {panel === 'memos' ? (
              <MemoPanel coding={selected} codeId={selected?.codeId ?? null} focusRequest={memoFocus} />
            ) : panel === 'suggestions' ? (
              <SuggestionsPanel controller={controller} />
            ) : (
              <ComparisonPanel />
            )}
          </Tabs>
        </aside>
      </div>
      <BarTooltip codings={visible} />
    </EnvContext.Provider>
  );
}
