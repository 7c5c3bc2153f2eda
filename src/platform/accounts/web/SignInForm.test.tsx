// @vitest-environment happy-dom
import { QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../web/i18n';
import { queryClient, sessionQueryKey } from '../../../web/query';
import { SignInForm } from './SignInForm';

// The dkfds icon sprite resolves only through vite.config.ts' alias, which the test runner does not load.
vi.mock('../../../web/ui/Icon', () => ({ Icon: () => null }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let reply: () => Response;
const sent: { url: string; body: unknown }[] = [];

beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      sent.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return reply();
    }),
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <QueryClientProvider client={queryClient}>
        <SignInForm />
      </QueryClientProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  queryClient.clear();
  vi.unstubAllGlobals();
});

const input = (id: string) => container.querySelector<HTMLInputElement>(`#${id}`)!;

async function type(id: string, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input(id), value);
    input(id).dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const problem = (status: number, body: object) => () =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

describe('SignInForm', () => {
  it('reports empty fields at the fields and in a focused summary, without calling the API', async () => {
    await submit();
    expect(sent).toEqual([]);
    const summary = container.querySelector<HTMLElement>('.error-summary')!;
    expect(document.activeElement).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Indtast din e-mail.', '#email'],
      ['Indtast din adgangskode.', '#password'],
    ]);
    expect(input('email').getAttribute('aria-invalid')).toBe('true');
    expect(input('email').closest('.form-group')!.classList.contains('form-error')).toBe(true);
    const describedBy = input('email').getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toBe('Fejl: Indtast din e-mail.');
  });

  it("shows the server's field errors next to the fields", async () => {
    reply = problem(400, {
      code: 'validation',
      detail: 'Nogle felter er ikke udfyldt korrekt.',
      errors: [{ path: 'email', message: 'Ugyldig e-mailadresse' }],
    });
    await type('email', 'ikke-en-mail');
    await type('password', 'hemmelig');
    await submit();
    expect(sent).toEqual([{ url: '/api/v1/auth/sign-in', body: { email: 'ikke-en-mail', password: 'hemmelig' } }]);
    expect(container.querySelector('#email-error')!.textContent).toBe('Fejl: Ugyldig e-mailadresse');
    expect(container.querySelector('#password-error')).toBeNull();
    expect(container.querySelector('.error-summary a')!.textContent).toBe('Ugyldig e-mailadresse');
  });

  it("shows the problem's detail when no field is to blame, and signs in on success", async () => {
    reply = problem(401, { code: 'invalid_credentials', detail: 'Forkert e-mail eller adgangskode.' });
    await type('email', 'a@example.dk');
    await type('password', 'forkert');
    await submit();
    expect(container.querySelector('.error-summary')!.textContent).toContain('Forkert e-mail eller adgangskode.');
    expect(queryClient.getQueryData(sessionQueryKey)).toBeUndefined();

    const session = {
      user: { id: 'u', email: 'a@example.dk', name: 'A', locale: 'da', isPlatformAdmin: false },
      activeOrganisation: null,
      organisations: [],
      csrfToken: 'c',
      authKind: 'session',
    };
    reply = () => new Response(JSON.stringify(session), { status: 200 });
    await submit();
    expect(queryClient.getQueryData(sessionQueryKey)).toEqual(session);
    expect(container.querySelector('.error-summary')).toBeNull();
  });
});
