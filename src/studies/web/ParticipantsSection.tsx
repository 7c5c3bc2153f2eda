import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { SelectField } from '../../web/ui/fields';
import { ConfirmDialog } from '../../web/ui/Modal';
import { QueryState } from '../../web/ui/QueryState';
import { ParticipantStatusBadge } from './StudyBadges';
import { areaNameIndex, bandText, participantArea } from './strata';
import {
  PARTICIPANT_STATUSES,
  type ParticipantRow,
  type ReplaceResult,
  type StudyDetail,
  studyKeys,
  useParticipants,
  useSampling,
} from './studies.api';
import { canChange } from './studyText';

/** Participants who have given data cannot be replaced; nor can someone who already has a replacement. */
function replaceable(participant: ParticipantRow, replaced: ReadonlySet<string>): boolean {
  return !['interviewed', 'surveyed'].includes(participant.status) && !replaced.has(participant.id);
}

/**
 * The drawn participants by pseudonym, with their stratum and status, filterable by status. The team replaces one
 * who declines with the next leader of the same stratum; a participating organisation sees only its own people,
 * with their names.
 */
export function ParticipantsSection({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  const client = useQueryClient();
  const [status, setStatus] = useState('');
  const [replacing, setReplacing] = useState<ParticipantRow | null>(null);
  const [notice, setNotice] = useState('');
  const participants = useParticipants(study.id);
  // The team's sampling view names the areas; a participating organisation gets names from the list itself.
  const sampling = useSampling(study.id, study.canManage);
  const areas = areaNameIndex(sampling.data?.strata ?? []);
  const canReplace = study.canManage && canChange(study.status, 'sampling');
  const replace = useMutation({
    mutationFn: (participant: ParticipantRow) =>
      api.post<ReplaceResult>(`/studies/${study.id}/participants/${participant.id}/replace`),
    onSuccess: async (result, participant) => {
      setReplacing(null);
      void client.invalidateQueries({ queryKey: studyKeys.detail(study.id) });
      void client.invalidateQueries({ queryKey: studyKeys.sampling(study.id) });
      await client.invalidateQueries({ queryKey: studyKeys.participants(study.id) });
      const all = client.getQueryData<ParticipantRow[]>(studyKeys.participants(study.id)) ?? [];
      const replacement = result.replacement ? all.find((p) => p.id === result.replacement?.id) : undefined;
      setNotice(
        replacement
          ? t('participants.replaced', { pseudonym: participant.pseudonym, replacement: replacement.pseudonym })
          : t('participants.replacedNone', { pseudonym: participant.pseudonym }),
      );
    },
  });
  const showNames = !study.canManage;
  return (
    <section aria-labelledby="study-participants-heading">
      <h2 id="study-participants-heading">{t('participants.heading')}</h2>
      <p>{t(showNames ? 'participants.textOwn' : 'participants.text')}</p>
      <div className="filter-grid">
        <SelectField
          id="study-participant-status"
          label={t('participants.filter')}
          value={status}
          onChange={(event) => {
            setNotice('');
            setStatus(event.target.value);
          }}
        >
          <option value="">{t('participants.allStatuses')}</option>
          {PARTICIPANT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`participantStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <p role="status" className="study-live">
        {notice}
      </p>
      {replace.isError && !replacing ? <Alert variant="error">{errorMessage(replace.error, t)}</Alert> : null}
      <QueryState query={participants}>
        {(all) => {
          const rows = status ? all.filter((p) => p.status === status) : all;
          if (rows.length === 0)
            return <p className="study-empty">{t(status ? 'participants.noneWithStatus' : 'participants.none')}</p>;
          const replaced = new Set(all.map((r) => r.replacesId).filter((id): id is string => Boolean(id)));
          const byId = new Map(all.map((r) => [r.id, r]));
          return (
            <>
              <p>
                {status
                  ? t('participants.countFiltered', { count: rows.length, total: all.length })
                  : t('participants.count', { count: rows.length })}
              </p>
              <div className="table--responsive-scroll">
                <table className="table table--zebra">
                  <caption className="sr-only">{t('participants.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('participants.pseudonym')}</th>
                      {showNames ? <th scope="col">{t('participants.name')}</th> : null}
                      <th scope="col">{t('sampling.organisation')}</th>
                      <th scope="col">{t('sampling.area')}</th>
                      <th scope="col">{t('sampling.band')}</th>
                      <th scope="col">{t('participants.status')}</th>
                      <th scope="col">{t('participants.replaces')}</th>
                      {canReplace ? <th scope="col">{t('shell:table.actions')}</th> : null}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((p) => (
                      <tr key={p.id}>
                        <th scope="row" className="study-nowrap">
                          {p.pseudonym}
                        </th>
                        {showNames ? <td>{p.name ?? '–'}</td> : null}
                        <td>{p.orgName}</td>
                        <td>{participantArea(p, areas)}</td>
                        <td>{bandText(p.band, t)}</td>
                        <td>
                          <ParticipantStatusBadge status={p.status} />
                        </td>
                        <td>{p.replacesId ? (byId.get(p.replacesId)?.pseudonym ?? t('participants.earlier')) : '–'}</td>
                        {canReplace ? (
                          <td className="table-actions-cell">
                            {replaceable(p, replaced) ? (
                              <button
                                type="button"
                                className="button button-secondary"
                                aria-label={t('participants.replaceNamed', { pseudonym: p.pseudonym })}
                                onClick={() => {
                                  replace.reset();
                                  setNotice('');
                                  setReplacing(p);
                                }}
                              >
                                {t('participants.replace')}
                              </button>
                            ) : replaced.has(p.id) ? (
                              <span className="study-note">{t('participants.alreadyReplaced')}</span>
                            ) : null}
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryState>
      {replacing ? (
        <ConfirmDialog
          title={t('participants.replaceTitle', { pseudonym: replacing.pseudonym })}
          confirmLabel={t('participants.replace')}
          pending={replace.isPending}
          onConfirm={() => replace.mutate(replacing)}
          onCancel={() => setReplacing(null)}
          error={replace.isError ? <Alert variant="error">{errorMessage(replace.error, t)}</Alert> : undefined}
        >
          <p>{t('participants.replaceText')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
