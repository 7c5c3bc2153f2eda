import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * The gap analysis ("Kompetencegab") of the demo study "Praksisnær ledelse i det offentlige". The demo analyst of
 * Mercantec opens it from the study page, reads the ranked needs (the demo data puts financial management first),
 * groups the heatmap by seniority and reads its table alternative. Pages are scanned with axe.
 */

const DEMO_PASSWORD = 'frontline-demo';
const analyst = 'analytiker@demo.frontline.dk';
const DEMO_STUDY = 'Praksisnær ledelse i det offentlige';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
}

/** Makes Mercantec the active organisation (the analyst is also admin of VEU-center Midt). */
async function useMercantec(page: Page) {
  const working = page.getByText('Du arbejder i Mercantec som analytiker.');
  if (await working.isVisible()) return;
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Mercantec' });
  await page.getByRole('button', { name: 'Skift organisation' }).click();
  await expect(working).toBeVisible();
}

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const all = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(all, `axe on ${label}`).toEqual([]);
}

test.describe('gap analysis', () => {
  test('ranked needs, heatmap by seniority with its table, axe', async ({ page }) => {
    await signIn(page, analyst);
    await useMercantec(page);

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
