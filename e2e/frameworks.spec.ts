import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * Frameworks and role profiles end to end, as the demo analyst of Mercantec: read the national framework, build an
 * own framework in the tree editor (add, reorder by keyboard and by dragging, search, level descriptors), publish it
 * with a change note, start a new draft, rename an item, and see the change in the diff; then create a role profile
 * on the national framework, set target levels and read the chart's table. Every page is scanned with axe.
 * Names carry a per-run suffix, so the spec also passes against a server that kept earlier runs' data.
 */

const DEMO_PASSWORD = 'frontline-demo';
const analyst = 'analytiker@demo.frontline.dk';
const NATIONAL = 'Førstelinjeledelse i den offentlige sektor';

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

/** The visible tree items' accessible names, in order. */
async function treeNames(page: Page): Promise<string[]> {
  const tree = page.getByRole('tree', { name: 'Rammeværkets punkter' });
  return tree.getByRole('treeitem').evaluateAll((items) =>
    items.map((item) => {
      const id = item.getAttribute('aria-labelledby');
      return (id ? document.getElementById(id)?.textContent : item.textContent)?.replace(/\s+/g, ' ').trim() ?? '';
    }),
  );
}

test.describe.configure({ mode: 'serial' });

test.describe('competency frameworks and role profiles', () => {
  test('the national framework can be read as a tree, by keyboard, without editing', async ({ page }) => {
    await signIn(page, analyst);
    await useMercantec(page);
    await openSection(page, 'Kompetencerammer', 'Kompetencerammer');
    await expect(page).toHaveTitle('Kompetencerammer – Frontline');
    const national = page.getByRole('table', { name: 'Nationale rammeværk' });
    await expect(national).toContainText('National');
    await expectNoSeriousViolations(page, 'framework list');
    await national.getByRole('link', { name: NATIONAL }).click();
    await expect(page.getByRole('heading', { level: 1, name: NATIONAL })).toBeVisible();
    await expect(page.getByText('Du kan læse rammeværket, men ikke ændre det.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ny kladde' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'CASE (JSON)' })).toHaveAttribute('href', /\/case\?version=/);
    await expect(page.getByRole('link', { name: 'Moodle (CSV)' })).toHaveAttribute('href', /\/moodle\.csv\?version=/);

    // Keyboard: the first domain takes focus, Right opens it, Down enters it, Enter shows the details.
    const tree = page.getByRole('tree', { name: 'Rammeværkets punkter' });
    const first = tree.getByRole('treeitem').first();
    await first.focus();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const second = tree.getByRole('treeitem').nth(1);
    await expect(second).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('table', { name: 'Niveaubeskrivelser' })).toBeVisible();
    await expectNoSeriousViolations(page, 'national framework');
  });

  test('an own framework is built, published, redrafted and compared', async ({ page }) => {
    test.setTimeout(180_000);
    const run = Date.now().toString(36);
    const title = `Lederskab i praksis ${run}`;
    await signIn(page, analyst);
    await useMercantec(page);
    await openSection(page, 'Kompetencerammer', 'Kompetencerammer');

    // Create: an empty draft on the default scale.
    await page.getByRole('button', { name: 'Opret rammeværk' }).click();
    await expect(page.getByRole('alert')).toContainText('Skriv en titel på dansk.');
    await page.getByLabel('Titel (dansk)').fill(title);
    await page.getByLabel('Titel (engelsk)').fill(`Leadership in practice ${run}`);
    await page.getByRole('button', { name: 'Opret rammeværk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Redigér kladden til version 1' })).toBeVisible();
    await expect(page.getByText('Kladden har ingen punkter endnu.')).toBeVisible();

    // A domain and two competencies, through the toolbar and its dialog.
    await page.getByRole('button', { name: 'Tilføj domæne' }).click();
    let dialog = page.getByRole('dialog', { name: 'Tilføj punkt på øverste niveau' });
    await dialog.getByLabel('Titel (dansk)').fill('Økonomi og styring');
    await dialog.getByLabel('Kode').fill('1');
    await dialog.getByRole('button', { name: 'Tilføj' }).click();
    const status = page.locator('.fw-live');
    await expect(status).toHaveText('»Økonomi og styring« er tilføjet.');
    await page.getByRole('button', { name: 'Tilføj underpunkt' }).click();
    dialog = page.getByRole('dialog', { name: 'Tilføj underpunkt til »Økonomi og styring«' });
    await expect(dialog.getByLabel('Type')).toHaveValue('competency');
    await dialog.getByLabel('Titel (dansk)').fill('Budgetforståelse');
    await dialog.getByLabel('Kode').fill('1.1');
    await dialog.getByRole('button', { name: 'Tilføj' }).click();
    await expect(status).toHaveText('»Budgetforståelse« er tilføjet.');
    await page.getByRole('button', { name: 'Tilføj punkt på samme niveau' }).click();
    dialog = page.getByRole('dialog', { name: 'Tilføj punkt efter »Budgetforståelse«' });
    await dialog.getByLabel('Titel (dansk)').fill('Likviditet');
    await dialog.getByLabel('Kode').fill('1.2');
    await dialog.getByRole('button', { name: 'Tilføj' }).click();
    await expect(status).toHaveText('»Likviditet« er tilføjet.');
    expect(await treeNames(page)).toEqual(['1 Økonomi og styring', '1.1 Budgetforståelse', '1.2 Likviditet']);

    // Reorder by keyboard: Alt+Up moves the focused item above its sibling; the move is announced and saved.
    const tree = page.getByRole('tree', { name: 'Rammeværkets punkter' });
    const liquidity = tree.getByRole('treeitem', { name: '1.2 Likviditet' });
    await expect(liquidity).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(status).toHaveText('»Likviditet« er flyttet: nu nummer 1 af 2 under »Økonomi og styring«.');
    await expect(liquidity).toBeFocused();
    expect(await treeNames(page)).toEqual(['1 Økonomi og styring', '1.2 Likviditet', '1.1 Budgetforståelse']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect(status).toHaveText('»Likviditet« er allerede øverst.');
    // Outdent and indent again.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(status).toHaveText('»Likviditet« er flyttet: nu nummer 2 af 2 på øverste niveau.');
    await page.keyboard.press('Alt+ArrowRight');
    await expect(status).toHaveText('»Likviditet« er flyttet: nu nummer 2 af 2 under »Økonomi og styring«.');
    await expect(liquidity).toBeFocused();
    expect(await treeNames(page)).toEqual(['1 Økonomi og styring', '1.1 Budgetforståelse', '1.2 Likviditet']);
    // And by dragging: Likviditet dropped on the top edge of Budgetforståelse goes before it.
    const budget = tree.getByRole('treeitem', { name: '1.1 Budgetforståelse' });
    const budgetRow = budget.locator('.fw-tree-row').first();
    await liquidity
      .locator('.fw-tree-row')
      .first()
      .dragTo(budgetRow, { targetPosition: { x: 40, y: 2 } });
    await expect(status).toHaveText('»Likviditet« er flyttet: nu nummer 1 af 2 under »Økonomi og styring«.');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Redigér kladden til version 1' })).toBeVisible();
    expect(await treeNames(page)).toEqual(['1 Økonomi og styring', '1.2 Likviditet', '1.1 Budgetforståelse']);

    // Search highlights the match and says how many there are.
    await page.getByLabel('Søg i rammeværket').fill('budget');
    await expect(page.getByText('1 punkt passer til søgningen.')).toBeVisible();
    await expect(tree.locator('mark')).toHaveText(['Budget']);
    await page.getByLabel('Søg i rammeværket').press('Enter');
    await expect(budget).toBeFocused();

    // Level descriptors and keywords in the item panel.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Redigér »Budgetforståelse«' })).toBeVisible();
    const level3 = page.getByRole('group', { name: '3 – Selvstændig' });
    await level3.getByLabel('Dansk').fill('Lægger selv et budget for sin enhed og følger op på det.');
    await level3.getByLabel('Engelsk').fill('Draws up and follows up on a budget for the unit.');
    await page.getByLabel('Nøgleord (dansk)').fill('budget, økonomi,');
    await expect(page.getByRole('button', { name: 'økonomi (fjern)' })).toBeVisible();
    await page.getByRole('button', { name: 'Gem punkt' }).click();
    await expect(page.getByText('»Budgetforståelse« er gemt.')).toBeVisible();
    await expectNoSeriousViolations(page, 'framework editor');

    // Publish: the change note is required.
    await page.getByRole('button', { name: 'Publicér', exact: true }).click();
    const publish = page.getByRole('dialog', { name: 'Publicér version 1' });
    await publish.getByRole('button', { name: 'Publicér' }).click();
    await expect(publish.getByRole('alert')).toContainText('Skriv en ændringsnote.');
    await publish.getByLabel('Ændringsnote').fill('Første udgave med økonomi.');
    await publish.getByRole('button', { name: 'Publicér' }).click();
    await expect(page.getByText('Version 1 er publiceret.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Indhold i version 1' })).toBeVisible();
    const versions = page.getByRole('table', { name: 'Versioner' });
    await expect(versions).toContainText('Første udgave med økonomi.');
    await expect(versions).toContainText('Publiceret');

    // A new draft, where an item is renamed inline (F2).
    await page.getByRole('button', { name: 'Ny kladde' }).click();
    await expect(page.getByRole('heading', { name: 'Redigér kladden til version 2' })).toBeVisible();
    await tree.getByRole('treeitem', { name: '1.1 Budgetforståelse' }).focus();
    await page.keyboard.press('F2');
    const rename = page.getByLabel('Ny dansk titel til »Budgetforståelse«');
    await expect(rename).toBeFocused();
    await rename.fill('Budget og regnskab');
    await rename.press('Enter');
    await expect(status).toHaveText('Omdøbt til »Budget og regnskab«.');
    await expect(tree.getByRole('treeitem', { name: '1.1 Budget og regnskab' })).toBeFocused();
    // Delete asks first, then focus goes to the item above.
    await page.keyboard.press('ArrowUp');
    await expect(liquidity).toBeFocused();
    await page.keyboard.press('Delete');
    const confirm = page.getByRole('dialog', { name: 'Slet »Likviditet«?' });
    await confirm.getByRole('button', { name: 'Slet' }).click();
    await expect(status).toHaveText('»Likviditet« er slettet.');
    await expect(tree.getByRole('treeitem', { name: '1 Økonomi og styring' })).toBeFocused();
    expect(await treeNames(page)).toEqual(['1 Økonomi og styring', '1.1 Budget og regnskab']);

    // The diff between version 1 and the draft shows the renamed title, field by field.
    const diff = page.getByRole('region', { name: 'Sammenlign versioner' });
    await expect(diff.getByLabel('Fra version')).toHaveValue(/.+/);
    await diff.getByLabel('Fra version').selectOption({ label: 'Version 1 (Publiceret)' });
    await diff.getByLabel('Til version').selectOption({ label: 'Version 2 (Kladde)' });
    await diff.getByRole('button', { name: 'Sammenlign' }).click();
    await expect(diff.getByRole('heading', { name: 'Fra version 1 til version 2' })).toBeVisible();
    await expect(diff.getByText('1 punkt ændret')).toBeVisible();
    await expect(diff.getByText('1 punkt fjernet')).toBeVisible();
    await expect(diff.getByRole('heading', { name: 'Fjernet (1)' })).toBeVisible();
    await expect(diff).toContainText('1.2 Likviditet');
    const changes = diff.getByRole('table', { name: 'Ændringer i »Budget og regnskab«' });
    const row = changes.getByRole('row', { name: /Titel \(dansk\)/ });
    await expect(row).toContainText('Budgetforståelse');
    await expect(row).toContainText('Budget og regnskab');
    await expectNoSeriousViolations(page, 'framework page with diff');
  });

  test('a framework file is checked first, with every error and its path, then imported', async ({ page }) => {
    await signIn(page, analyst);
    await useMercantec(page);
    await openSection(page, 'Kompetencerammer', 'Kompetencerammer');
    await page.getByRole('link', { name: 'Importér fra CASE eller Moodle' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Importér rammeværk' })).toBeVisible();
    const file = page.getByLabel('Rammeværk (CASE-JSON eller Moodle-CSV)');

    // A broken CASE package: nothing is written, and each error names its place in the file.
    const broken = JSON.stringify({ CFDocument: { identifier: 'not-a-uuid' }, CFItems: [] });
    await file.setInputFiles({ name: 'ramme.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await page.getByRole('button', { name: 'Tjek filen' }).click();
    await expect(page.getByRole('alert')).toContainText('kan ikke importeres');
    const errors = page.getByRole('table', { name: 'Fejl i filen' });
    await expect(errors).toContainText('/CFDocument/identifier');
    await expect(errors).toContainText('/CFDocument/title');

    // The national framework as Moodle CSV, with identifiers of its own, imported as a new framework.
    const nationalId = 'f1a00000-0000-4000-8000-000000000000';
    const csv = await page.request.get(`/api/v1/frameworks/${nationalId}/moodle.csv`);
    expect(csv.ok()).toBe(true);
    const prefix = Date.now().toString(16).slice(-8).padStart(8, '0');
    const text = (await csv.text()).replaceAll('f1a00000-', `${prefix}-`);
    await file.setInputFiles({ name: 'ramme.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('button', { name: 'Tjek filen' }).click();
    await expect(page.getByRole('heading', { name: '2. Resultat af tjekket' })).toBeVisible();
    await expect(page.getByText('Filen kan importeres. Intet er gemt endnu.')).toBeVisible();
    await expect(page.getByText('Moodle-CSV', { exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'import check');
    await page.getByRole('button', { name: 'Importér', exact: true }).click();
    await expect(page.getByText('Rammeværket er importeret som en ny kladde')).toBeVisible();
    await page.getByRole('link', { name: 'Åbn rammeværket' }).click();
    await expect(page.getByRole('heading', { level: 1, name: NATIONAL })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Redigér kladden til version 1' })).toBeVisible();
  });

  test('a role profile on the national framework has target levels and a chart with a table', async ({ page }) => {
    const run = Date.now().toString(36);
    const name = `Førstelinjeleder, Teknik og Miljø ${run}`;
    await signIn(page, analyst);
    await useMercantec(page);
    await openSection(page, 'Rolleprofiler', 'Rolleprofiler');
    await page.getByLabel('Rammeværk', { exact: true }).selectOption({ label: NATIONAL });
    await expect(page.getByLabel('Version', { exact: true })).toHaveValue(/.+/);
    await page.getByLabel('Navn (dansk)').fill(name);
    await page.getByLabel('Område', { exact: true }).fill('Teknik og Miljø');
    await page.getByRole('button', { name: 'Opret rolleprofil' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

    // Target levels for the first two competencies, with a rationale, saved with one button.
    const targets = page.getByRole('table', { name: 'Målniveauer og begrundelser pr. kompetence' });
    const levels = targets.getByRole('combobox');
    await levels.nth(0).selectOption({ label: '4 – Erfaren' });
    await levels.nth(1).selectOption({ label: '2 – Øvet' });
    await targets.getByRole('textbox').first().fill('Teknik og Miljø har store anlægsbudgetter.');
    await page.getByRole('button', { name: 'Gem profil' }).click();
    await expect(page.getByText('Profilen er gemt.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(levels.nth(0)).toHaveValue('4');

    // The chart is drawn (SVG, hidden from screen readers); its table holds the same data.
    const chart = page.getByTestId('profile-chart');
    await expect(chart).toHaveAttribute('aria-hidden', 'true');
    await expect(chart.locator('svg')).toBeVisible();
    const chartTable = page.getByRole('table', { name: 'Målniveau pr. kompetence (samme data som diagrammet)' });
    await expect(chartTable.getByRole('row')).not.toHaveCount(0);
    await expect(chartTable).toContainText('4 – Erfaren');
    await expect(chartTable).toContainText('2 – Øvet');
    await expect(page.getByText('2 kompetencer har et målniveau.')).toBeVisible();
    await expectNoSeriousViolations(page, 'role profile');

    await page.getByRole('link', { name: 'Tilbage til rolleprofilerne' }).click();
    await expect(page.getByRole('table', { name: 'Profiler' }).getByRole('link', { name })).toBeVisible();
  });
});
