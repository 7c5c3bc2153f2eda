import { describe, expect, it } from 'vitest';
import { OffsetMap } from '../src/coding/text-offsets.model.js';
import { wordCount } from '../src/coding/transcript-view.model.js';
import { NATIONAL_COMPETENCY_IDS } from '../src/frameworks/national-framework.data.js';
import { DEMO_CODEBOOK, isDemoCodeKey, needKey, strengthKey } from './coding-codebook.js';
import { type DemoCoder, type DemoTranscriptPlan, demoTranscripts, parseDemoTranscript } from './coding-plan.js';
import { SEED_PROJECT_GAPS } from './study-answers.js';
import type { CompetencyName } from './study-comments.js';
import { DEMO_TRANSCRIPTS } from './transcripts/index.js';

const plans = demoTranscripts();
const COMPETENCIES = Object.keys(NATIONAL_COMPETENCY_IDS) as CompetencyName[];
const MARKUP = /\[\[([^|]+)\|/g;

const byCoder = (plan: DemoTranscriptPlan, coder: DemoCoder) => plan.codings.filter((c) => c.coder === coder);
const doubleCoded = plans.filter((p) => byCoder(p, 'second').length > 0);

/** Participants (transcripts) with at least one coding of the code, by the first coder or by both (consensus). */
function participants(codeKey: string, mode: 'first' | 'consensus'): number {
  return plans.filter((p) => {
    const first = byCoder(p, 'first').some((c) => c.codeKey === codeKey);
    if (mode === 'first' || !doubleCoded.includes(p)) return first;
    return first && byCoder(p, 'second').some((c) => c.codeKey === codeKey);
  }).length;
}

/** Cohen's kappa over (turn, code) units of the double-coded transcripts: did each coder give the code in the turn? */
function turnKappa(): number {
  let n = 0;
  let agree = 0;
  let aYes = 0;
  let bYes = 0;
  for (const plan of doubleCoded) {
    const codes = new Set(plan.codings.map((c) => c.codeKey));
    for (const turn of plan.turns) {
      for (const code of codes) {
        const has = (coder: DemoCoder) =>
          plan.codings.some(
            (c) => c.coder === coder && c.codeKey === code && c.start >= turn.start && c.end <= turn.end,
          );
        const a = has('first');
        const b = has('second');
        n++;
        if (a === b) agree++;
        if (a) aYes++;
        if (b) bYes++;
      }
    }
  }
  const pe = (aYes / n) * (bYes / n) + (1 - aYes / n) * (1 - bYes / n);
  return (agree / n - pe) / (1 - pe);
}

/** Sentences of five words or more, lower-cased without punctuation or speaker labels. */
function sentences(text: string): Set<string> {
  const out = new Set<string>();
  for (const turn of text.split('\n\n')) {
    for (const s of turn.slice(3).split(/(?<=[.!?])\s+/)) {
      const words = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length >= 5) out.add(words.join(' '));
    }
  }
  return out;
}

describe('demo transcripts', () => {
  it('are thirty: twelve from the technical area and eighteen from elderly care, about 40 % new leaders', () => {
    expect(plans.map((p) => p.key)).toEqual(Array.from({ length: 30 }, (_, i) => `t${String(i + 1).padStart(2, '0')}`));
    const count = (area: string, band?: string) =>
      plans.filter((p) => p.area === area && (band === undefined || p.band === band)).length;
    expect(count('teknik-og-miljo')).toBe(12);
    expect(count('aeldre-og-sundhed')).toBe(18);
    expect([count('teknik-og-miljo', 'new'), count('aeldre-og-sundhed', 'new')]).toEqual([5, 7]);
    expect(plans.filter((p) => p.recruitment).map((p) => p.key)).toEqual(['t03', 't09', 't14', 't18', 't23', 't27']);
    expect(new Set(plans.map((p) => p.role)).size).toBeGreaterThanOrEqual(24);
    expect(plans.every((p) => p.demo && p.title.includes(p.role))).toBe(true);
  });

  it('are NFC text in speaker turns labelled I or L, with 25–45 turns and 900–1,800 words each', () => {
    for (const plan of plans) {
      expect(plan.text).toBe(plan.text.normalize('NFC'));
      expect(plan.turns.length).toBeGreaterThanOrEqual(25);
      expect(plan.turns.length).toBeLessThanOrEqual(45);
      const words = wordCount(plan.text);
      expect(words, plan.key).toBeGreaterThanOrEqual(900);
      expect(words, plan.key).toBeLessThanOrEqual(1800);
      const map = new OffsetMap(plan.text);
      expect(plan.turns[0].start).toBe(0);
      expect(plan.turns.at(-1)!.end).toBe(map.length);
      plan.turns.forEach((turn, i) => {
        expect(map.slice(turn.start, turn.end).startsWith(`${turn.speaker}: `)).toBe(true);
        if (i > 0) expect(map.slice(plan.turns[i - 1].end, turn.start)).toBe('\n\n');
      });
      expect(plan.turns.filter((t) => t.speaker === 'L').length).toBeGreaterThan(plan.turns.length / 2 - 2);
    }
  });

  it('leave no coding markup in the text and name no real municipality', () => {
    for (const plan of plans) {
      expect(plan.text).not.toMatch(/\[\[|\]\]|\|/);
      expect(plan.text).not.toMatch(/Viborg|Norddjurs|Syddjurs/);
      for (const m of plan.text.matchAll(/\[[^\]]*\]/g)) expect(m[0]).toMatch(/^\[(Person|Sted) \d+\]$/);
      // Pseudonymisation numbers people and places from 1 in the order they first appear.
      const order = plan.pseudonyms.map((p) => p.pseudonym);
      const firstSeen = [...new Set([...plan.text.matchAll(/\[(Person|Sted) \d+\]/g)].map((m) => m[0]))];
      for (const kind of ['Person', 'Sted']) {
        const seen = firstSeen.filter((p) => p.startsWith(`[${kind}`));
        expect(seen).toEqual(seen.map((_, i) => `[${kind} ${i + 1}]`));
        expect(order.filter((p) => p.startsWith(`[${kind}`))).toEqual(seen);
      }
      const found = plan.pseudonyms.reduce((n, p) => n + p.count, 0);
      expect(found).toBe([...plan.text.matchAll(/\[(Person|Sted) \d+\]/g)].length);
    }
  });

  it('use only keys of the codebook in their markup, 15–32 codings a transcript, the leader’s turns almost only', () => {
    for (const t of DEMO_TRANSCRIPTS) {
      for (const m of t.text.matchAll(MARKUP)) {
        for (const key of m[1].split(',')) expect(isDemoCodeKey(key), key).toBe(true);
      }
    }
    let interviewer = 0;
    let total = 0;
    for (const plan of plans) {
      const first = byCoder(plan, 'first');
      expect(first.length, plan.key).toBeGreaterThanOrEqual(15);
      expect(first.length, plan.key).toBeLessThanOrEqual(32);
      for (const c of first) {
        const turn = plan.turns.find((t) => t.start <= c.start && c.end <= t.end)!;
        if (turn.speaker === 'I') interviewer++;
        total++;
      }
    }
    expect(interviewer).toBeGreaterThan(0);
    expect(interviewer / total).toBeLessThan(0.02);
  });

  it('put every coding inside one turn, after its label, and slice by code points to the coded words', () => {
    for (const plan of plans) {
      const map = new OffsetMap(plan.text);
      const passages = [
        ...DEMO_TRANSCRIPTS.find((t) => t.key === plan.key)!.text.matchAll(/\[\[[^|]+\|(.*?)\]\](?!\])/g),
      ];
      const first = byCoder(plan, 'first');
      // Markup with two keys gives two codings of the same words.
      const distinct = first.filter((c, i) => i === 0 || c.start !== first[i - 1].start);
      expect(distinct.map((c) => map.slice(c.start, c.end))).toEqual(passages.map((m) => m[1]));
      for (const c of plan.codings) {
        expect(c.start).toBeLessThan(c.end);
        const turn = plan.turns.find((t) => t.start + 3 <= c.start && c.end <= t.end);
        expect(turn, `${plan.key} ${c.coder} ${c.codeKey} ${c.start}`).toBeDefined();
        expect(isDemoCodeKey(c.codeKey)).toBe(true);
      }
    }
  });

  it('count offsets in code points, not UTF-16 units', () => {
    const parsed = parseDemoTranscript(
      'I: Og så? 😀\nL: Et smil 😀 og [[need-finance,conditions-time|budgettet]] bagefter.',
    );
    expect(parsed.text).toBe('I: Og så? 😀\n\nL: Et smil 😀 og budgettet bagefter.');
    expect(parsed.turns).toEqual([
      { speaker: 'I', start: 0, end: 11 },
      { speaker: 'L', start: 13, end: 48 },
    ]);
    // In UTF-16 units the passage would start at 31: each emoji before it is two units.
    expect(parsed.codings.map((c) => [c.codeKey, c.start, c.end])).toEqual([
      ['need-finance', 29, 38],
      ['conditions-time', 29, 38],
    ]);
    expect(new OffsetMap(parsed.text).slice(29, 38)).toBe('budgettet');
    expect(parsed.text.indexOf('budgettet')).toBe(31);
    // A pseudonym may close a passage; an unknown key is a typo to catch.
    expect(parseDemoTranscript('L: [[need-finance|spørg [Person 1]]] nu').codings[0]).toMatchObject({
      start: 3,
      end: 19,
    });
    expect(() => parseDemoTranscript('L: [[need-finanse|budget]]')).toThrow(/unknown demo code/);
  });

  it('are not one template with words swapped: any two share under 10 % of their sentences', () => {
    const sets = plans.map((p) => sentences(p.text));
    let worst = 0;
    for (let i = 0; i < sets.length; i++) {
      for (let j = i + 1; j < sets.length; j++) {
        let shared = 0;
        for (const s of sets[i]) if (sets[j].has(s)) shared++;
        worst = Math.max(worst, shared / Math.min(sets[i].size, sets[j].size));
      }
    }
    expect(worst).toBeLessThan(0.1);
  });

  it('are the same on every call', () => {
    expect(demoTranscripts()).toEqual(plans);
  });
});

