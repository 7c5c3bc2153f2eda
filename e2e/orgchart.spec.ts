import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * "Find the leaders" end to end: an administrator of Norddjurs Kommune uploads a small org chart (Danish names,
 * semicolons, æøå), maps and previews it, applies it, confirms two suggested first-line leaders in bulk, opens a
 * person and records a consent, walks the org-chart tree with the keyboard, and erases a person. Every page is
 * scanned with axe. Norddjurs may already hold the demo org chart (and earlier runs' people): each run gives the
 * fixture's employee ids a fresh prefix, and everyone not in the file is marked as left, so the assertions hold either
 * way.
 */

const DEMO_PASSWORD = 'frontline-demo';
const norddjursAdmin = 'norddjurs@demo.frontline.dk';
const fixture = path.join(import.meta.dirname, 'fixtures', 'orgchart-e2e.csv');
const IMPORT_TIMEOUT = 60_000;

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
}

/** Makes Norddjurs Kommune the active organisation (the user is also HR in Syddjurs). */
async function useNorddjurs(page: Page) {
  const working = page.getByText('Du arbejder i Norddjurs Kommune som administrator.');
  if (await working.isVisible()) return;
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Norddjurs Kommune' });
  await page.getByRole('button', { name: 'Skift organisation' }).click();
  await expect(working).toBeVisible();
}

async function openSection(page: Page, link: string, heading: string) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

/** The number shown in one of the preview's or result's count boxes. */
function count(page: Page, label: string) {
  return page
    .locator('.org-count')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');
}

test.describe.configure({ mode: 'serial' });

