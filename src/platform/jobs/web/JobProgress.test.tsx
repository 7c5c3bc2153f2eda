// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../web/i18n';
import { JobProgress, type JobStatus } from './JobProgress';

// The dkfds icon sprite resolves only through vite.config.ts' alias, which the test runner does not load.
vi.mock('../../../web/ui/Icon', () => ({ Icon: () => null }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let responses: Partial<JobStatus>[];
let requests: { method: string; url: string }[];

function jobResponse(body: Partial<JobStatus>): Response {
  const job: JobStatus = {
    id: 'job-1',
    queue: 'audit-export',
    state: 'active',
    percent: 0,
    message: null,
    result: null,
    error: null,
    ...body,
  };
  return new Response(JSON.stringify(job), { status: 200, headers: { 'content-type': 'application/json' } });
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  requests = [];
  responses = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      requests.push({ method: init?.method ?? 'GET', url });
      if (init?.method === 'POST') return new Response(null, { status: 204 });
      return jobResponse(responses.length > 1 ? responses.shift()! : responses[0]);
    }),
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function render(onCompleted?: (result: unknown) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <JobProgress jobId="job-1" label="Eksport" onCompleted={onCompleted}>
          {(result) => <p>fil {(result as { fileId: string }).fileId}</p>}
        </JobProgress>
      </QueryClientProvider>,
    );
  });
}

async function tick(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('JobProgress', () => {
  it('polls every second, shows percent and message, and stops when the job completes', async () => {
    responses = [
      { state: 'active', percent: 40, message: '400 af 1000 rækker' },
      { state: 'completed', percent: 100, result: { fileId: 'f-9' } },
    ];
    const onCompleted = vi.fn();
    await render(onCompleted);
    await tick(10);
    expect(container.querySelector('progress')?.getAttribute('value')).toBe('40');
    expect(container.textContent).toContain('40 %');
    expect(container.textContent).toContain('400 af 1000 rækker');

    await tick(1000);
    expect(container.textContent).toContain('fil f-9');
    expect(onCompleted).toHaveBeenCalledExactlyOnceWith({ fileId: 'f-9' });

    const polls = requests.length;
    await tick(3000);
    expect(requests.length).toBe(polls);
  });

  it('shows the error of a failed job and retries it with POST /jobs/{id}/retry', async () => {
    responses = [{ state: 'failed', error: 'Disken er fuld' }];
    await render();
    await tick(10);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Disken er fuld');
    const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Prøv igen');
    expect(button).toBeDefined();

    responses = [{ state: 'active', percent: 5 }];
    await act(async () => button!.click());
    await tick(10);
    expect(requests.some((r) => r.method === 'POST' && r.url === '/api/v1/jobs/job-1/retry')).toBe(true);
    expect(container.querySelector('progress')?.getAttribute('value')).toBe('5');
  });
});