describe('what the demo coding shows', () => {
  const needs = (mode: 'first' | 'consensus') =>
    new Map(COMPETENCIES.map((c) => [c, participants(needKey(c), mode)] as const));

  it('has the seed project’s gaps as the needs most participants have, economic understanding first', () => {
    for (const mode of ['first', 'consensus'] as const) {
      const counts = needs(mode);
      const seed = SEED_PROJECT_GAPS.map((c) => counts.get(c)!);
      const others = COMPETENCIES.filter((c) => !SEED_PROJECT_GAPS.includes(c)).map((c) => counts.get(c)!);
      expect(Math.max(...COMPETENCIES.filter((c) => c !== 'finance').map((c) => counts.get(c)!))).toBeLessThan(
        counts.get('finance')!,
      );
      expect(Math.min(...seed)).toBeGreaterThan(Math.max(...others));
    }
    // Measured on the first analyst's coding (participants of 30).
    expect(Object.fromEntries(needs('first'))).toEqual({
      colleagueToLeader: 15,
      ownDevelopment: 3,
      peopleManagement: 10,
      communication: 9,
      coreTask: 1,
      goalsAndValues: 8,
      operationsAndChange: 19,
      finance: 24,
      politicalAcumen: 20,
      organisation: 21,
    });
  });

  it('finds the step from colleague to leader mostly in new leaders and operations crowding out people mostly in elderly care', () => {
    const withNeed = (c: CompetencyName) =>
      plans.filter((p) => byCoder(p, 'first').some((x) => x.codeKey === needKey(c)));
    const colleague = withNeed('colleagueToLeader');
    expect(colleague.filter((p) => p.band === 'new').length).toBeGreaterThan(colleague.length * 0.7);
    const operations = withNeed('operationsAndChange');
    expect(operations.filter((p) => p.area === 'aeldre-og-sundhed').length).toBeGreaterThan(operations.length * 0.6);
    // Some leaders contradict the pattern: strong on economy or politics.
    expect(participants(strengthKey('finance'), 'first')).toBeGreaterThanOrEqual(4);
    expect(participants(strengthKey('politicalAcumen'), 'first')).toBeGreaterThanOrEqual(2);
  });

  it('codes the core task as a strength far more than as a need', () => {
    expect(participants(strengthKey('coreTask'), 'first')).toBeGreaterThan(
      3 * participants(needKey('coreTask'), 'first'),
    );
  });

  it('gives the recruitment report enough to stand on: every recruitment interview and more leaders besides', () => {
    const family = DEMO_CODEBOOK.filter((c) => c.key === 'recruitment' || c.parent === 'recruitment').map((c) => c.key);
    const recruitmentCodings = (p: DemoTranscriptPlan) =>
      byCoder(p, 'first').filter((c) => family.includes(c.codeKey)).length;
    for (const p of plans.filter((x) => x.recruitment)) expect(recruitmentCodings(p), p.key).toBeGreaterThanOrEqual(5);
    expect(plans.filter((p) => recruitmentCodings(p) > 0).length).toBeGreaterThanOrEqual(15);
    expect(participants('recruitment-gap', 'first')).toBeGreaterThanOrEqual(8);
  });

  it('has a second analyst on ten transcripts of both areas who agrees with the first realistically, not perfectly', () => {
    expect(doubleCoded.length).toBe(10);
    expect(doubleCoded.filter((p) => p.area === 'teknik-og-miljo').length).toBe(4);
    const first = doubleCoded.flatMap((p) => byCoder(p, 'first').map((c) => ({ ...c, key: p.key })));
    const second = doubleCoded.flatMap((p) => byCoder(p, 'second').map((c) => ({ ...c, key: p.key })));
    const same = (a: (typeof first)[number], b: (typeof first)[number]) =>
      a.key === b.key && a.start === b.start && a.end === b.end && a.codeKey === b.codeKey;
    expect(second.filter((s) => first.some((f) => same(f, s))).length).toBeLessThan(second.length * 0.85);
    const overlapped = first.filter((f) =>
      second.some((s) => s.key === f.key && s.codeKey === f.codeKey && s.start < f.end && f.start < s.end),
    );
    expect(overlapped.length / first.length).toBeGreaterThan(0.7);
    expect(overlapped.length / first.length).toBeLessThan(0.9);
    const own = second.filter((s) => !first.some((f) => f.key === s.key && f.start < s.end && s.start < f.end));
    expect(own.length).toBeGreaterThan(0);
    const kappa = turnKappa();
    expect(kappa).toBeGreaterThan(0.6);
    expect(kappa).toBeLessThan(0.82);
  });
});
