import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';

/**
 * The participant's page (/deltag/<token>) end to end, on a phone-sized screen and without signing in. The set-up
 * goes through the API: the demo analyst, as admin of VEU-center Midt, creates a study on the national framework and
 * invites Viborg Kommune; Viborg's HR accepts (and confirms leaders when the demo has none); the analyst draws five
 * leaders, opens recruiting, sets interview hours and sends the invitations, whose personal links are read from the
 * outbox. Then, in the browser: one leader consents and books in at most three taps, reloads, moves and cancels; one
 * picks a slot that another takes first and is told so, with the list refreshed; one
 * answers the self-assessment partly, is shown a server validation error by the field, resumes after a reload on the
 * right page and sends (a double click sends once); one withdraws; one declines; a forged link is refused. axe scans
 * the landing page, the slot list, the confirmation, a survey page and the final pages.
 */

const DEMO_PASSWORD = 'frontline-demo';
const analyst = 'analytiker@demo.frontline.dk';
const viborgHr = 'hr.viborg@demo.frontline.dk';
const NATIONAL_VERSION_ID = 'f1a00001-0000-4000-8000-000000000001';
const RUNNER = 'VEU-center Midt';
const PARTICIPANTS = 5;

interface Invitation {
  token: string;
  email: string;
}

/** A signed-in API user: the session cookie lives in the request context, writes carry the CSRF token. */
class ApiUser {
  private constructor(
    readonly request: APIRequestContext,
    private readonly csrf: string,
  ) {}

  static async signIn(
    playwright: { request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> } },
    baseURL: string,
    email: string,
  ) {
    const request = await playwright.request.newContext({ baseURL });
    const res = await request.post('/api/v1/auth/sign-in', { data: { email, password: DEMO_PASSWORD } });
    expect(res.status(), `sign-in ${email}`).toBe(200);
    return new ApiUser(request, (await res.json()).csrfToken);
  }

  // biome-ignore lint/suspicious/noExplicitAny: the spec reads response fields directly and asserts their values
  async call(method: string, path: string, data?: unknown): Promise<any> {
    const res = await this.request.fetch(`/api/v1${path}`, {
      method,
      data,
      headers: method === 'GET' ? {} : { 'x-csrf-token': this.csrf },
    });
    expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.status() === 204 ? null : res.json();
  }
}

const copenhagenDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(d);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/** Creates, staffs, samples and opens a study, sends the invitations and reads the personal links from the outbox. */
async function recruitingStudy(
  playwright: Parameters<typeof ApiUser.signIn>[0],
  baseURL: string,
  title: string,
): Promise<{ runner: ApiUser; invitations: Invitation[] }> {
  const runner = await ApiUser.signIn(playwright, baseURL, analyst);
  const session = await runner.call('GET', '/session');
  const veu = session.organisations.find((o: { name: string }) => o.name === RUNNER);
  expect(veu, 'the analyst is a member of VEU-center Midt').toBeTruthy();
  await runner.call('PUT', '/session/organisation', { organisationId: veu.id });
  const study = await runner.call('POST', '/studies', {
    title,
    purpose: 'Vi vil finde de kompetencer, førstelinjeledere mangler, og bygge et kursusmodul til dem.',
    frameworkVersionId: NATIONAL_VERSION_ID,
    contactName: 'Aase Demo-Analytiker',
    contactEmail: 'analytiker@demo.frontline.dk',
  });
  const [viborg] = await runner.call('GET', '/study-organisation-directory?q=Viborg');
  expect(viborg.name).toContain('Viborg');
  await runner.call('PUT', `/studies/${study.id}/organisations/${viborg.id}`);

  const hr = await ApiUser.signIn(playwright, baseURL, viborgHr);
  await hr.call('PUT', `/studies/${study.id}/participation`, { accept: true });
  const confirmed = await hr.call('GET', '/leaders?status=confirmed&pageSize=1');
  if (confirmed.total < PARTICIPANTS * 3) {
    const suggested = await hr.call('GET', '/leaders?status=suggested&pageSize=40');
    await hr.call('POST', '/leaders/decisions', {
      personIds: suggested.items.map((l: { personId: string }) => l.personId),
      decision: 'confirmed',
    });
  }
  await hr.request.dispose();

  await runner.call('PUT', `/studies/${study.id}/sampling/targets`, { total: PARTICIPANTS });
  await runner.call('POST', `/studies/${study.id}/sampling/draw`);
  await runner.call('PUT', `/studies/${study.id}/status`, { status: 'recruiting' });
  const now = new Date();
  await runner.call('PUT', `/studies/${study.id}/availability`, {
    availability: {
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '15:00' })),
      exceptions: [],
      slotMinutes: 30,
      bufferMinutes: 0,
      fromDate: copenhagenDate(addDays(now, 1)),
      toDate: copenhagenDate(addDays(now, 60)),
    },
    mode: 'video',
    location: 'Teams',
  });
  const sent = await runner.call('POST', `/studies/${study.id}/invitations`);
  expect(sent.sent).toBe(PARTICIPANTS);

  const outbox = await runner.call('GET', '/outbox?kind=study_invitation');
  const invitations: Invitation[] = [];
  for (const item of outbox.messages.filter((m: { subject: string }) => m.subject.includes(title))) {
    const message = await runner.call('GET', `/outbox/${item.id}`);
    const token = /\/deltag\/([A-Za-z0-9_-]{43})/.exec(message.text)?.[1];
    expect(token, `a personal link in the mail to ${item.to}`).toBeTruthy();
    invitations.push({ token: token as string, email: item.to });
  }
  expect(invitations).toHaveLength(PARTICIPANTS);
  return { runner, invitations };
}

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

