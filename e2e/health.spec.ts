import { expect, test } from '@playwright/test';

test.describe('probes and API documentation', () => {
  test('health and readiness probes answer', async ({ request }) => {
    const health = await request.get('/healthz');
    expect(health.status()).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const ready = await request.get('/readyz');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: true, migrated: true });
  });

  test('the OpenAPI document is OpenAPI 3.1 and describes the API', async ({ request, baseURL }) => {
    const res = await request.get('/api/openapi.json');
    expect(res.status()).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.info.title).toBe('Frontline API');
    expect(doc.servers).toEqual([{ url: baseURL }]);
    expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
    expect(Object.keys(doc.paths).every((path) => path.startsWith('/api/v1/'))).toBe(true);
  });

  test('the API docs render from local assets only', async ({ page, baseURL }) => {
    const requested: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('data:')) requested.push(req.url());
    });

    const res = await page.goto('/api/docs');
    expect(res?.status()).toBe(200);
    await expect(page).toHaveTitle('Frontline API');
    // Swagger UI has fetched the spec and rendered it.
    await expect(page.locator('.swagger-ui .info .title')).toContainText('Frontline API');
    await expect(page.locator('.swagger-ui .opblock').first()).toBeVisible();

    expect(requested).toContain(`${baseURL}/api/docs/assets/swagger-ui-bundle.js`);
    expect(requested).toContain(`${baseURL}/api/docs/assets/swagger-ui.css`);
    expect(requested).toContain(`${baseURL}/api/openapi.json`);
    expect(requested.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
    // Swagger UI's online validator badge would send the spec's URL to validator.swagger.io on any host that is
    // not localhost; it must be switched off.
    type SwaggerWindow = { ui: { getConfigs(): { validatorUrl?: string | null } } };
    expect(await page.evaluate(() => (window as unknown as SwaggerWindow).ui.getConfigs().validatorUrl)).toBeNull();
  });
});
