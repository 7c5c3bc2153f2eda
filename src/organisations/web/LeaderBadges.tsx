import { useTranslation } from 'react-i18next';
import type { Confidence } from '../leaders.model';
import type { LeaderDecision, LeaderStatus } from './organisations.api';

const statusVariant: Record<Exclude<LeaderStatus, null>, string> = {
  confirmed: 'badge-success',
  suggested: 'badge-info',
  rejected: 'badge-error',
};

/** "Bekræftet" / "Foreslået" / "Afvist" as a DKFDS badge; nothing for people who are not leaders. */
export function LeaderStatusBadge({ status }: { status: LeaderStatus }) {
  const { t } = useTranslation('organisations');
  if (!status) return <span>{t('leaderStatus.none')}</span>;
  return <span className={`badge ${statusVariant[status]}`}>{t(`leaderStatus.${status}`)}</span>;
}

/** A suggestion's status from HR's decision: undecided suggestions read "Foreslået". */
export function statusOf(decision: LeaderDecision | null): Exclude<LeaderStatus, null> {
  return decision ?? 'suggested';
}

export function ConfidenceText({ confidence }: { confidence: Confidence | null }) {
  const { t } = useTranslation('organisations');
  if (!confidence) return <span>—</span>;
  return <span className={`org-confidence org-confidence-${confidence}`}>{t(`confidence.${confidence}`)}</span>;
}
