import { type APIRequest, type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { ANALYST, chooseMercantec, DEMO_PASSWORD, DEMO_STUDY, expectNoSeriousViolations, signIn } from './demo-session';

/**
 * The coding workspace on a demo transcript, as the demo analyst of Mercantec: select words in a leader's turn,
 * apply the code with shortcut 1 ("Behov: økonomisk forståelse") and see its bar in the margin; undo it (the server
 * forgets it); apply it again, reach the bar with the keyboard and write a memo on the passage with M; remove it
 * with Delete and get it back with Ctrl+Z (through /codings/restore); accept a machine suggestion with A. Then the
 * "Alle kodere" layer and the comparison panel. The page is scanned with axe.
 */

const analyst = ANALYST;
const CODE_1 = 'Behov: økonomisk forståelse';

interface ApiSession {
  api: APIRequestContext;
  csrf: string;
}

async function apiSignIn(request: APIRequest, baseURL: string, organisationName: string): Promise<ApiSession> {
  const api = await request.newContext({ baseURL });
  const signedIn = await api.post('/api/v1/auth/sign-in', { data: { email: analyst, password: DEMO_PASSWORD } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  let session = await signedIn.json();
  if (session.activeOrganisation?.name !== organisationName) {
    const org = session.organisations.find((o: { name: string }) => o.name === organisationName);
    const switched = await api.put('/api/v1/session/organisation', {
      data: { organisationId: org.id },
      headers: { 'x-csrf-token': session.csrfToken },
    });
    expect(switched.status(), await switched.text()).toBe(200);
  }
  session = await (await api.get('/api/v1/session')).json();
  return { api, csrf: session.csrfToken };
}

async function get(s: ApiSession, path: string) {
  const response = await s.api.get(`/api/v1${path}`);
  expect(response.ok(), `GET ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json();
}

async function signInAsAnalyst(page: Page) {
  await signIn(page, analyst);
  await chooseMercantec(page);
}

interface Coding {
  id: string;
  codeId: string;
  start: number;
  end: number;
  origin: string;
}

/** Selects words 3–6 of a turn's text through the DOM selection, as a mouse drag would; returns the words. */
async function selectWords(page: Page, ordinal: number): Promise<string> {
  return page.evaluate((seg) => {
    const el = document.querySelector<HTMLElement>(`[data-cw-root] [data-seg="${seg}"]`)!;
    el.scrollIntoView({ block: 'center' });
    // The first text node with words enough (a bold speaker label "L: " may come first).
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode() as Text;
    while ([...node.data.matchAll(/\S+/g)].length < 6) node = walker.nextNode() as Text;
    const words = [...node.data.matchAll(/\S+/g)];
    const from = words[2].index ?? 0;
    const last = words[5];
    const to = (last.index ?? 0) + last[0].length;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return node.data.slice(from, to);
  }, ordinal);
}

test.describe('coding workspace', () => {
  test('code by shortcut, undo, memo, remove and restore, accept a suggestion', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const school = await apiSignIn(playwright.request, baseURL!, 'Mercantec');
    const studies = await get(school, '/studies');
    const study = studies.find((s: { title: string }) => s.title === DEMO_STUDY);
    expect(study, 'the demo study').toBeTruthy();
    const transcripts = await get(school, `/studies/${study.id}/transcripts`);
    // A demo transcript with open machine suggestions.
    let transcript: { id: string; title: string } | null = null;
    for (const t of transcripts.filter((x: { demo: boolean }) => x.demo)) {
      if ((await get(school, `/studies/${study.id}/transcripts/${t.id}/suggestions`)).length > 0) {
        transcript = t;
        break;
      }
    }
    expect(transcript, 'a demo transcript with suggestions').toBeTruthy();
    const base = `/studies/${study.id}/transcripts/${transcript!.id}`;
    const detail = await get(school, base);
    const codes = await get(school, `/studies/${study.id}/codes`);
    const code1 = codes.find((c: { shortcut: string | null }) => c.shortcut === '1');
    expect(code1.name).toBe(CODE_1);
    const mine = async (): Promise<Coding[]> => get(school, `${base}/codings?coder=me`);
    const points = [...detail.text];
    /** The caller's stored coding of code 1 on exactly these words (offsets are code points). */
    const stored = async (words: string) =>
      (await mine()).find((c) => c.codeId === code1.id && points.slice(c.start, c.end).join('') === words);
    const participantTurn = detail.segments.findIndex(
      (s: { role: string; end: number; start: number }) => s.role === 'participant' && s.end - s.start > 80,
    );
    expect(participantTurn).toBeGreaterThanOrEqual(0);

    await signInAsAnalyst(page);
    await page.goto(base);
    await expect(page.getByRole('heading', { level: 1, name: `Kodning: ${transcript!.title}` })).toBeVisible();
    await expect(page).toHaveTitle(`Kodning: ${transcript!.title} – Frontline`);
    await expect(page.getByRole('link', { name: 'Tilbage til interviewanalysen' })).toHaveAttribute(
      'href',
      `/studies/${study.id}/coding`,
    );
    const palette = page.getByRole('list', { name: 'Kodebog' });
    await expect(palette.getByRole('button', { name: `Anvend ${CODE_1} (tast 1)` })).toBeVisible();
    await expect(page.locator('button.cw-bar.cw-placed').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'the coding workspace');

    // 1. Select words in a leader's turn and apply code 1 by its shortcut.
    const bars = page.locator('[data-cw-root] button.cw-bar');
    const before = await bars.count();
    const words = await selectWords(page, participantTurn);
    const status = page.getByTestId('cw-selection-status');
    await expect(status).toContainText(`Markeret: »${words}«`);
    await page.keyboard.press('1');
    const live = page.getByTestId('cw-live');
    await expect(live).toContainText(`Koden ${CODE_1} er anvendt`);
    const bar = page.getByRole('button', { name: `${CODE_1}, din kodning: »${words}«`, exact: false });
    await expect(bar).toHaveCount(1);
    await expect(bars).toHaveCount(before + 1);
    // Stored with the code point offsets of the selected words.
    await expect.poll(async () => Boolean(await stored(words))).toBe(true);
    const applied = await stored(words);

    // 2. Undo: the bar goes, and so does the stored coding.
    await page.getByRole('button', { name: 'Fortryd' }).click();
    await expect(live).toContainText(`Fortrudt: anvendelse af ${CODE_1}`);
    await expect(bar).toHaveCount(0);
    await expect.poll(async () => (await mine()).some((c) => c.id === applied!.id)).toBe(false);

    // 3. Redo with the keyboard, then reach the bar and write a memo on the passage with M.
    await page.locator('body').press('Control+Shift+Z');
    await expect(bar).toHaveCount(1);
    await expect(page.locator('[data-cw-root] button.cw-bar[data-bar^="tmp-"]')).toHaveCount(0);
    await bar.focus();
    await expect(page.getByRole('tooltip')).toContainText(CODE_1);
    await bar.press('m');
    const memoField = page.getByLabel('Nyt notat om passagen');
    await expect(memoField).toBeFocused();
    await memoField.fill('Tydeligt behov for budgetværktøjer.');
    await page.getByRole('button', { name: 'Tilføj notat' }).first().click();
    await expect(live).toContainText('Notatet er tilføjet');
    await expect(page.getByText('Tydeligt behov for budgetværktøjer.')).toBeVisible();
    const redone = await stored(words);
    const memos = await get(school, `/studies/${study.id}/memos?codingId=${redone!.id}`);
    expect(memos.map((m: { text: string }) => m.text)).toEqual(['Tydeligt behov for budgetværktøjer.']);

    // 4. Delete removes one's own coding; Ctrl+Z puts it back through /codings/restore.
    await bar.focus();
    await bar.press('Delete');
    await expect(live).toContainText(`Kodningen ${CODE_1} er fjernet`);
    await expect(bar).toHaveCount(0);
    await expect.poll(async () => (await mine()).some((c) => c.id === redone!.id)).toBe(false);
    const restore = page.waitForRequest((r) => r.url().endsWith('/codings/restore') && r.method() === 'POST');
    await page.locator('body').press('Control+z');
    await restore;
    await expect(bar).toHaveCount(1);
    await expect.poll(async () => Boolean(await stored(words))).toBe(true);

    // 5. A machine suggestion: it counts for nothing until accepted with A.
    const open = (await get(school, `${base}/suggestions`)).length;
    await page.getByRole('tab', { name: `Forslag (${open})` }).click();
    const first = page.locator('[data-suggestion]').first();
    await first.focus();
    await expect(first).toContainText('sikkerhed');
    const machineBefore = (await mine()).filter((c) => c.origin === 'machine').length;
    await first.press('a');
    await expect(live).toContainText('er accepteret og er nu din kodning');
    await expect(page.getByRole('tab', { name: `Forslag (${open - 1})` })).toBeVisible();
    await expect.poll(async () => (await get(school, `${base}/suggestions`)).length).toBe(open - 1);
    await expect.poll(async () => (await mine()).filter((c) => c.origin === 'machine').length).toBe(machineBefore + 1);

    // 6. All coders' bars apart, and the comparison of the coders.
    await page.getByRole('radio', { name: 'Alle kodere' }).check();
    await expect(page.getByRole('heading', { name: 'Kodere i margenen' })).toBeVisible();
    await page.getByRole('tab', { name: 'Sammenlign' }).click();
    await expect(page.getByText(/Koderne er enige om \d+ enheder/)).toBeVisible();
    await expectNoSeriousViolations(page, 'the coding workspace with all coders and the comparison');
  });
});
