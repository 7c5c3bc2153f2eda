import type { buildApp } from '../../server.js';

type App = ReturnType<typeof buildApp>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read response fields directly and assert their values
  json: any;
}

export interface ApiClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  get(path: string): Promise<ApiResponse>;
  post(path: string, body?: unknown): Promise<ApiResponse>;
  csrfToken: string | null;
  cookie: string | null;
}

async function toResponse(res: Response): Promise<ApiResponse> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** A client with no credentials, or with a Bearer token. */
export function anonymousClient(app: App, bearer?: string): ApiClient {
  const client: ApiClient = {
    csrfToken: null,
    cookie: null,
    async request(method, path, body, headers = {}) {
      // FormData goes as multipart (fetch sets the boundary); anything else as JSON.
      const form = body instanceof FormData;
      const res = await app.request(path, {
        method,
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
        headers: {
          ...(body === undefined || form ? {} : { 'content-type': 'application/json' }),
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...(client.csrfToken && method !== 'GET' ? { 'x-csrf-token': client.csrfToken } : {}),
          ...headers,
        },
      });
      return toResponse(res);
    },
    get: (path) => client.request('GET', path),
    post: (path, body) => client.request('POST', path, body),
  };
  return client;
}

/** Signs in through the API and returns a client that carries the session cookie and CSRF token. */
export async function signedInClient(app: App, email: string, password: string): Promise<ApiClient> {
  const client = anonymousClient(app);
  const res = await client.post('/api/v1/auth/sign-in', { email, password });
  if (res.status !== 200) throw new Error(`sign-in failed for ${email}: ${res.status} ${res.text}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  client.cookie = cookie ?? null;
  client.csrfToken = res.json.csrfToken;
  return client;
}
