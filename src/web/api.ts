/**
 * The browser's API client: JSON over fetch with the session cookie, the CSRF token on writes and the
 * user's language, and RFC 9457 problem+json errors turned into `ApiError`s that forms can show per field.
 */

export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** Stable machine-readable code from the problem body (`network` or `http_<status>` when there was none). */
    readonly code: string,
    /** Human-readable message in the user's language, from the server; may be empty. */
    readonly detail: string,
    readonly fieldErrors: FieldError[] = [],
    readonly requestId?: string,
  ) {
    super(detail || code);
    this.name = 'ApiError';
  }

  /** The message for one form field (`path` as the server names it, e.g. `email` or `items.0.name`). */
  fieldError(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path)?.message;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .filter((e) => typeof e.path === 'string' && typeof e.message === 'string')
    .map((e) => ({ path: e.path as string, message: e.message as string }));
}

/** Reads an error response. Accepts problem+json, plain JSON with the same fields, or anything else. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    const text = await response.text();
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's HTML error page, say): fall back to the status alone.
  }
  if (!isRecord(body)) return new ApiError(response.status, `http_${response.status}`, '');
  const status = typeof body.status === 'number' ? body.status : response.status;
  const code = typeof body.code === 'string' && body.code ? body.code : `http_${status}`;
  const detail = typeof body.detail === 'string' ? body.detail : '';
  const requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
  return new ApiError(status, code, detail, parseFieldErrors(body.errors), requestId);
}

export type QueryValue = string | number | boolean | null | undefined;

/** Builds `?a=1&b=x`, leaving out empty values so optional filters disappear from the URL. */
export function queryString(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface ApiClientOptions {
  /** Prefix of every path; `/api/v1` in the app. */
  baseUrl?: string;
  csrfToken: () => string | null | undefined;
  language: () => string;
  fetch?: typeof fetch;
}

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl ?? '/api/v1';

  async function request<T>(method: string, path: string, { query, body, signal }: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'accept-language': options.language(),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (!SAFE_METHODS.has(method)) {
      const token = options.csrfToken();
      if (token) headers['x-csrf-token'] = token;
    }
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(`${baseUrl}${path}${queryString(query)}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, 'network', '');
    }
    if (!response.ok) throw await toApiError(response);
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    request,
    get: <T>(path: string, opts?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, opts),
    post: <T = void>(path: string, body?: unknown, opts?: RequestOptions) =>
      request<T>('POST', path, { ...opts, body }),
    put: <T = void>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
    patch: <T = void>(path: string, body?: unknown, opts?: RequestOptions) =>
      request<T>('PATCH', path, { ...opts, body }),
    delete: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

let sources: Pick<ApiClientOptions, 'csrfToken' | 'language'> = {
  csrfToken: () => null,
  language: () => document.documentElement.lang || 'da',
};

/** Connects the shared client to the session cache and i18n (done once in main.tsx). */
export function configureApi(next: Pick<ApiClientOptions, 'csrfToken' | 'language'>) {
  sources = next;
}

/** The client every page uses. */
export const api = createApiClient({
  csrfToken: () => sources.csrfToken(),
  language: () => sources.language(),
});

/** URL of a file the API serves for download (exports, attachments). */
export function fileUrl(fileId: string): string {
  return `/api/v1/files/${encodeURIComponent(fileId)}`;
}
