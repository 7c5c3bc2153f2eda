import AxeBuilder from '@axe-core/playwright';
import { type APIRequest, type APIRequestContext, expect, type Page, test } from '@playwright/test';

/**
 * The study team's fieldwork page. A recruiting study is set up through the API (as the demo analyst of Mercantec,
 * with Viborg Kommune taking part and four of its first-line leaders drawn); then, in the browser, the analyst sets
 * their interview hours through the form (a wrong time is caught first), sends the invitations, edits and saves a
 * question of the interview guide (an empty question is refused with the server's message next to it), opens the
 * printable guide, and reads the response-rate table. The page is scanned with axe.
 */

const DEMO_PASSWORD = 'frontline-demo';
const analyst = 'analytiker@demo.frontline.dk';
const viborgHr = 'hr.viborg@demo.frontline.dk';
const NATIONAL_VERSION_ID = 'f1a00001-0000-4000-8000-000000000001';
const OPENING = 'Indledning: dig og din lederrolle';

interface ApiSession {
  api: APIRequestContext;
  csrf: string;
}

/** A signed-in API client (cookie session) with the CSRF token writes need; optionally in a named organisation. */
async function apiSignIn(
  request: APIRequest,
  baseURL: string,
  email: string,
  organisationName?: string,
): Promise<ApiSession> {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  let session = await signedIn.json();
  if (organisationName && session.activeOrganisation?.name !== organisationName) {
    const org = session.organisations.find((o: { name: string }) => o.name === organisationName);
    expect(org, `${email} is a member of ${organisationName}`).toBeTruthy();
    const switched = await api.put('/api/v1/session/organisation', {
      data: { organisationId: org.id },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(switched.status(), await switched.text()).toBe(200);
  }
  session = await (await api.get('/api/v1/session')).json();
  return { api, csrf: session.csrfToken };
}

async function call(s: ApiSession, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown) {
  const response = await s.api.fetch(`/api/v1${path}`, {
    method,
    data,
    headers: method === 'GET' ? {} : { 'x-csrf-token': s.csrf },
  });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

/** A recruiting study with Viborg Kommune taking part and four of its leaders drawn; returns its id. */
async function recruitingStudy(school: ApiSession, viborg: ApiSession, title: string): Promise<string> {
  const study = await call(school, 'POST', '/studies', {
    title,
    purpose: 'Kortlægge kompetencegab hos førstelinjeledere i Viborg Kommune.',
    frameworkVersionId: NATIONAL_VERSION_ID,
    contactEmail: analyst,
  });
  const directory = await call(school, 'GET', '/study-organisation-directory?q=Viborg');
  const viborgOrg = directory.find((o: { name: string }) => o.name === 'Viborg Kommune');
  expect(viborgOrg, 'Viborg Kommune in the directory').toBeTruthy();
  await call(school, 'PUT', `/studies/${study.id}/organisations/${viborgOrg.id}`);
  await call(viborg, 'PUT', `/studies/${study.id}/participation`, { accept: true });

  // Only confirmed first-line leaders can be drawn; the demo org chart only suggests them.
  const confirmed = await call(viborg, 'GET', '/leaders?status=confirmed&pageSize=10');
  if (confirmed.total < 8) {
    const suggested = await call(viborg, 'GET', '/leaders?status=suggested&pageSize=20');
    expect(suggested.items.length).toBeGreaterThan(0);
    await call(viborg, 'POST', '/leaders/decisions', {
      personIds: suggested.items.map((l: { personId: string }) => l.personId),
      decision: 'confirmed',
    });
  }

  await call(school, 'PUT', `/studies/${study.id}/sampling/targets`, { total: 4 });
  await call(school, 'POST', `/studies/${study.id}/sampling/draw`);
  const recruiting = await call(school, 'PUT', `/studies/${study.id}/status`, { status: 'recruiting' });
  expect(recruiting.status).toBe('recruiting');
  expect(recruiting.participantsByStatus.drawn).toBe(4);
  return study.id;
}

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

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

async function expectNoViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const all = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(all, `axe on ${label}`).toEqual([]);
}

test.describe('fieldwork', () => {
  test('hours, invitations, the interview guide and response rates', async ({ page, playwright, baseURL }) => {
    test.setTimeout(180_000);
    const title = `Feltarbejde Viborg ${Date.now().toString(36)}`;
    const school = await apiSignIn(playwright.request, baseURL!, analyst, 'Mercantec');
    const viborg = await apiSignIn(playwright.request, baseURL!, viborgHr);
    const studyId = await recruitingStudy(school, viborg, title);

    await signIn(page, analyst);
    await useMercantec(page);
    await page.goto(`/studies/${studyId}/fieldwork`);
    await expect(page.getByRole('heading', { level: 1, name: `Feltarbejde: ${title}` })).toBeVisible();
    await expect(page).toHaveTitle(`Feltarbejde: ${title} – Frontline`);
    await expect(page.getByRole('link', { name: 'Tilbage til undersøgelsen' })).toHaveAttribute(
      'href',
      `/studies/${studyId}`,
    );
    await expect(page.getByText('4 udtrukne ledere venter på en invitation.')).toBeVisible();

    // The table of contents moves focus to the section's heading.
    const contents = page.getByRole('navigation', { name: 'På denne side' });
    await contents.getByRole('link', { name: 'Interviewtider' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Interviewtider' })).toBeFocused();
    await expect(page.getByText('Danske helligdage udelades automatisk')).toBeVisible();

    // 1. Interview hours through the form. A wrong time is caught in the browser and linked from the summary.
    const mondayFrom = page.getByLabel('Mandag, tidsrum 1: Fra');
    await mondayFrom.fill('25:00');
    await page.getByRole('button', { name: 'Gem mine tider' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er et problem' });
    await expect(summary).toBeFocused();
    await summary.getByRole('link', { name: 'Skriv tiden som TT:MM, fx 09:00.' }).click();
    await expect(mondayFrom).toBeFocused();
    await mondayFrom.fill('8.30');
    await page.getByLabel('Mandag, tidsrum 1: Til').fill('12:00');
    await page.getByRole('button', { name: 'Tilføj tidsrum: Mandag' }).click();
    const mondaySecond = page.getByLabel('Mandag, tidsrum 2: Fra');
    await expect(mondaySecond).toBeFocused();
    await mondaySecond.fill('13:00');
    await page.getByLabel('Mandag, tidsrum 2: Til').fill('15:30');
    await page.getByRole('button', { name: 'Fjern: Fredag, tidsrum 1' }).click();
    await expect(page.getByRole('button', { name: 'Tilføj tidsrum: Fredag' })).toBeFocused();
    await page.getByRole('button', { name: 'Tilføj undtagelse' }).click();
    const exceptionDate = page.getByLabel('Undtagelse 1: Dato');
    await expect(exceptionDate).toBeFocused();
    const fromDate = await page.getByLabel('Første dag').inputValue();
    const offDay = new Date(Date.parse(`${fromDate}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    await exceptionDate.fill(offDay);
    await page.getByRole('radio', { name: '45 minutter' }).check();
    await page.getByLabel('Pause mellem interviews (minutter)').fill('15');
    await page.getByRole('radio', { name: 'Fremmøde' }).check();
    await page.getByLabel('Sted eller link').fill('Mercantec, lokale 2.14');
    const preview = page.locator('.fieldwork-preview');
    await expect(preview.getByRole('listitem').first()).toBeVisible();
    await expect(preview).toContainText(/I alt \d+ tider i perioden/);
    await page.getByRole('button', { name: 'Gem mine tider' }).click();
    await expect(page.getByText('Dine tider er gemt.')).toBeVisible();
    // The form shows what was saved, as the server keeps it.
    await expect(mondayFrom).toHaveValue('08:30');

    const saved = await call(school, 'GET', `/studies/${studyId}/availability`);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ mode: 'place', location: 'Mercantec, lokale 2.14' });
    expect(saved[0].availability).toMatchObject({ slotMinutes: 45, bufferMinutes: 15, exceptions: [{ date: offDay }] });
    expect(saved[0].availability.weekly.filter((w: { weekday: number }) => w.weekday === 1)).toEqual([
      { weekday: 1, start: '08:30', end: '12:00' },
      { weekday: 1, start: '13:00', end: '15:30' },
    ]);
    expect(saved[0].availability.weekly.some((w: { weekday: number }) => w.weekday === 5)).toBe(false);

    // 2. Invitations, after a confirmation; the count is shown.
    await page.getByRole('button', { name: 'Send invitationer' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send invitationer?' });
    await expect(confirm).toContainText('4 udtrukne ledere får en mail');
    await confirm.getByRole('button', { name: 'Send invitationer' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByText('4 invitationer er sendt.')).toBeVisible();
    await expect(page.getByText('0 udtrukne ledere venter på en invitation.')).toBeVisible();
    await expect(page.getByText('4 inviterede ledere har endnu ikke booket eller svaret.')).toBeVisible();

    // 3. The interview guide: an emptied question is refused with the server's words, then edited and saved.
    await expect(page.getByText('Guiden er standardguiden fra kompetencerammen.')).toBeVisible();
    await expect(page.getByText('Ingen interviews er booket endnu.')).toBeVisible();
    const context = `Spørgsmål 1 i ${OPENING}`;
    await page.getByRole('button', { name: `Redigér: ${context}` }).click();
    const questionDa = page.getByLabel(`${context}: Spørgsmål på dansk`);
    await expect(questionDa).toBeVisible();
    await questionDa.fill('');
    await page.getByLabel(`${context}: Spørgsmål på engelsk`).fill('');
    await expect(page.getByText('Du har ændringer, der ikke er gemt.')).toBeVisible();
    await page.getByRole('button', { name: 'Gem guiden' }).click();
    const guideErrors = page.getByRole('alert').filter({ hasText: 'Der er et problem' });
    await expect(guideErrors).toBeFocused();
    await guideErrors.getByRole('link', { name: 'Teksten mangler.' }).click();
    await expect(questionDa).toBeFocused();
    const edited = `Fortæl om din vej til ledelse – og hvem der spurgte dig (${Date.now().toString(36)}).`;
    await questionDa.fill(edited);
    await page.getByLabel(`${context}: Spørgsmål på engelsk`).fill('Tell me about your path into leadership.');
    // Move it below the next question and back, by keyboard; focus follows the question.
    const down = page.getByRole('button', { name: `Flyt ned: ${context}` });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Flyt ned: Spørgsmål 2 i ${OPENING}` })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: `Flyt op: Spørgsmål 2 i ${OPENING}` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Flyt ned: ${context}` })).toBeFocused();
    await page.getByRole('button', { name: 'Gem guiden' }).click();
    await expect(page.getByText('Guiden er gemt.')).toBeVisible();
    await expect(page.getByText('Guiden er tilpasset af teamet.')).toBeVisible();
    await expect(page.getByText(edited)).toBeVisible();
    await expect(page.getByText('Du har ændringer, der ikke er gemt.')).toHaveCount(0);

    // The printable guide opens in a new tab and holds the saved text.
    const print = page.getByRole('link', { name: 'Udskriv guiden (åbner i en ny fane)' });
    await expect(print).toHaveAttribute('target', '_blank');
    const href = (await print.getAttribute('href'))!;
    expect(href).toBe(`/api/v1/studies/${studyId}/guide.html?lang=da`);
    const printed = await page.request.get(href);
    expect(printed.status()).toBe(200);
    expect(printed.headers()['content-type']).toContain('text/html');
    expect(await printed.text()).toContain(edited);
    const [tab] = await Promise.all([page.waitForEvent('popup'), print.click()]);
    await expect(tab.getByRole('heading', { level: 1 })).toContainText(title);
    await expect(tab.getByText(edited)).toBeVisible();
    await tab.close();

    // 4. Response rates per stratum, with totals and a live summary.
    const rates = page.getByRole('table', { name: 'Svarprocent pr. gruppe' });
    await expect(rates).toContainText('Viborg Kommune');
    await expect(rates.getByRole('columnheader', { name: 'Svarprocent' })).toBeVisible();
    const totals = rates.locator('tfoot tr');
    await expect(totals.getByRole('rowheader')).toHaveText('I alt');
    await expect(totals.locator('td').nth(0)).toHaveText('4');
    await expect(totals.locator('td').nth(1)).toHaveText('4');
    await expect(totals.locator('td').last()).toHaveText(/^0\s%$/);
    await expect(page.getByText(/^Samlet svarprocent: 0\s% \(0 af 4 inviterede har svaret\)\.$/)).toHaveAttribute(
      'aria-live',
      'polite',
    );

    await expectNoSeriousViolations(page, 'fieldwork page');
    await expectNoViolations(page, 'fieldwork page (all impacts)');
    await school.api.dispose();
    await viborg.api.dispose();
  });
});
