import { expect, test } from '@playwright/test';
import { ANALYST, chooseMercantec, DEMO_STUDY, expectNoViolations, signIn } from './demo-session';

/**
 * The gap analysis ("Kompetencegab") of the demo study "Praksisnær ledelse i det offentlige". The demo analyst of
 * Mercantec opens it from the study page, reads the ranked needs (the demo data puts financial management first),
 * groups the heatmap by seniority and reads its table alternative. Pages are scanned with axe.
 */

const analyst = ANALYST;

test.describe('gap analysis', () => {
  test('ranked needs, heatmap by seniority with its table, axe', async ({ page }) => {
    await signIn(page, analyst);
    await chooseMercantec(page);

    await page.goto('/studies');
    await page.getByRole('link', { name: DEMO_STUDY }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_STUDY })).toBeVisible();
    await page.getByRole('link', { name: 'Kompetencegab' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Kompetencegab: ${DEMO_STUDY}` })).toBeVisible();
    await expect(page).toHaveTitle(`Kompetencegab: ${DEMO_STUDY} – Frontline`);

    // 1. The ranked needs: a real table, highest priority first.
    const needs = page.getByRole('table', { name: /Kompetencer efter prioritet/ });
    await expect(needs).toBeVisible();
    const first = needs.getByRole('row').nth(1);
    await expect(first.getByRole('rowheader')).toHaveText(/^Økonomisk forståelse og økonomistyring/);
    await expect(first.getByRole('cell').first()).toHaveText(/^Prioritet \d{1,3}$/);
    await expect(first).toContainText(/\d+ af \d+ interviewede \(\d+\s%\)/);

    // 2. The heatmap, grouped by seniority: the chart (drawn as SVG) and the table alternative below it.
    await page.getByLabel('Fordel på').selectOption({ label: 'Anciennitet' });
    const heat = page.getByRole('table', { name: /pr\. kompetence og anciennitet/ });
    await expect(heat).toBeVisible();
    await expect(heat.getByRole('columnheader').nth(1)).toBeVisible();
    expect(await heat.getByRole('columnheader').count()).toBeGreaterThan(1);
    await expect(heat.getByRole('rowheader').first()).toHaveText('Økonomisk forståelse og økonomistyring');
    await expect(page.getByTestId('gap-heatmap-chart').locator('svg')).toBeVisible();
    await expectNoViolations(page, 'gap analysis');
  });
});
