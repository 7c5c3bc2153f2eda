export interface AuditEntry {
  id: string;
  at: string;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextCursor: string | null;
}

export interface AuditFilters {
  action: string;
  actor: string;
  entityType: string;
  /** Calendar days (YYYY-MM-DD) in Danish time, both inclusive. */
  from: string;
  to: string;
}

export const emptyAuditFilters: AuditFilters = { action: '', actor: '', entityType: '', from: '', to: '' };

export const auditKeys = {
  entries: (filters: AuditFilters) => ['audit', 'entries', filters] as const,
  actions: ['audit', 'actions'] as const,
};
