/**
 * RFC 9457 problem details. Services throw `Problem`; the app's error handler renders it as
 * `application/problem+json` with `detail` translated to the caller's language.
 */
export interface FieldError {
  path: string;
  message: string;
}

export class Problem extends Error {
  constructor(
    readonly status: number,
    /** Stable machine-readable code; also the i18n key under `errors.`. */
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(code);
    this.name = 'Problem';
  }
}

export const notFound = () => new Problem(404, 'not_found');
export const forbidden = () => new Problem(403, 'forbidden');
export const unauthenticated = () => new Problem(401, 'unauthenticated');
export const conflict = (code: string, params?: Record<string, unknown>) => new Problem(409, code, params);
export const badRequest = (code: string, params?: Record<string, unknown>) => new Problem(400, code, params);

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemBody(
  problem: Problem,
  translate: (key: string, params: Record<string, unknown>) => string,
  extra: { instance?: string; requestId?: string } = {},
): ProblemBody {
  return {
    type: `/problems/${problem.code.replaceAll('_', '-')}`,
    title: titles[problem.status] ?? 'Error',
    status: problem.status,
    detail: translate(`errors.${problem.code}`, problem.params),
    code: problem.code,
    ...extra,
    ...(problem.errors ? { errors: problem.errors } : {}),
  };
}
