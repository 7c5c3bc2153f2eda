import { expect, test } from '@playwright/test';
import { ANALYST, chooseMercantec, DEMO_STUDY, expectNoViolations, signIn } from './demo-session';

/**
 * The study team's interview analysis of the demo study "Praksisnær ledelse i det offentlige". The demo analyst of
 * Mercantec opens it from the study page and sees the demo transcripts; uploads a .txt that names a known place and
 * reviews its pseudonymisation (a proposed replacement, a term marked by hand, the refreshed preview) before saving;
 * creates a code; finds the new interview by full-text search and codes a hit with the new code; retrieves that
 * passage with its context; and reads the agreement between the two demo coders. Pages are scanned with axe.
 */

const analyst = ANALYST;

test.describe('interview analysis', () => {
  test('transcripts, pseudonymisation review, codebook, search and code, retrieval, agreement', async ({ page }) => {
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const title = `E2E-interview ${stamp}`;
    const codeName = `E2E Svære samtaler ${stamp}`;
    // A word unlikely to occur in the demo interviews, so the search finds this transcript's turn first.
    const keyword = `mødestrukturen${stamp.replace(/\d/g, '')}`;

    await signIn(page, analyst);
    await chooseMercantec(page);

    // The way in: the studies list, the demo study, its "Interviewanalyse" link.
    await page.goto('/studies');
    await page.getByRole('link', { name: DEMO_STUDY }).click();
    await expect(page.getByRole('heading', { level: 1, name: DEMO_STUDY })).toBeVisible();
    await page.getByRole('link', { name: 'Interviewanalyse' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Interviewanalyse: ${DEMO_STUDY}` })).toBeVisible();
    await expect(page).toHaveTitle(`Interviewanalyse: ${DEMO_STUDY} – Frontline`);

    // 1. Transcripts: the demo interviews, marked as demo data, each linking to its coding workspace.
    const transcripts = page.getByRole('table', { name: 'Undersøgelsens transkriptioner' });
    await expect(transcripts).toBeVisible();
    expect(await transcripts.getByRole('row').count()).toBeGreaterThan(10);
    await expect(transcripts.getByText('Demodata').first()).toBeVisible();
    const firstLink = transcripts.getByRole('rowheader').first().getByRole('link');
    await expect(firstLink).toHaveAttribute('href', /\/studies\/[0-9a-f-]{36}\/transcripts\/[0-9a-f-]{36}/);
    await expectNoViolations(page, 'transcripts tab');

    // Upload a .txt: a wrong choice is caught in the browser first.
    const upload = page.getByRole('region', { name: 'Upload en transkription' });
    await upload.getByRole('button', { name: 'Kontrollér pseudonymisering' }).click();
    const summary = upload.getByRole('alert').filter({ hasText: 'Der er et problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Vælg den deltager, interviewet er med.');
    await expect(summary).toContainText('Vælg en fil.');

    const participant = upload.getByLabel('Deltager', { exact: true });
    const firstParticipant = await participant.locator('option').nth(1).getAttribute('value');
    await participant.selectOption(firstParticipant!);
    const text = [
      'Interviewer: Hvordan oplever du dit første år som leder?',
      `Leder: Det har været hårdt. Jeg kom fra en anden afdeling i Viborg, og ${keyword} var helt ny for mig.`,
      'Interviewer: Hvad har været sværest?',
      'Leder: De svære samtaler med medarbejderne på Fjordhuset, især om sygefravær.',
    ].join('\n\n');
    await upload.getByLabel('Fil', { exact: true }).setInputFiles({
      name: 'e2e-interview.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
    await upload.getByLabel('Titel (valgfri)').fill(title);
    await upload.getByRole('button', { name: 'Kontrollér pseudonymisering' }).click();

    // The review: Viborg is a known place and is proposed; Fjordhuset is not known, so the analyst marks it.
    const review = page.getByRole('table', { name: 'Foreslåede erstatninger' });
    await expect(review).toBeVisible();
    const viborg = review.getByRole('row', { name: /Viborg/ });
    await expect(viborg).toContainText('Sted');
    await expect(page.getByRole('checkbox', { name: /^Erstat »Viborg« med/ })).toBeChecked();
    const preview = page.getByRole('region', { name: 'Forhåndsvisning af den pseudonymiserede tekst' });
    await expect(preview).not.toContainText('Viborg');
    await expect(preview.locator('mark.coding-mark-replaced').first()).toBeVisible();
    await expect(preview).toContainText('Fjordhuset');

    await page.getByLabel('Markér et ord mere, der skal erstattes').fill('Fjordhuset');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await expect(page.getByText('Forhåndsvisningen viser ikke dine seneste valg.')).toBeVisible();
    await page.getByRole('button', { name: 'Opdatér forhåndsvisning' }).click();
    await expect(review.getByRole('row', { name: /Fjordhuset/ })).toContainText('Markeret af dig');
    await expect(preview).not.toContainText('Fjordhuset');
    await expect(page.getByText('Forhåndsvisningen viser ikke dine seneste valg.')).toHaveCount(0);
    await expectNoViolations(page, 'pseudonymisation review');

    await page.getByRole('button', { name: 'Gem', exact: true }).click();
    await expect(page.getByText(`»${title}« er gemt.`)).toBeVisible();
    await expect(transcripts.getByRole('link', { name: title })).toBeVisible();

    // 2. Codebook: a new code, tied to a competency; the tabs answer the arrow keys.
    await page.getByRole('tab', { name: 'Transkriptioner' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Kodebog' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { level: 2, name: 'Kodebog' })).toBeVisible();
    await page.getByRole('button', { name: 'Ny kode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny kode' });
    await dialog.getByLabel('Navn').fill(codeName);
    await dialog.getByRole('radio', { name: 'Behov' }).check();
    const competency = dialog.getByLabel('Kompetence', { exact: true });
    await competency.selectOption({ index: 1 });
    await expectNoViolations(page, 'code form');
    await dialog.getByRole('button', { name: 'Opret kode' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByText(`Koden »${codeName}« er oprettet.`)).toBeVisible();
    const codebook = page.getByRole('table', { name: 'Kodebogens koder i træstruktur' });
    await expect(codebook.getByRole('row', { name: new RegExp(codeName) })).toContainText('Behov');
    await expectNoViolations(page, 'codebook tab');

    // 3. Search: the new interview's turn is found by an inflected form, and coded from the hit.
    await page.getByRole('tab', { name: 'Søgning' }).click();
    await page.getByLabel('Søg i transkriptionerne').fill(keyword);
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    const hit = page.locator('.coding-hit').filter({ hasText: title });
    await expect(hit).toHaveCount(1);
    await expect(hit.locator('mark').first()).toContainText(keyword);
    await hit.getByRole('button', { name: new RegExp(`^Kod taletur \\d+ i ${title}`) }).click();
    await hit.getByLabel('Kode til hele talerturen').selectOption({ label: codeName });
    await hit.getByRole('button', { name: 'Sæt koden på' }).click();
    await expect(page.getByText(new RegExp(`»${codeName}« er sat på taletur \\d+ i ${title}\\.`))).toBeVisible();
    await expectNoViolations(page, 'search tab');

    // 4. Retrieval: the coded turn with its context, a link to it, and the CSV of the same.
    await page.getByRole('tab', { name: 'Udtræk' }).click();
    await page.getByLabel('Kode', { exact: true }).selectOption({ label: codeName });
    await expect(page.getByText('1 passage.')).toBeVisible();
    const passage = page.locator('.coding-passage').first();
    await expect(passage.locator('strong')).toContainText(keyword);
    await expect(passage.getByRole('link', { name: `Åbn ${title} ved passagen` })).toHaveAttribute(
      'href',
      /\/transcripts\/[0-9a-f-]{36}\?/,
    );
    await expect(page.getByRole('link', { name: 'Eksportér CSV' })).toHaveAttribute('href', /passages\.csv\?codeId=/);
    await expect(page.getByRole('table', { name: 'Samforekomst af koder (antal taleture)' })).toBeVisible();
    await expectNoViolations(page, 'retrieval tab');

    // The codebook counts the new coding.
    await page.getByRole('tab', { name: 'Kodebog' }).click();
    await expect(
      codebook
        .getByRole('row', { name: new RegExp(codeName) })
        .getByRole('cell')
        .nth(3),
    ).toHaveText('1');

    // 5. Agreement between the two demo coders, with the unit and thresholds explained.
    await page.getByRole('tab', { name: 'Enighed' }).click();
    await expect(page.getByText('Enheden er talerturen')).toBeVisible();
    await expect(page.getByText(/α ≥ 0,80 for pålidelig/)).toBeVisible();
    const figures = page.locator('.coding-figures');
    await expect(figures.getByText('Procentvis enighed')).toBeVisible();
    await expect(figures.locator('dd').first()).toHaveText(/^\d{1,3}(,\d)?\s%$/);
    await expect(figures.locator('dd').nth(2)).toHaveText(/^-?\d,\d\d/);
    await expect(page.getByRole('table', { name: 'Enighed for hver kode' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Sammenlign koderne i hver transkription' }).getByRole('link').first(),
    ).toHaveAttribute('href', /view=compare/);
    await expectNoViolations(page, 'agreement tab');
  });
});
