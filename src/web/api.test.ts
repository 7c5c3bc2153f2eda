import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, queryString, toApiError } from './api';

const problem = (body: unknown, status: number, contentType = 'application/problem+json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });

describe('toApiError', () => {
  it('reads status, code, detail, request id and field errors from problem+json', async () => {
    const error = await toApiError(
      problem(
        {
          type: '/problems/validation',
          title: 'Bad Request',
          status: 400,
          detail: 'Nogle felter er ikke udfyldt korrekt.',
          code: 'validation',
          requestId: 'r-1',
          errors: [
            { path: 'email', message: 'Ugyldig e-mail' },
            { path: 'password', message: 'For kort' },
          ],
        },
        400,
      ),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.code).toBe('validation');
    expect(error.detail).toBe('Nogle felter er ikke udfyldt korrekt.');
    expect(error.requestId).toBe('r-1');
    expect(error.fieldError('email')).toBe('Ugyldig e-mail');
    expect(error.fieldError('password')).toBe('For kort');
    expect(error.fieldError('name')).toBeUndefined();
  });

  it('skips malformed field errors instead of failing', async () => {
    const error = await toApiError(
      problem(
        { status: 400, code: 'validation', detail: 'x', errors: [{ path: 'a' }, 'nope', { path: 'b', message: 'B' }] },
        400,
      ),
    );
    expect(error.fieldErrors).toEqual([{ path: 'b', message: 'B' }]);
  });

  it('falls back to the HTTP status when the body is not JSON', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(error.status).toBe(502);
    expect(error.code).toBe('http_502');
    expect(error.detail).toBe('');
    expect(error.fieldErrors).toEqual([]);
  });

  it('keeps the status of the response when the body has none', async () => {
    const error = await toApiError(problem({ code: 'too_many_attempts', detail: 'Prøv igen om 3 minutter.' }, 429));
    expect(error.status).toBe(429);
    expect(error.code).toBe('too_many_attempts');
  });
});

describe('queryString', () => {
  it('leaves out empty filters and encodes the rest', () => {
    expect(queryString({ action: '', actor: 'a b@x.dk', limit: 50, before: undefined, to: null })).toBe(
      '?actor=a+b%40x.dk&limit=50',
    );
    expect(queryString({})).toBe('');
  });
});

describe('createApiClient', () => {
  function client(response: () => Response, csrf: string | null = 'csrf-1') {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => response());
    const api = createApiClient({
      csrfToken: () => csrf,
      language: () => 'en',
      fetch: fetch as typeof globalThis.fetch,
    });
    const sent = () => {
      const [url, init] = fetch.mock.calls[0];
      return { url, init: init!, headers: init!.headers as Record<string, string> };
    };
    return { api, sent };
  }

  it('sends JSON with the language and the CSRF token on writes, with the session cookie', async () => {
    const { api, sent } = client(() => problem({ ok: true }, 200, 'application/json'));
    expect(await api.post('/members', { role: 'hr' })).toEqual({ ok: true });
    const { url, init, headers } = sent();
    expect(url).toBe('/api/v1/members');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.body).toBe('{"role":"hr"}');
    expect(headers['content-type']).toBe('application/json');
    expect(headers['accept-language']).toBe('en');
    expect(headers['x-csrf-token']).toBe('csrf-1');
  });

  it('does not send the CSRF token on reads', async () => {
    const { api, sent } = client(() => problem([], 200, 'application/json'));
    await api.get('/audit', { query: { actor: 'x' } });
    expect(sent().url).toBe('/api/v1/audit?actor=x');
    expect(sent().headers['x-csrf-token']).toBeUndefined();
  });

  it('returns undefined for 204 and 202 without a body', async () => {
    const { api } = client(() => new Response(null, { status: 204 }));
    expect(await api.post('/auth/sign-out')).toBeUndefined();
  });

  it('throws ApiError for problem responses', async () => {
    const { api } = client(() =>
      problem({ status: 401, code: 'invalid_credentials', detail: 'Forkert e-mail eller adgangskode.' }, 401),
    );
    const error = await api.post('/auth/sign-in', { email: 'a', password: 'b' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_credentials');
    expect((error as ApiError).detail).toBe('Forkert e-mail eller adgangskode.');
  });

  it('turns a failed connection into a network ApiError', async () => {
    const { api } = client(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = (await api.get('/session').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.code).toBe('network');
  });
});
