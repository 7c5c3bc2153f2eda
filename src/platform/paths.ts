import { fileURLToPath } from 'node:url';

/** Absolute path of the project root (where package.json, migrations/ and dist/ live). */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const migrationsFolder = fileURLToPath(new URL('../../migrations', import.meta.url));
export const webDistFolder = fileURLToPath(new URL('../../dist/web', import.meta.url));
