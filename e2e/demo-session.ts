/** Shared steps of the specs that work as a demo user: sign in, choose the organisation, scan with axe. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'frontline-demo';
export const ANALYST = 'analytiker@demo.frontline.dk';
export const DEMO_STUDY = 'Praksisnær ledelse i det offentlige';

export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
}

/** Makes Mercantec the active organisation (the analyst is also admin of VEU-center Midt). */
export async function chooseMercantec(page: Page) {
  const working = page.getByText('Du arbejder i Mercantec som analytiker.');
  if (await working.isVisible()) return;
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Mercantec' });
  await page.getByRole('button', { name: 'Skift organisation' }).click();
  await expect(working).toBeVisible();
}

async function axeViolations(page: Page, serious: boolean): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => !serious || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** No WCAG 2.1 A/AA violation at all. */
export async function expectNoViolations(page: Page, label: string) {
  expect(await axeViolations(page, false), `axe on ${label}`).toEqual([]);
}

/** No serious or critical WCAG 2.1 A/AA violation. */
export async function expectNoSeriousViolations(page: Page, label: string) {
  expect(await axeViolations(page, true), `axe on ${label}`).toEqual([]);
}