test.describe('find the leaders', () => {
  test('refuses a file over 50 MB in the browser, before uploading it', async ({ page }, testInfo) => {
    await signIn(page, norddjursAdmin);
    await useNorddjurs(page);
    await openSection(page, 'Organisationsdiagram', 'Importér organisationsdiagram');
    const big = testInfo.outputPath('stor-eksport.csv');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 51 * 1024 * 1024);
    await page.getByLabel('Organisationsdiagram (CSV eller XLSX)').setInputFiles(big);
    const input = page.getByLabel('Organisationsdiagram (CSV eller XLSX)');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('fylder 51 MB. Den må højst fylde 50 MB.');
    await page.getByRole('button', { name: 'Upload og vis forhåndsvisning' }).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('heading', { name: '3. Forhåndsvisning' })).toHaveCount(0);
  });

  test('imports an org chart, confirms leaders, records consent, walks the tree and erases a person', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await signIn(page, norddjursAdmin);
    await useNorddjurs(page);

    // 1. Upload, preview and mapping.
    await openSection(page, 'Organisationsdiagram', 'Importér organisationsdiagram');
    await expect(page).toHaveTitle('Importér organisationsdiagram – Frontline');
    // Employee ids unique to this run, so a retry against the same server imports 30 new people again.
    const run = Date.now().toString(36);
    const csv = fs.readFileSync(fixture, 'utf8').replaceAll('E2E-', `E2E${run}-`);
    await page
      .getByLabel('Organisationsdiagram (CSV eller XLSX)')
      .setInputFiles({ name: 'orgchart-e2e.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await expect(page.getByText('Valgt: orgchart-e2e.csv')).toBeVisible();
    await page.getByRole('button', { name: 'Upload og vis forhåndsvisning' }).click();
    await expect(page.getByRole('heading', { name: '3. Forhåndsvisning' })).toBeVisible({ timeout: IMPORT_TIMEOUT });
    await expect(page).toHaveURL(/importId=/);

    // The columns were recognised from the Danish headers.
    await expect(page.getByLabel('Medarbejdernummer (skal vælges)')).toHaveValue('Medarbejdernr.');
    await expect(page.getByLabel('Nærmeste leders medarbejdernummer')).toHaveValue('Leder medarbejdernr.');
    await expect(page.getByLabel('Overordnet enhed')).toHaveValue('Overordnet afdeling');
    await expect(page.getByText('Rækker i filen: 30. Personer: 30.')).toBeVisible();
    await expect(count(page, 'Nye')).toHaveText('30');
    await expect(count(page, 'Foreslåede førstelinjeledere')).toHaveText('4');
    await expect(page.getByRole('table', { name: 'Nye personer' })).toContainText('Mette Ærbøl');
    await expectNoSeriousViolations(page, 'import preview');

    // Leaving out an optional column and updating the preview keeps the import valid.
    await page.getByLabel('Leder siden').selectOption({ label: 'Ikke i filen' });
    await page.getByRole('button', { name: 'Opdatér forhåndsvisning' }).click();
    await expect(page.getByRole('heading', { name: '3. Forhåndsvisning' })).toBeVisible({ timeout: IMPORT_TIMEOUT });
    await expect(page.getByLabel('Leder siden')).toHaveValue('');
    await page.getByLabel('Leder siden').selectOption({ label: 'Leder siden' });
    await page.getByRole('button', { name: 'Opdatér forhåndsvisning' }).click();
    await expect(page.getByLabel('Leder siden')).toHaveValue('Leder siden', { timeout: IMPORT_TIMEOUT });
    await expect(count(page, 'Nye')).toHaveText('30');

    // 2. Apply, after a confirmation that states the counts.
    await page.getByRole('button', { name: 'Gennemfør import' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gennemfør importen?' });
    await expect(dialog).toContainText('30 nye personer');
    await expect(dialog).toContainText('4 foreslåede førstelinjeledere');
    await dialog.getByRole('button', { name: 'Gennemfør import' }).click();
    await expect(page.getByText('Importen er gennemført')).toBeVisible({ timeout: IMPORT_TIMEOUT });
    await expect(count(page, 'Nye')).toHaveText('30');
    await expect(page.getByRole('table', { name: /Seneste importer/ })).toContainText('orgchart-e2e.csv');

    // 3. Confirm the two Ærbøl leaders in bulk.
    await page.getByRole('link', { name: 'Gennemgå de foreslåede førstelinjeledere' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Førstelinjeledere' })).toBeVisible();
    await page.getByLabel('Søg', { exact: true }).fill('Ærbøl');
    await page.getByLabel('Søg', { exact: true }).press('Enter');
    const table = page.getByRole('table', { name: 'Førstelinjeledere med begrundelse' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText('6 medarbejdere refererer til personen');
    await expect(table).toContainText('Ingen af medarbejderne er selv ledere');
    await expect(table).toContainText('Stillingsbetegnelsen »Teamleder« peger på førstelinjeleder');
    await page.getByLabel('Vælg alle på siden').check();
    await expect(page.getByText('2 valgt')).toBeVisible();
    await page.getByRole('button', { name: 'Bekræft', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '2 personer er bekræftet som førstelinjeledere.' }),
    ).toBeVisible();
    // They leave the list of undecided suggestions, and show up as confirmed.
    await expect(page.getByText('Ingen personer passer til filtrene.')).toBeVisible();
    await page.getByLabel('Lederstatus').selectOption({ label: 'Bekræftede' });
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByText('Bekræftet')).toHaveCount(2);
    await expect(page.getByRole('table', { name: 'Pr. område' })).toBeVisible();
    await expectNoSeriousViolations(page, 'leaders');

    // 4. The people directory and a person page with a consent.
    await openSection(page, 'Personer', 'Personer');
    await page.getByLabel('Søg', { exact: true }).fill('Mette Ærbøl');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByText('1 person fundet.')).toBeVisible();
    await expectNoSeriousViolations(page, 'people');
    // Export the search result as CSV through a background job.
    await page.getByLabel('CSV', { exact: true }).check();
    await page.getByRole('button', { name: 'Eksportér' }).click();
    const download = page.getByRole('link', { name: 'Hent eksporten' });
    await expect(download).toHaveAttribute('href', /^\/api\/v1\/files\//, { timeout: IMPORT_TIMEOUT });
    const exported = await page.request.get((await download.getAttribute('href'))!);
    expect(exported.ok()).toBe(true);
    expect(await exported.text()).toContain('Mette Ærbøl');
    await page.getByRole('link', { name: 'Mette Ærbøl' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Mette Ærbøl' })).toBeVisible();
    await expect(page).toHaveTitle('Mette Ærbøl – Frontline');
    await expect(page.getByText('Bekræftet', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Henrik Østergaard' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '6 medarbejdere refererer til personen' })).toBeVisible();
    await page.getByLabel('Formål').fill('Interview i behovsanalysen 2025');
    await page.getByLabel('Hvordan').selectOption({ label: 'På papir' });
    await page.getByRole('button', { name: 'Registrér samtykke' }).click();
    await expect(page.getByText('Samtykket er registreret.')).toBeVisible();
    const consents = page.getByRole('table', { name: 'Samtykker fra Mette Ærbøl' });
    await expect(consents).toContainText('Interview i behovsanalysen 2025');
    await expect(consents).toContainText('På papir');
    await expect(consents).toContainText('Gælder');
    const json = await page.request.get(
      (await page.getByRole('link', { name: 'Eksportér data (JSON)' }).getAttribute('href'))!,
    );
    expect(json.ok()).toBe(true);
    expect(JSON.stringify(await json.json())).toContain('Interview i behovsanalysen 2025');
    const html = await page.request.get(
      (await page.getByRole('link', { name: /Vis data som side/ }).getAttribute('href'))!,
    );
    expect(html.ok()).toBe(true);
    expect(await html.text()).toContain('Mette Ærbøl');
    await expectNoSeriousViolations(page, 'person');

    // 5. The org chart as a tree, by keyboard only.
    await page.goto('/organisation/chart');
    await expect(page.getByRole('heading', { level: 1, name: 'Organisationsdiagram' })).toBeVisible();
    const tree = page.getByRole('tree', { name: 'Organisationens enheder' });
    const direktion = tree.getByRole('treeitem', { name: 'Direktion', exact: true });
    await direktion.focus();
    await page.keyboard.press('ArrowRight');
    await expect(direktion).toHaveAttribute('aria-expanded', 'true');
    // Each level is fetched when it is opened; wait for it before moving into it.
    const boern = tree.getByRole('treeitem', { name: 'Børn og Unge', exact: true });
    await expect(boern).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(boern).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(boern).toHaveAttribute('aria-expanded', 'true');
    const vestskolen = tree.getByRole('treeitem', { name: 'Vestskolen', exact: true });
    await expect(vestskolen).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(vestskolen).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Vestskolen' })).toBeVisible();
    await expect(page.locator('.org-unit-details')).toContainText('Åse Frølund');
    await page.keyboard.press('ArrowLeft');
    await expect(boern).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(boern).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('End');
    await expect(tree.getByRole('treeitem').last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tree.getByRole('treeitem').first()).toBeFocused();
    await expectNoSeriousViolations(page, 'chart');

    // 6. Erasure (administrators): type the pseudonym, then back to the directory.
    await page.goto('/organisation/people');
    await page.getByLabel('Søg', { exact: true }).fill('Lærke Bødker');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByRole('link', { name: 'Lærke Bødker' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Lærke Bødker' })).toBeVisible();
    const pseudonym = (await page.getByText(/^Pseudonym L-\d{4,}\./).textContent())!.match(/L-\d{4,}/)![0];
    await page.getByRole('button', { name: 'Slet person (ret til sletning)' }).click();
    const erase = page.getByRole('dialog', { name: 'Slet Lærke Bødker?' });
    await erase.getByLabel(/Skriv personens pseudonym/).fill('L-0000');
    await erase.getByRole('button', { name: 'Slet personen' }).click();
    await expect(erase.getByText(`Skriv ${pseudonym} præcis, som det står.`)).toBeVisible();
    await erase.getByLabel(/Skriv personens pseudonym/).fill(pseudonym);
    await erase.getByRole('button', { name: 'Slet personen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Personer' })).toBeVisible();
    await expect(page.getByText(`Alle oplysninger om ${pseudonym} er slettet.`)).toBeVisible();
    await page.getByLabel('Søg', { exact: true }).fill('Lærke Bødker');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await expect(page.getByText('Ingen personer passer til søgningen.')).toBeVisible();
  });
});