const SLOT_NAME = /^\S+ \d+\. \S+, \d{2}\.\d{2}–\d{2}\.\d{2}$/;
const BASE_URL = 'http://127.0.0.1:3100';
const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Answers one competency's fieldset: both levels and, if given, the importance. */
async function answer(competency: Locator, current: string, needed: string, importance?: string) {
  await competency.getByRole('group', { name: 'Dit nuværende niveau' }).getByLabel(current).check();
  await competency.getByRole('group', { name: 'Det niveau, dit job kræver' }).getByLabel(needed).check();
  if (importance)
    await competency
      .getByRole('group', { name: 'Hvor vigtig er kompetencen i dit job?' })
      .getByLabel(importance)
      .check();
}

const competencies = (page: Page) => page.locator('fieldset.survey-competency');

let title: string;
let runner: ApiUser;
let invitations: Invitation[];

test.describe.configure({ mode: 'serial' });
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test.describe('the participant page', () => {
  test.beforeAll(async ({ playwright }, testInfo) => {
    test.setTimeout(120_000);
    title = `Kompetencer i førstelinjen ${Date.now().toString(36)}`;
    ({ runner, invitations } = await recruitingStudy(playwright, testInfo.project.use.baseURL ?? BASE_URL, title));
  });

  test.afterAll(async () => {
    await runner?.request.dispose();
  });

  test('a leader consents and books in three taps, then moves and cancels from the same link', async ({ page }) => {
    const { token, email } = invitations[0];
    await page.goto(`/deltag/${token}`);
    // Public: the study, not the sign-in form, for a visitor who is not signed in.
    await expect(h1(page, title)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Log ind' })).toHaveCount(0);
    await expect(page).toHaveTitle(`${title} – Frontline`);
    await expect(page.getByText(`${RUNNER} gennemfører undersøgelsen`)).toBeVisible();
    await expect(page.getByText('Et interview på 20–45 minutter')).toBeVisible();
    await expect(page.getByText(/Dine data gemmes i højst \d+ måneder/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'analytiker@demo.frontline.dk' })).toHaveAttribute(
      'href',
      'mailto:analytiker@demo.frontline.dk',
    );
    await expectNoSeriousViolations(page, 'landing');

    let taps = 0;
    const tap = async (target: Locator) => {
      taps++;
      await target.tap();
    };
    await page.getByLabel('Jeg har læst ovenstående og giver samtykke').tap();
    await tap(page.getByRole('button', { name: 'Book et interview' }));
    await expect(h1(page, 'Vælg et tidspunkt')).toBeFocused();
    await expect(page.getByText('Tiderne er dansk tid. Interviewet varer 30 minutter.')).toBeVisible();
    const slot = page.getByRole('button', { name: SLOT_NAME }).first();
    await expect(slot).toBeVisible();
    await expectNoSeriousViolations(page, 'slot list');
    const slotName = (await slot.textContent()) ?? '';
    const [, day, start] = /^(.+), (\d{2}\.\d{2})–/.exec(slotName) ?? [];
    expect(day, slotName).toBeTruthy();
    await tap(slot);
    await expect(h1(page, 'Bekræft tidspunktet')).toBeFocused();
    await expect(page.getByText(`${day} kl. ${start}`)).toBeVisible();
    await expect(page.getByText('Video: Teams')).toBeVisible();
    await expectNoSeriousViolations(page, 'confirmation');
    await tap(page.getByRole('button', { name: 'Book', exact: true }));
    await expect(h1(page, 'Dit interview er booket')).toBeVisible();
    await expect(page.getByText('Du får en bekræftelse med kalenderinvitation på mail.')).toBeVisible();
    expect(taps, 'taps after ticking the consent box').toBeLessThanOrEqual(3);

    // The confirmation mail carries the calendar invitation.
    const confirmations = await runner.call(
      'GET',
      `/outbox?kind=study_booking_confirmed&to=${encodeURIComponent(email)}`,
    );
    expect(confirmations.messages).toHaveLength(1);
    const mail = await runner.call('GET', `/outbox/${confirmations.messages[0].id}`);
    expect(mail.attachments.map((a: { contentType: string }) => a.contentType).join()).toContain('text/calendar');

    // The same link later: the booking is shown, and can be moved.
    await page.goto(`/deltag/${token}`);
    const booked = page
      .locator('.participation-card')
      .filter({ has: page.getByRole('heading', { name: 'Dit interview' }) });
    await expect(booked).toContainText(`${day} kl. ${start}`);
    await expect(booked).toContainText('30 minutter');
    await booked.getByRole('button', { name: 'Flyt' }).tap();
    await expect(h1(page, 'Vælg et nyt tidspunkt')).toBeFocused();
    const other = page.getByRole('button', { name: SLOT_NAME }).nth(1);
    const [, newDay, newStart] = /^(.+), (\d{2}\.\d{2})–/.exec((await other.textContent()) ?? '') ?? [];
    expect(`${newDay} ${newStart}`).not.toBe(`${day} ${start}`);
    await other.tap();
    await expect(page.getByText(`Det erstatter dit nuværende interview ${day} kl. ${start}.`)).toBeVisible();
    await page.getByRole('button', { name: 'Flyt interviewet' }).tap();
    await expect(h1(page, 'Dit interview er flyttet')).toBeVisible();
    await page.getByRole('button', { name: 'Til oversigten' }).tap();
    await expect(booked).toContainText(`${newDay} kl. ${newStart}`);
    const moved = await runner.call('GET', `/outbox?kind=study_booking_moved&to=${encodeURIComponent(email)}`);
    expect(moved.messages).toHaveLength(1);

    // … and cancelled, after a confirmation.
    await booked.getByRole('button', { name: 'Aflys' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Aflys interviewet?' });
    await dialog.getByRole('button', { name: 'Aflys interviewet' }).tap();
    await expect(page.getByText('Interviewet er aflyst. Du får en mail om det.')).toBeVisible();
    await expect(booked).toHaveCount(0);
    await expect(page.locator('.participation-note')).toBeFocused();
    await expect(page.getByRole('button', { name: 'Book et interview' })).toBeVisible();
    const cancelled = await runner.call('GET', `/outbox?kind=study_booking_cancelled&to=${encodeURIComponent(email)}`);
    expect(cancelled.messages).toHaveLength(1);
  });

  test('a slot taken by someone else meanwhile is refused with a clear message, and the list is refreshed', async ({
    page,
    playwright,
  }) => {
    const { token } = invitations[4];
    await page.goto(`/deltag/${token}`);
    await page.getByLabel('Jeg har læst ovenstående og giver samtykke').tap();
    await page.getByRole('button', { name: 'Book et interview' }).tap();
    const slots = page.getByRole('button', { name: SLOT_NAME });
    const first = slots.first();
    const firstName = (await first.textContent()) ?? '';

    // Another leader books that slot through their own link while this one is choosing.
    const other = await playwright.request.newContext({ baseURL: BASE_URL });
    const otherToken = invitations[0].token;
    const free = await (await other.get(`/api/v1/participation/${otherToken}/slots`)).json();
    const taken = await other.put(`/api/v1/participation/${otherToken}/booking`, {
      data: { interviewerId: free[0].interviewerId, start: free[0].start },
    });
    expect(taken.status(), await taken.text()).toBe(200);

    await first.tap();
    await page.getByRole('button', { name: 'Book', exact: true }).tap();
    await expect(h1(page, 'Vælg et tidspunkt')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      'Tidspunktet er lige blevet booket af en anden. Vælg et andet.',
    );
    await expect(slots.first()).not.toHaveText(firstName);
    // Nothing was booked for this leader.
    const view = await (await other.get(`/api/v1/participation/${token}`)).json();
    expect(view.booking).toBeNull();
    expect((await other.delete(`/api/v1/participation/${otherToken}/booking`)).status()).toBe(204);
    await other.dispose();
  });

  test('a leader answers the self-assessment in parts, resumes from the link and sends once', async ({ page }) => {
    test.setTimeout(120_000);
    const { token } = invitations[1];
    await page.goto(`/deltag/${token}`);
    await expect(h1(page, title)).toBeVisible();

    // Choosing without consent is refused by the box itself.
    await page.getByRole('button', { name: 'Svar på spørgeskemaet i stedet (ca. 10 min.)' }).tap();
    const consent = page.getByLabel('Jeg har læst ovenstående og giver samtykke');
    await expect(page.getByText('Sæt kryds for at give dit samtykke, før du vælger.')).toBeVisible();
    await expect(consent).toBeFocused();
    await expect(consent).toHaveAttribute('aria-invalid', 'true');
    await consent.tap();
    await page.getByRole('button', { name: 'Svar på spørgeskemaet i stedet (ca. 10 min.)' }).tap();

    await expect(h1(page, 'Spørgeskema om dine kompetencer')).toBeFocused();
    await expect(page.getByText('Side 1 af 4')).toBeVisible();
    const progress = page.getByRole('progressbar', { name: 'Besvarede kompetencer' });
    await expect(progress).toHaveAttribute('aria-valuenow', '0');
    await expect(competencies(page)).toHaveCount(2);
    // The scale's label and the competency's descriptor for the level.
    const first = competencies(page).first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Fra kollega til leder');
    await expect(
      first.getByRole('group', { name: 'Dit nuværende niveau' }).getByLabel('3 – Selvstændig'),
    ).toHaveAttribute('aria-describedby', /-hint$/);
    await expectNoSeriousViolations(page, 'survey page');

    await answer(first, '2 – Øvet', '4 – Erfaren', '4 – Meget vigtig');
    await first.getByLabel('Kommentar (frivillig)').fill('Det svære er at sige fra over for tidligere kolleger.');
    await answer(competencies(page).nth(1), '3 – Selvstændig', '4 – Erfaren');
    await expect(page.getByRole('status').filter({ hasText: 'Gemt' })).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '20');
    await expect(page.getByText('2 af 10 kompetencer besvaret')).toBeVisible();

    await page.getByRole('button', { name: 'Næste side' }).tap();
    await expect(page.getByText('Side 2 af 4')).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Personaleledelse' })).toBeFocused();
    // A value outside the scale (a tampered request) is refused by the server and shown by its competency.
    await page.route('**/survey/answers', async (route) => {
      const body = route.request().postDataJSON();
      body.answers[0].currentLevel = 9;
      await route.continue({ postData: JSON.stringify(body) });
    });
    const staff = competencies(page).first();
    await answer(staff, '1 – Begynder', '3 – Selvstændig');
    await expect(page.getByRole('alert').filter({ hasText: 'Dine seneste svar kunne ikke gemmes' })).toBeVisible();
    await expect(staff).toContainText('Dit nuværende niveau skal være et af niveauerne på skalaen (1–5).');
    await expect(staff).toHaveAttribute('aria-describedby', /-error$/);
    await page.unroute('**/survey/answers');
    await staff.getByRole('group', { name: 'Dit nuværende niveau' }).getByLabel('2 – Øvet').check();
    await expect(page.getByRole('status').filter({ hasText: 'Gemt' })).toBeVisible();
    await expect(staff).not.toContainText('skal være et af niveauerne');

    // Reload: the survey opens on the first page with an unanswered competency, with the answers given.
    await page.reload();
    await expect(h1(page, 'Spørgeskema om dine kompetencer')).toBeVisible();
    await expect(page.getByText('Side 2 af 4')).toBeVisible();
    await expect(page.getByText('3 af 10 kompetencer besvaret')).toBeVisible();
    await expect(
      competencies(page).first().getByRole('group', { name: 'Dit nuværende niveau' }).getByLabel('2 – Øvet'),
    ).toBeChecked();
    await page.getByRole('button', { name: 'Forrige side' }).tap();
    await expect(competencies(page).first().getByLabel('Kommentar (frivillig)')).toHaveValue(
      'Det svære er at sige fra over for tidligere kolleger.',
    );
    await page.getByRole('button', { name: 'Næste side' }).tap();

    // Finish the rest, page by page.
    for (let pageNumber = 2; pageNumber <= 4; pageNumber++) {
      await expect(page.getByText(`Side ${pageNumber} af 4`)).toBeVisible();
      const count = await competencies(page).count();
      for (let i = 0; i < count; i++)
        await answer(competencies(page).nth(i), '2 – Øvet', '3 – Selvstændig', '3 – Vigtig');
      if (pageNumber < 4) await page.getByRole('button', { name: 'Næste side' }).tap();
    }
    await expect(page.getByText('Du har besvaret 10 af 10 kompetencer.')).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '100');

    // A double click sends once.
    const submits: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/survey/submit')) submits.push(request.url());
    });
    await page.getByRole('button', { name: 'Send svar' }).dblclick();
    await expect(h1(page, 'Tak for dine svar')).toBeFocused();
    expect(submits).toHaveLength(1);
    await expectNoSeriousViolations(page, 'survey thanks');

    await page.getByRole('button', { name: 'Til oversigten' }).tap();
    await expect(page.getByText(/Du sendte dine svar .+\. Tak!/)).toBeVisible();
  });

  test('a leader withdraws, and the link then says so', async ({ page }) => {
    const { token } = invitations[2];
    await page.goto(`/deltag/${token}`);
    await page.getByLabel('Jeg har læst ovenstående og giver samtykke').tap();
    await page.getByRole('button', { name: 'Svar på spørgeskemaet i stedet (ca. 10 min.)' }).tap();
    await answer(competencies(page).first(), '1 – Begynder', '2 – Øvet');
    await expect(page.getByRole('status').filter({ hasText: 'Gemt' })).toBeVisible();

    await page.getByRole('button', { name: 'Træk mig fra undersøgelsen' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Træk dig fra undersøgelsen?' });
    await expect(dialog).toContainText('Dine svar på spørgeskemaet og dine bookinger slettes');
    await dialog.getByRole('button', { name: 'Træk mig og slet mine data' }).tap();
    await expect(h1(page, 'Du er trukket fra undersøgelsen')).toBeFocused();
    await expect(page.getByText('Dine svar og bookinger er slettet')).toBeVisible();
    await expectNoSeriousViolations(page, 'withdrawn');

    await page.goto(`/deltag/${token}`);
    await expect(h1(page, 'Du er trukket fra undersøgelsen')).toBeVisible();
    await expect(page.getByText('Du har trukket dig fra undersøgelsen, og dine data er slettet.')).toBeVisible();
  });

  test('a leader declines, and a forged link is refused with a clear message', async ({ page }) => {
    const { token } = invitations[3];
    await page.goto(`/deltag/${token}`);
    // The language switch works without an account.
    await page.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('heading', { name: 'Will you take part?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Book an interview' })).toBeVisible();
    await page.getByRole('button', { name: 'Dansk' }).tap();
    await page.getByRole('button', { name: 'Jeg vil ikke deltage' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Vil du ikke deltage?' });
    await dialog.getByRole('button', { name: 'Nej tak, jeg deltager ikke' }).tap();
    await expect(h1(page, 'Tak for dit svar')).toBeVisible();
    await page.reload();
    await expect(h1(page, 'Tak for dit svar')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Book et interview' })).toHaveCount(0);

    await page.goto(`/deltag/${'A'.repeat(43)}`);
    await expect(h1(page, 'Linket virker ikke')).toBeVisible();
    await expect(page.getByText('Linket kendes ikke.', { exact: false })).toBeVisible();
    await expectNoSeriousViolations(page, 'forged link');
  });
});
