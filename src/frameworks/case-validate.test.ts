import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCase } from './case-export';
import { caseSchemaErrors, caseSchemaIssues, isValidCasePackage, MAX_SCHEMA_ISSUES } from './case-validate';
import { richFramework } from './frameworks.test-fixtures';

const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8'));
const META = {
  baseUri: 'https://frontline.example',
  versionNumber: 1,
  status: 'draft',
  lastChangeDateTime: '2026-03-01T10:00:00.000Z',
} as const;
const exported = () => JSON.parse(JSON.stringify(exportCase(richFramework(), META)));

describe('CASE schema validation', () => {
  it('accepts the two real OpenSALT packages', () => {
    expect(caseSchemaErrors(fixture('opensalt-ItemTypeTestFramework.json'))).toEqual([]);
    expect(caseSchemaErrors(fixture('opensalt-SmartLevelFramework.json'))).toEqual([]);
    expect(isValidCasePackage(fixture('opensalt-SmartLevelFramework.json'))).toBe(true);
  });

  it('reports every error with the JSON path of the offending value or missing property', () => {
    const pkg = exported();
    delete pkg.CFItems[1].fullStatement;
    pkg.CFItems[3].identifier = 'not-a-uuid';
    pkg.CFItems[4].conceptKeywords = 'drift';
    pkg.CFDocument.colour = 'blue';
    const errors = caseSchemaErrors(pkg);
    expect(errors.map((e) => [e.path, e.keyword])).toEqual(
      expect.arrayContaining([
        ['/CFItems/1/fullStatement', 'required'],
        ['/CFItems/3/identifier', 'format'],
        ['/CFItems/4/conceptKeywords', 'type'],
        ['/CFDocument/colour', 'additionalProperties'],
      ]),
    );
    expect(errors).toHaveLength(4);
    expect(errors.find((e) => e.keyword === 'format')?.message).toContain('uuid');
  });

  it('reports a failed oneOf once, not once per branch', () => {
    const pkg = exported();
    pkg.CFAssociations[0].associationType = 'isCousinOf';
    const errors = caseSchemaErrors(pkg);
    expect(errors).toEqual([expect.objectContaining({ path: '/CFAssociations/0/associationType', keyword: 'oneOf' })]);
  });

  it('turns errors into issues with stable codes and parameters', () => {
    const pkg = exported();
    delete pkg.CFDocument.title;
    pkg.CFItems[0].identifier = 'x';
    pkg.CFItems[1].extra = 1;
    pkg.CFDocument.caseVersion = '1.0';
    pkg.CFItems[2].listEnumeration = 3;
    expect(caseSchemaIssues(pkg)).toEqual(
      expect.arrayContaining([
        { path: '/CFDocument/title', code: 'case_schema_required', params: { property: 'title' } },
        { path: '/CFItems/0/identifier', code: 'case_schema_format', params: { format: 'uuid' } },
        { path: '/CFItems/1/extra', code: 'case_schema_unknown_property', params: { property: 'extra' } },
        { path: '/CFDocument/caseVersion', code: 'case_schema_enum', params: { allowed: '1.1' } },
        { path: '/CFItems/2/listEnumeration', code: 'case_schema_type', params: { expected: 'string' } },
      ]),
    );
  });

  it('reports a value that is not a package at the root', () => {
    expect(caseSchemaIssues([])).toEqual([{ path: '/', code: 'case_schema_type', params: { expected: 'object' } }]);
    expect(caseSchemaIssues({})).toEqual([
      { path: '/CFDocument', code: 'case_schema_required', params: { property: 'CFDocument' } },
    ]);
  });

  it('caps a flood of errors with a summary', () => {
    const pkg = exported();
    const template = pkg.CFItems[0];
    pkg.CFItems = Array.from({ length: MAX_SCHEMA_ISSUES + 100 }, () => ({ ...template, fullStatement: undefined }));
    for (const item of pkg.CFItems) delete item.fullStatement;
    const issues = caseSchemaIssues(pkg);
    expect(issues).toHaveLength(MAX_SCHEMA_ISSUES + 1);
    expect(issues.at(-1)).toEqual({
      path: '/',
      code: 'case_schema_too_many_errors',
      params: { count: MAX_SCHEMA_ISSUES + 100, shown: MAX_SCHEMA_ISSUES },
    });
  });
});
