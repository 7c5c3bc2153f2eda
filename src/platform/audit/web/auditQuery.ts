import { copenhagenDayStart } from '../../../web/format';
import type { AuditFilters } from './audit.api';

/** API query for the filters: calendar days in Danish time become UTC instants, `to` inclusive of its day. */
export function auditQuery(filters: AuditFilters): Record<string, string | undefined> {
  return {
    action: filters.action || undefined,
    actor: filters.actor.trim() || undefined,
    entityType: filters.entityType.trim() || undefined,
    from: filters.from ? copenhagenDayStart(filters.from) : undefined,
    to: filters.to ? copenhagenDayStart(filters.to, true) : undefined,
  };
}
