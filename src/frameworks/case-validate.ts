/**
 * Validation of a CASE 1.1 CFPackage against 1EdTech's JSON Schema (draft 2019-09, copied into ./case with its
 * licence). The validator is compiled once, on first use, and reports every error with a readable JSON path.
 */
import Ajv2019, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import schema from './case/case-v1p1-cfpackage.schema.json' with { type: 'json' };
import type { FrameworkIssue } from './frameworks.model';

export interface CaseSchemaError {
  /** JSON Pointer into the package, e.g. "/CFItems/3/identifier"; "/" is the package itself. */
  path: string;
  /** ajv's keyword: required, type, format, enum, additionalProperties, oneOf ... */
  keyword: string;
  /** ajv's English message, e.g. `must match format "uuid"`. */
  message: string;
  params: Record<string, unknown>;
}

/** More errors than this are summed up in one issue: a file that wrong needs fixing at its source anyway. */
export const MAX_SCHEMA_ISSUES = 500;

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2019({ allErrors: true });
    addFormats(ajv);
    compiled = ajv.compile(schema as object);
  }
  return compiled;
}

/** Every schema error of the package (empty when it validates). */
export function caseSchemaErrors(json: unknown): CaseSchemaError[] {
  const validate = validator();
  if (validate(json)) return [];
  return readableErrors(validate.errors ?? []);
}

/** True when the package validates against the CASE 1.1 schema. */
export function isValidCasePackage(json: unknown): boolean {
  return validator()(json) === true;
}

/**
 * ajv errors → one entry per problem: a failed oneOf (e.g. an associationType that is neither a CASE type nor an
 * `ext:` one) is reported once instead of once per branch, and the path names the missing or unknown property.
 */
function readableErrors(errors: ErrorObject[]): CaseSchemaError[] {
  const failedChoices = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .map((e) => ({ instancePath: e.instancePath, schemaPath: `${e.schemaPath}/` }));
  const out: CaseSchemaError[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const insideChoice = failedChoices.some(
      (c) => c.instancePath === error.instancePath && error.schemaPath.startsWith(c.schemaPath),
    );
    if (insideChoice) continue;
    const segments = error.instancePath
      .split('/')
      .slice(1)
      .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    const params = error.params as Record<string, unknown>;
    if (error.keyword === 'required') segments.push(String(params.missingProperty));
    if (error.keyword === 'additionalProperties') segments.push(String(params.additionalProperty));
    const path = `/${segments.join('/')}`;
    const key = `${path}|${error.keyword}|${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, keyword: error.keyword, message: error.message ?? error.keyword, params });
  }
  return out;
}

/** Schema errors as framework issues (codes `case_schema_*`), at most MAX_SCHEMA_ISSUES plus a summary. */
export function caseSchemaIssues(json: unknown): FrameworkIssue[] {
  const errors = caseSchemaErrors(json);
  const issues = errors.slice(0, MAX_SCHEMA_ISSUES).map(toIssue);
  if (errors.length > MAX_SCHEMA_ISSUES) {
    issues.push({
      path: '/',
      code: 'case_schema_too_many_errors',
      params: { count: errors.length, shown: MAX_SCHEMA_ISSUES },
    });
  }
  return issues;
}

function toIssue(error: CaseSchemaError): FrameworkIssue {
  const { path, keyword, message, params } = error;
  switch (keyword) {
    case 'required':
      return { path, code: 'case_schema_required', params: { property: String(params.missingProperty) } };
    case 'additionalProperties':
      return { path, code: 'case_schema_unknown_property', params: { property: String(params.additionalProperty) } };
    case 'type':
      return { path, code: 'case_schema_type', params: { expected: String(params.type) } };
    case 'format':
      return { path, code: 'case_schema_format', params: { format: String(params.format) } };
    case 'enum':
      return { path, code: 'case_schema_enum', params: { allowed: (params.allowedValues as unknown[]).join(', ') } };
    default:
      return { path, code: 'case_schema_invalid', params: { keyword, message } };
  }
}
