// Writes the migration that installs the national framework (run when national-framework.data.ts changes before
// its first release; afterwards the framework changes through new versions in the app).
//   npx tsx scripts/national-framework-migration.ts > migrations/0005_national_framework.sql
import { nationalFrameworkSql } from '../src/frameworks/national-framework.sql.js';

process.stdout.write(nationalFrameworkSql());
