import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';

/**
 * The SPA shell against the real app with the demo data: sign-in, organisation and language switches, the mail
 * flows through the outbox (invitation, password reset), API tokens, audit log, 404 and accessibility.
 */

const DEMO_PASSWORD = 'frontline-demo';
const admin = 'admin@demo.frontline.dk';
const hr = 'hr.viborg@demo.frontline.dk';
const analyst = 'analytiker@demo.frontline.dk';
const leader = 'leder@demo.frontline.dk';
const coordinator = 'koordinator@demo.frontline.dk';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

/** Signs in through the form, submitting with Enter as a keyboard user would. */
async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Adgangskode', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
}

async function openSection(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Finds the newest outbox mail to `to` whose subject matches, and returns the path of the link in it. */
async function linkFromOutbox(page: Page, to: string, subject: RegExp, linkPath: string): Promise<string> {
  await openSection(page, 'Udbakke');
  await page.getByLabel('Modtager').fill(to);
  await page.getByRole('button', { name: 'Søg' }).click();
  await page.getByRole('row').filter({ hasText: to }).getByRole('link', { name: subject }).first().click();
  const link = page.getByRole('link', { name: new RegExp(`${linkPath.replace('/', '\\/')}\\?token=`) });
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();
  const url = new URL(href!);
  return `${url.pathname}${url.search}`;
}

/** Invites `email` into Viborg Kommune as HR (signed in as the platform admin) and returns the invitation link. */
async function inviteFromAdmin(page: Page, email: string): Promise<string> {
  await openSection(page, 'Medlemmer');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Rolle').selectOption({ label: 'HR' });
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText(`Invitationen er sendt til ${email}.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Invitationer, der venter' })).toContainText(email);
  return linkFromOutbox(page, email, /inviteret/i, '/invitation');
}

/** Opens an invitation link in a fresh browser context and creates the account; returns the signed-in page. */
async function acceptAsNewUser(browser: Browser, invitationPath: string, name: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(invitationPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Invitation til Frontline' })).toBeVisible();
  await expect(page.getByText('Du er inviteret til Viborg Kommune som HR.')).toBeVisible();
  await page.getByLabel('Navn').fill(name);
  await page.getByLabel('Ny adgangskode', { exact: true }).fill(password);
  await page.getByLabel('Gentag ny adgangskode').fill(password);
  await page.getByRole('button', { name: 'Opret bruger og tag imod' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
  return { context, page };
}

async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${label}`).toEqual([]);
}

test.describe('sign-in and the start page', () => {
  test('signs in with a demo login and shows the Danish start page with the sections of the role', async ({ page }) => {
    await signIn(page, hr);
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
    await expect(page).toHaveTitle('Forside – Frontline');
    await expect(page.getByText('Velkommen, ')).toBeVisible();
    await expect(page.getByText('Du arbejder i Viborg Kommune som HR.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kom i gang' })).toBeVisible();
    await expect(page.getByText('Demodata', { exact: true })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Hovedmenu' });
    await expect(menu.getByRole('link', { name: 'Start' })).toHaveAttribute('aria-current', 'page');
    await expect(menu.getByRole('link', { name: 'API-nøgler' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'Medlemmer' })).toHaveCount(0);
    await expect(menu.getByRole('link', { name: 'Organisationer' })).toHaveCount(0);
  });

  test('an admin is told to invite colleagues', async ({ page }) => {
    await signIn(page, admin);
    await page.getByRole('link', { name: 'Invitér dine kolleger' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Medlemmer' })).toBeVisible();
  });

  test('a wrong password shows the Danish error next to the form', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').fill(coordinator);
    await page.getByLabel('Adgangskode', { exact: true }).fill('forkert-adgangskode');
    await page.getByRole('button', { name: 'Log ind' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('Der er et problem');
    await expect(summary).toContainText('Forkert e-mail eller adgangskode.');
    await expect(summary).toBeFocused();
  });

  test('empty fields are reported at the fields, in Danish', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('E-mail')).toHaveAccessibleDescription('Fejl: Indtast din e-mail.');
    // The summary links to the field.
    await page.getByRole('alert').getByRole('link', { name: 'Indtast din adgangskode.' }).click();
    await expect(page.getByLabel('Adgangskode', { exact: true })).toBeFocused();
  });

  test('a signed-out visitor of a page gets the sign-in form, then the page', async ({ page }) => {
    await page.goto('/profile');
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await page.getByLabel('E-mail').fill(leader);
    await page.getByLabel('Adgangskode', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  });

  test('signs out', async ({ page }) => {
    await signIn(page, coordinator);
    await page.getByRole('button', { name: 'Log af' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log af' })).toHaveCount(0);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/sign-in');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Gå til indhold' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main-content')).toBeFocused();
  });
});

test.describe('header', () => {
  test('switches organisation', async ({ page }) => {
    await signIn(page, analyst);
    const select = page.getByLabel('Organisation', { exact: true });
    const options = await select.locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Mercantec', 'VEU-center Midt']));

    await select.selectOption({ label: 'VEU-center Midt' });
    await page.getByRole('button', { name: 'Skift organisation' }).click();
    await expect(page.getByText('Du arbejder i VEU-center Midt som administrator.')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Medlemmer' }),
    ).toBeVisible();

    await select.selectOption({ label: 'Mercantec' });
    await page.getByRole('button', { name: 'Skift organisation' }).click();
    await expect(page.getByText('Du arbejder i Mercantec som analytiker.')).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Medlemmer' }),
    ).toHaveCount(0);
  });

  test('switches the language to English, keeps it on the account, and back to Danish', async ({ page }) => {
    await signIn(page, leader);
    const savedEnglish = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH',
    );
    await page.getByRole('button', { name: 'English' }).click();
    expect((await savedEnglish).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Front page – Frontline');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    // Saved on the account: a fresh page load (and the server's texts) follow it.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();

    const savedDanish = page.waitForResponse((r) => r.url().endsWith('/api/v1/me') && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Dansk' }).click();
    expect((await savedDanish).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  });
});

test.describe('mail flows through the outbox', () => {
  test('an admin invites a new member, who creates an account from the mail and lands signed in', async ({
    page,
    browser,
  }) => {
    const email = `ny.kollega.${unique()}@example.dk`;
    await signIn(page, admin);
    const invitation = await inviteFromAdmin(page, email);

    const invited = await acceptAsNewUser(browser, invitation, 'Nina Ny', 'en lang ny adgangskode');
    await expect(invited.page.getByText('Du arbejder i Viborg Kommune som HR.')).toBeVisible();
    await expect(invited.page.getByText('Nina Ny', { exact: true })).toBeVisible();
    await invited.context.close();

    // The admin sees the new member and no pending invitation for them.
    await openSection(page, 'Medlemmer');
    await expect(page.getByRole('table', { name: 'Medlemmer' })).toContainText(email);
  });

  test('forgot password: the reset mail in the outbox leads to a new password that signs in', async ({
    page,
    browser,
  }) => {
    // A dedicated user, so the demo logins other tests use keep their password.
    const email = `glemsom.${unique()}@example.dk`;
    await signIn(page, admin);
    const invitation = await inviteFromAdmin(page, email);
    const created = await acceptAsNewUser(browser, invitation, 'Gitte Glemsom', 'den gamle adgangskode');
    await created.context.close();

    const visitor = await browser.newContext();
    const reset = await visitor.newPage();
    await reset.goto('/sign-in');
    await reset.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await expect(reset.getByRole('heading', { level: 1, name: 'Glemt adgangskode' })).toBeVisible();
    await reset.getByLabel('E-mail').fill(email);
    await reset.getByRole('button', { name: 'Send link' }).click();
    await expect(reset.getByText('Tjek din mail')).toBeVisible();

    // The platform admin reads the reset mail (it belongs to no organisation) in Udbakke.
    const resetPath = await linkFromOutbox(page, email, /adgangskode/i, '/reset-password');

    await reset.goto(resetPath);
    await expect(reset.getByRole('heading', { level: 1, name: 'Vælg ny adgangskode' })).toBeVisible();
    await reset.getByLabel('Ny adgangskode', { exact: true }).fill('kort');
    await reset.getByLabel('Gentag ny adgangskode').fill('kort');
    await reset.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await expect(reset.getByRole('alert')).toContainText('Adgangskoden skal være mindst 10 tegn.');

    await reset.getByLabel('Ny adgangskode', { exact: true }).fill('en helt ny adgangskode');
    await reset.getByLabel('Gentag ny adgangskode').fill('en helt ny adgangskode');
    await reset.getByRole('button', { name: 'Gem ny adgangskode' }).click();
    await expect(reset.getByText('Adgangskoden er skiftet')).toBeVisible();
    await reset.getByRole('link', { name: 'Log ind' }).click();

    await reset.getByLabel('E-mail').fill(email);
    await reset.getByLabel('Adgangskode', { exact: true }).fill('den gamle adgangskode');
    await reset.getByRole('button', { name: 'Log ind' }).click();
    await expect(reset.getByRole('alert')).toContainText('Forkert e-mail eller adgangskode.');
    await reset.getByLabel('Adgangskode', { exact: true }).fill('en helt ny adgangskode');
    await reset.getByRole('button', { name: 'Log ind' }).click();
    await expect(reset.getByRole('heading', { level: 1, name: 'Forside' })).toBeVisible();
    await visitor.close();
  });
});

test.describe('administration pages', () => {
  test('creates an API token, shows it once, and it works against the API', async ({ page, playwright }) => {
    await signIn(page, hr);
    await openSection(page, 'API-nøgler');
    const name = `e2e-nøgle ${unique()}`;
    await page.getByLabel('Navn').fill(name);
    await page.getByRole('button', { name: 'Opret API-nøgle' }).click();
    await expect(page.getByText(`API-nøglen "${name}" er oprettet`)).toBeVisible();
    const secret = (await page.locator('code.token-secret').textContent())?.trim() ?? '';
    expect(secret.length).toBeGreaterThan(20);
    await expect(page.getByRole('button', { name: 'Kopiér API-nøgle' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Dine API-nøgler' })).toContainText(name);

    const api = await playwright.request.newContext({ extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
    const session = await api.get('/api/v1/session');
    expect(session.status()).toBe(200);
    expect((await session.json()).user.email).toBe(hr);
    await api.dispose();

    // Shown once: after a reload only the prefix is left.
    await page.reload();
    await expect(page.getByRole('table', { name: 'Dine API-nøgler' })).toContainText(name);
    await expect(page.getByText(secret)).toHaveCount(0);

    // The revoke dialog traps focus, closes with Escape and gives focus back.
    const row = page.getByRole('row').filter({ hasText: name });
    const revoke = row.getByRole('button', { name: /Tilbagekald/ });
    await revoke.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(revoke).toBeFocused();
  });

  test('the audit log shows the sign-in', async ({ page }) => {
    await signIn(page, admin);
    await openSection(page, 'Revisionslog');
    const action = page.getByLabel('Handling');
    await expect(action.getByRole('option', { name: 'auth.sign_in', exact: true })).toHaveCount(1);
    await action.selectOption('auth.sign_in');
    await page.getByLabel('Bruger').fill(admin);
    await page.getByRole('button', { name: 'Vis', exact: true }).click();
    const table = page.getByRole('table', { name: /Hændelser i revisionsloggen/ });
    await expect(
      table.getByRole('row').filter({ hasText: 'auth.sign_in' }).filter({ hasText: admin }).first(),
    ).toBeVisible();
  });

  test('shows the 404 page for an unknown address', async ({ page }) => {
    await page.goto('/findes-ikke');
    await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
    await expect(page).toHaveTitle('Siden findes ikke – Frontline');
    await page.getByRole('link', { name: 'Gå til forsiden', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  });
});

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  test('sign-in page, also with errors', async ({ page }) => {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
    await expectNoSeriousViolations(page, 'sign-in');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoSeriousViolations(page, 'sign-in with errors');
  });

  test('404 page', async ({ page }) => {
    await page.goto('/findes-ikke');
    await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
    await expectNoSeriousViolations(page, '404');
  });

  test('start, members, audit, outbox and profile pages', async ({ page }) => {
    await signIn(page, admin);
    await expectNoSeriousViolations(page, 'start');
    for (const section of ['Medlemmer', 'Revisionslog', 'Udbakke']) {
      await openSection(page, section);
      await page.waitForLoadState('networkidle');
      await expectNoSeriousViolations(page, section);
    }
    await page.getByRole('link', { name: 'Profil', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
    await expectNoSeriousViolations(page, 'profile');
  });
});
