import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

/**
 * A needs study end to end, from both sides. The demo analyst of Mercantec creates a study on the national framework
 * and invites Viborg Kommune through the directory search (by keyboard); moving to recruiting is refused until an
 * organisation accepts. Viborg's HR accepts taking part and confirms a page of suggested first-line leaders (the demo
 * org charts only suggest them). The analyst spreads 12 participants proportionally over the strata, draws the sample
 * (and draws it again, after a confirmation, with a new recorded seed), sees the participants by pseudonym only,
 * replaces one and moves the study to recruiting. Viborg's HR then sees its own participants by name. The list, the
 * overview and the sampling section are scanned with axe. The title carries a per-run suffix, and nothing assumes the
 * demo data holds no other study.
 */

const DEMO_PASSWORD = 'frontline-demo';
const analyst = 'analytiker@demo.frontline.dk';
const viborgHr = 'hr.viborg@demo.frontline.dk';
const NATIONAL = 'Førstelinjeledelse i den offentlige sektor';

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Log af' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
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

async function openStudy(page: Page, title: string) {
  await openSection(page, 'Undersøgelser', 'Undersøgelser');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function openTab(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Undersøgelsens dele' }).getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

test.describe('needs studies', () => {
  test('a study is set up, sampled and staffed across two organisations', async ({ page }) => {
    test.setTimeout(240_000);
    const title = `Behovsanalyse Viborg ${Date.now().toString(36)}`;

    // 1. The analyst creates a study on the national framework.
    await signIn(page, analyst);
    await useMercantec(page);
    await openSection(page, 'Undersøgelser', 'Undersøgelser');
    await expect(page).toHaveTitle('Undersøgelser – Frontline');
    // Without a study yet, the page says what a study is and what to do first (the demo data may hold one).
    const empty = page.getByRole('heading', { name: 'Ingen undersøgelser endnu' });
    const runs = page.getByRole('table', { name: 'Undersøgelser, I gennemfører' });
    await expect(empty.or(runs)).toBeVisible();
    if (await empty.isVisible()) {
      await expect(page.getByText('En undersøgelse (behovsanalyse) finder gabet')).toBeVisible();
      await expect(page.getByText('Start med at oprette en undersøgelse nedenfor')).toBeVisible();
    }
    await expectNoSeriousViolations(page, 'study list');

    // A title is required; the error summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Opret undersøgelse' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Skriv en titel.' })).toBeFocused();
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Formål').fill('Kortlægge kompetencegab hos førstelinjeledere i Viborg Kommune.');
    const framework = page.getByLabel('Kompetenceramme');
    await expect(framework.locator('option:checked')).toContainText(NATIONAL);
    await expect(page.getByText('Svarene gemmes uden kobling til lederen.')).toBeVisible();
    await page.getByRole('button', { name: 'Opret undersøgelse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByText('Undersøgelsen er oprettet som kladde.')).toBeVisible();
    await expect(page.locator('[aria-current="step"]')).toContainText('Kladde');
    await expect(page.getByText('Invitér de kommuner, regioner eller statslige myndigheder')).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`^${NATIONAL}, version \\d+$`) })).toBeVisible();

    // 2. Invite Viborg Kommune through the directory, by keyboard.
    await page.getByRole('button', { name: 'Gå til Organisationer' }).click();
    await expect(page.getByRole('tab', { name: 'Organisationer' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Ingen organisationer er inviteret endnu.')).toBeVisible();
    const search = page.getByRole('combobox', { name: 'Find organisation' });
    await search.fill('viborg');
    const option = page.getByRole('option', { name: /Viborg Kommune/ });
    await expect(option).toBeVisible();
    await expect(page.getByRole('option', { name: /Norddjurs/ })).toHaveCount(0);
    await search.press('ArrowDown');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await search.press('Enter');
    await expect(search).toHaveValue('Viborg Kommune');
    await expect(search).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('button', { name: 'Invitér Viborg Kommune' }).click();
    await expect(page.getByText('Viborg Kommune er inviteret.')).toBeVisible();
    const organisations = page.getByRole('table', { name: 'Inviterede organisationer' });
    await expect(organisations.getByRole('row', { name: /Viborg Kommune/ })).toContainText('Inviteret');
    // Already invited: no longer offered.
    await search.fill('Viborg');
    await expect(page.getByText('Ingen organisationer passer til søgningen.')).toBeAttached();
    await expect(page.getByRole('option', { name: /Viborg Kommune/ })).toHaveCount(0);
    await search.press('Escape');

    // Recruiting needs an organisation that has accepted: the refusal is explained with the server's words.
    await page.getByRole('button', { name: 'Gå videre til Rekruttering' }).click();
    const move = page.getByRole('dialog', { name: 'Skift status til Rekruttering?' });
    await move.getByRole('button', { name: 'Gå videre til Rekruttering' }).click();
    await expect(move.getByRole('alert')).toContainText('Mindst én organisation skal have sagt ja til at deltage');
    await move.getByRole('button', { name: 'Annullér' }).click();
    await expect(page.locator('[aria-current="step"]')).toContainText('Kladde');
    await signOut(page);

    // 3. Viborg's HR accepts taking part and confirms a page of suggested first-line leaders.
    await signIn(page, viborgHr);
    await openSection(page, 'Undersøgelser', 'Undersøgelser');
    await expect(page.getByText('1 invitation venter på jeres svar')).toBeVisible();
    const invited = page.getByRole('table', { name: 'Undersøgelser, I er inviteret til eller deltager i' });
    await expect(invited.getByRole('row', { name: new RegExp(title) })).toContainText('Mercantec');
    await page.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Deltagelse for Viborg Kommune' });
    await expect(panel).toContainText('Hvad det indebærer at deltage');
    await expect(panel).toContainText('Undersøgelsens team ser kun lederne under pseudonym.');
    await expect(page.getByRole('tab', { name: 'Stikprøve' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Gå videre til/ })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'participation panel');
    await panel.getByRole('button', { name: 'Ja, vi deltager' }).click();
    // The answer as stored (the short-lived confirmation can be replaced when the study reloads).
    await expect(panel).toContainText('Deltager', { timeout: 10_000 });
    await openTab(page, 'Deltagere');
    await expect(page.getByText('Ingen deltagere er udtrukket endnu.')).toBeVisible();

    await openSection(page, 'Førstelinjeledere', 'Førstelinjeledere');
    await page.getByLabel('Vælg alle på siden').check();
    await page.getByRole('button', { name: 'Bekræft', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /personer er bekræftet som førstelinjeledere\./ }),
    ).toBeVisible();
    await signOut(page);

    // 4. The analyst sets targets and draws the sample.
    await signIn(page, analyst);
    await useMercantec(page);
    await openStudy(page, title);
    await expect(page.getByText('Sæt mål for stikprøven, og træk deltagerne')).toBeVisible();
    await openTab(page, 'Stikprøve');
    const strata = page.getByRole('table', { name: 'Grupper og mål' });
    await expect(strata).toContainText('Viborg Kommune');
    await expect(strata).toContainText(/Ny leder \(under 2 år\)|Erfaren leder/);
    await page.getByLabel('Antal deltagere i alt').fill('12');
    await page.getByRole('button', { name: 'Fordel proportionalt' }).click();
    await expect(page.getByText('Målene er fordelt: 12 deltagere i alt.')).toBeVisible();
    await expect(strata.locator('tfoot')).toContainText('12');
    await expectNoSeriousViolations(page, 'sampling');

    // A target above the group's size is refused in the browser, next to its input.
    const firstTarget = strata.getByRole('textbox').first();
    const firstSize = Number(await strata.locator('tbody tr').first().locator('td').nth(3).textContent());
    await firstTarget.fill(String(firstSize + 1));
    await expect(strata.getByText(`Målet kan højst være ${firstSize}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    await expect(page.getByText('Du har ændret mål, som ikke er gemt.')).toBeVisible();
    await page.getByLabel('Antal deltagere i alt').fill('12');
    await page.getByRole('button', { name: 'Fordel proportionalt' }).click();
    await expect(page.getByText('Målene er fordelt: 12 deltagere i alt.')).toBeVisible();

    await page.getByRole('button', { name: 'Træk stikprøve' }).click();
    await expect(page.getByText('Stikprøven er trukket: 12 deltagere.')).toBeVisible();
    await expect(page.getByText('Registreret frø (seed):')).toBeVisible();
    await expect(page.getByText('så trækningen kan gentages og efterprøves')).toBeVisible();
    const seed = page.locator('.study-seed code');
    const firstSeed = await seed.textContent();
    expect(firstSeed).toMatch(/^\S{8,}$/);
    await expect(strata.locator('tfoot')).toContainText('12');

    // Drawing again asks first, and records a new seed.
    await page.getByRole('button', { name: 'Træk stikprøven igen' }).click();
    const redraw = page.getByRole('dialog', { name: 'Træk stikprøven igen?' });
    await expect(redraw).toContainText('De 12 udtrukne deltagere erstattes');
    await redraw.getByRole('button', { name: 'Træk stikprøven igen' }).click();
    await expect(redraw).toHaveCount(0);
    await expect(seed).not.toHaveText(firstSeed!);

    // 5. Participants by pseudonym, no names; replace one.
    await openTab(page, 'Deltagere');
    const participants = page.getByRole('table', { name: 'Deltagere' });
    await expect(page.getByText('12 deltagere.', { exact: true })).toBeVisible();
    await expect(participants.locator('tbody tr')).toHaveCount(12);
    await expect(participants.getByRole('columnheader', { name: 'Navn' })).toHaveCount(0);
    await expect(participants.locator('tbody th').first()).toHaveText(/^L-\d{4,}$/);
    const first = participants.locator('tbody tr').first();
    const replacedPseudonym = (await first.locator('th').textContent())!;
    await first.getByRole('button', { name: `Erstat ${replacedPseudonym}` }).click();
    const replace = page.getByRole('dialog', { name: `Erstat ${replacedPseudonym}?` });
    await replace.getByRole('button', { name: 'Erstat' }).click();
    await expect(page.getByText(new RegExp(`^${replacedPseudonym} er erstattet af L-\\d{4,}\\.$`))).toBeVisible();
    await expect(participants.locator('tbody tr')).toHaveCount(13);
    const replacedRow = participants.getByRole('row', { name: new RegExp(`^${replacedPseudonym}\\b`) });
    await expect(replacedRow).toContainText('Har takket nej');
    await expect(replacedRow).toContainText('Erstattet');
    await expect(participants.getByRole('row', { name: new RegExp(replacedPseudonym) })).toHaveCount(2);
    // The status filter narrows the list.
    await page.getByLabel('Vis status').selectOption({ label: 'Har takket nej' });
    await expect(participants.locator('tbody tr')).toHaveCount(1);
    await expect(page.getByText('1 af 13 deltagere.')).toBeVisible();
    await page.getByLabel('Vis status').selectOption({ label: 'Alle' });

    // 6. Move on to recruiting.
    await page.getByRole('button', { name: 'Gå videre til Rekruttering' }).click();
    const recruit = page.getByRole('dialog', { name: 'Skift status til Rekruttering?' });
    await recruit.getByRole('button', { name: 'Gå videre til Rekruttering' }).click();
    await expect(recruit).toHaveCount(0);
    await expect(page.locator('[aria-current="step"]')).toContainText('Rekruttering');
    await expect(page.getByRole('button', { name: 'Gå tilbage til Kladde' })).toBeVisible();
    await openTab(page, 'Indstillinger');
    await expect(page.getByText('Indstillingerne er låst, fordi undersøgelsen har status Rekruttering.')).toBeVisible();
    await openTab(page, 'Overblik');
    await expect(page.getByText('De udtrukne ledere inviteres.')).toBeVisible();
    await expectNoSeriousViolations(page, 'study overview');
    await signOut(page);

    // 7. Viborg's HR sees its own participants, by name.
    await signIn(page, viborgHr);
    await openStudy(page, title);
    await openTab(page, 'Deltagere');
    const own = page.getByRole('table', { name: 'Deltagere' });
    await expect(own.getByRole('columnheader', { name: 'Navn' })).toBeVisible();
    await expect(own.locator('tbody tr')).toHaveCount(13);
    await expect(own.locator('tbody tr').first().locator('td').first()).toHaveText(/^\p{L}[\p{L} .'-]+ \p{L}/u);
    await expect(own.getByRole('button', { name: /Erstat/ })).toHaveCount(0);
    await expectNoSeriousViolations(page, 'participants (HR)');
  });
});
