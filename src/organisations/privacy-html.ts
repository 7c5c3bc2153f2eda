/**
 * The right-of-access export as a page a person can read and print: one self-contained HTML document (inline
 * styles, no scripts, no external resources), every value escaped. Labels come from the server locale.
 */
import type { AccessExport } from './privacy.service.js';

type Translate = (key: string, params?: Record<string, unknown>) => string;

export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const dateTime = new Intl.DateTimeFormat('da-DK', {
  timeZone: 'Europe/Copenhagen',
  dateStyle: 'long',
  timeStyle: 'short',
});
const dateOnly = new Intl.DateTimeFormat('da-DK', { timeZone: 'UTC', dateStyle: 'long' });

function when(iso: string | null): string | null {
  return iso ? dateTime.format(new Date(iso)) : null;
}

function day(isoDate: string | null): string | null {
  return isoDate ? dateOnly.format(new Date(`${isoDate}T00:00:00Z`)) : null;
}

/** A label that may be missing from the locale (a new audit action): the code itself then. */
function labelOr(t: Translate, key: string, fallback: string, params?: Record<string, unknown>): string {
  const text = t(key, params);
  return text === key ? fallback : text;
}

const STYLE = `
  body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: #1a1a1a; margin: 2rem auto;
    max-width: 48rem; line-height: 1.5; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
  h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #999; padding-bottom: 0.25rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #ddd; }
  th[scope="row"] { width: 35%; font-weight: 600; }
  .meta { color: #444; }
  pre { white-space: pre-wrap; word-break: break-word; margin: 0; font-size: 0.85rem; }
  @media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
`;

function fieldTable(t: Translate, rows: [string, string | null][]): string {
  const body = rows
    .map(
      ([key, value]) =>
        `<tr><th scope="row">${escapeHtml(t(`privacy.fields.${key}`))}</th><td>${escapeHtml(value ?? t('privacy.none'))}</td></tr>`,
    )
    .join('');
  return `<table>${body}</table>`;
}

function listTable(t: Translate, headers: string[], rows: string[][]): string {
  if (rows.length === 0) return `<p>${escapeHtml(t('privacy.none'))}</p>`;
  const head = headers.map((h) => `<th scope="col">${escapeHtml(t(`privacy.fields.${h}`))}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

export function renderAccessHtml(data: AccessExport, t: Translate): string {
  const { person, leader } = data;
  const section = (key: string, content: string) =>
    `<section><h2>${escapeHtml(t(`privacy.sections.${key}`))}</h2>${content}</section>`;
  const reasons = leader.reasons.map((r) => labelOr(t, `privacy.reasons.${r.code}`, r.code, r.params)).join('; ');
  const parts = [
    section(
      'person',
      fieldTable(t, [
        ['name', person.name],
        ['email', person.email],
        ['employeeId', person.employeeId],
        ['pseudonym', person.pseudonym],
        ['jobTitle', person.jobTitle],
        ['status', t(`privacy.status.${person.status}`)],
        ['leftAt', when(person.leftAt)],
        ['createdAt', when(person.createdAt)],
        ['updatedAt', when(person.updatedAt)],
      ]),
    ),
    section(
      'place',
      fieldTable(t, [
        ['unit', data.unit ? data.unit.path.join(' › ') : null],
        ['area', data.area ? `${data.area.name} (${t(`privacy.area_source.${data.area.source}`)})` : null],
        ['manager', data.manager ? `${data.manager.name} (${data.manager.pseudonym})` : null],
        ['managerEmployeeId', person.managerEmployeeId],
        ['reportCount', String(data.reportCount)],
      ]),
    ),
    section(
      'leader',
      fieldTable(t, [
        ['leaderStatus', leader.status ? t(`privacy.leader_status.${leader.status}`) : null],
        ['confidence', leader.confidence ? t(`privacy.confidence.${leader.confidence}`) : null],
        ['reasons', reasons || null],
        ['decidedAt', when(leader.decidedAt)],
        ['leaderSince', day(leader.leaderSince)],
        ['tenureYears', leader.tenureYears === null ? null : String(leader.tenureYears)],
      ]),
    ),
    section(
      'consents',
      listTable(
        t,
        ['purpose', 'method', 'givenAt', 'withdrawnAt', 'note'],
        data.consents.map((c) => [
          c.purpose,
          t(`privacy.methods.${c.method}`),
          when(c.givenAt) ?? '',
          when(c.withdrawnAt) ?? '',
          c.note ?? '',
        ]),
      ),
    ),
    section(
      'audit',
      listTable(
        t,
        ['at', 'action', 'actor', 'details'],
        data.auditEntries.map((a) => [
          when(a.at) ?? '',
          labelOr(t, `privacy.actions.${a.action}`, a.action),
          a.actorEmail ?? '',
          a.details ? JSON.stringify(a.details) : '',
        ]),
      ),
    ),
  ];
  const title = t('privacy.title');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${title}: ${person.name}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(t('privacy.intro', { organisation: data.organisation.name, name: person.name }))}</p>
<p class="meta">${escapeHtml(t('privacy.exported_at', { date: when(data.exportedAt) }))}</p>
</header>
<main>
${parts.join('\n')}
</main>
<footer><p class="meta">${escapeHtml(t('privacy.footer', { organisation: data.organisation.name }))}</p></footer>
</body>
</html>
`;
}
