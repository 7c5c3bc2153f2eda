import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nationalFrameworkSql } from './national-framework.sql.js';

describe('the national framework migration', () => {
  it('is the SQL that national-framework.data.ts generates (regenerate with scripts/national-framework-migration.ts)', () => {
    const committed = fs.readFileSync(new URL('../../migrations/0005_national_framework.sql', import.meta.url), 'utf8');
    expect(committed).toBe(nationalFrameworkSql());
  });
});
