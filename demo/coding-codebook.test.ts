import { describe, expect, it } from 'vitest';
import { CODE_COLOURS } from '../src/coding/coding.model.js';
import { NATIONAL_COMPETENCY_IDS } from '../src/frameworks/national-framework.data.js';
import { DEMO_CODEBOOK, demoCode, needKey, strengthKey } from './coding-codebook.js';
import { demoTranscripts } from './coding-plan.js';
import type { CompetencyName } from './study-comments.js';

const COMPETENCIES = Object.keys(NATIONAL_COMPETENCY_IDS) as CompetencyName[];

describe('demo codebook', () => {
  const used = new Map<string, number>();
  for (const p of demoTranscripts()) {
    for (const c of p.codings) if (c.coder === 'first') used.set(c.codeKey, (used.get(c.codeKey) ?? 0) + 1);
  }

  it('has a need and a strength code per competency under the neutral parents, and unique keys', () => {
    expect(new Set(DEMO_CODEBOOK.map((c) => c.key)).size).toBe(DEMO_CODEBOOK.length);
    for (const competency of COMPETENCIES) {
      expect(demoCode(needKey(competency))).toMatchObject({ polarity: 'need', competency, parent: 'needs' });
      expect(demoCode(strengthKey(competency))).toMatchObject({
        polarity: 'strength',
        competency,
        parent: 'strengths',
      });
    }
    for (const code of DEMO_CODEBOOK) {
      if (code.polarity === 'neutral') expect(code.competency).toBeNull();
      if (code.parent) expect(demoCode(code.parent).parent).toBeNull();
      expect(code.name.length).toBeGreaterThan(3);
      expect(code.description.length).toBeGreaterThan(40);
    }
    expect(DEMO_CODEBOOK.filter((c) => c.parent === null).map((c) => c.name)).toEqual([
      'Behov',
      'Styrker',
      'Rekruttering',
      'Arbejdsvilkår',
      'Ønsker til uddannelse',
    ]);
  });

  it('uses dark colours that white text can sit on (WCAG AA), the need colours from CODE_COLOURS', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const v = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    for (const code of DEMO_CODEBOOK) {
      expect(code.colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(1.05 / (luminance(code.colour) + 0.05), code.key).toBeGreaterThanOrEqual(4.5);
    }
    // The need codes use every colour of CODE_COLOURS, each one of its own.
    const needColours = COMPETENCIES.map((c) => demoCode(needKey(c)).colour);
    expect(CODE_COLOURS.filter((c) => !needColours.includes(c))).toEqual([]);
    expect(new Set(needColours).size).toBe(10);
  });

  it('puts shortcuts 1–9 on the nine codes the first analyst used most, and every code is used', () => {
    const ranked = [...used].sort((a, b) => b[1] - a[1]).map(([key]) => key);
    const shortcuts = DEMO_CODEBOOK.filter((c) => c.shortcut);
    expect(shortcuts.map((c) => c.shortcut).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(new Set(shortcuts.map((c) => c.key))).toEqual(new Set(ranked.slice(0, 9)));
    const leaves = DEMO_CODEBOOK.filter((c) => !DEMO_CODEBOOK.some((child) => child.parent === c.key));
    expect(leaves.filter((c) => !used.has(c.key)).map((c) => c.key)).toEqual([]);
  });
});
