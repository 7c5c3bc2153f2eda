import { customType, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from '../accounts/accounts.schema.js';

/** PostgreSQL bytea; pg returns a Buffer, PGlite a Uint8Array: both are Uint8Array to the code. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)),
  // A driver without a bytea parser hands over the text form `\x0a1b...`.
  fromDriver: (value) => (value instanceof Uint8Array ? value : Buffer.from(String(value).replace(/^\\x/, ''), 'hex')),
});

/**
 * Generated files (exports, reports) kept in the database so every app process can serve them and a backup holds
 * them. Meant for files up to a few tens of MB; `expires_at` ends a file's life.
 */
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [index('stored_files_org_idx').on(t.orgId, t.createdAt), index('stored_files_expires_idx').on(t.expiresAt)],
);
