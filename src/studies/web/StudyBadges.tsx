import { useTranslation } from 'react-i18next';
import type { StudyStatus } from '../study-status.model';
import type { ParticipantStatus, Participation } from './studies.api';

const statusVariant: Record<StudyStatus, string> = {
  draft: 'badge-warning',
  recruiting: 'badge-info',
  collecting: 'badge-info',
  analysing: 'badge-info',
  closed: 'badge-success',
};

export function StudyStatusBadge({ status }: { status: StudyStatus }) {
  const { t } = useTranslation('studies');
  return <span className={`badge ${statusVariant[status]}`}>{t(`status.${status}`)}</span>;
}

const participationVariant: Record<Participation, string> = {
  invited: 'badge-warning',
  accepted: 'badge-success',
  declined: 'badge-error',
};

/** "Inviteret" / "Deltager" / "Har sagt nej" for an organisation's answer to taking part. */
export function ParticipationBadge({ status }: { status: Participation | null }) {
  const { t } = useTranslation('studies');
  if (!status) return null;
  return <span className={`badge ${participationVariant[status]}`}>{t(`participation.${status}`)}</span>;
}

const participantVariant: Record<ParticipantStatus, string> = {
  drawn: 'badge-info',
  invited: 'badge-info',
  booked: 'badge-info',
  interviewed: 'badge-success',
  surveyed: 'badge-success',
  declined: 'badge-error',
  withdrawn: 'badge-error',
  no_show: 'badge-warning',
};

export function ParticipantStatusBadge({ status }: { status: ParticipantStatus }) {
  const { t } = useTranslation('studies');
  return <span className={`badge ${participantVariant[status] ?? ''}`}>{t(`participantStatus.${status}`)}</span>;
}
