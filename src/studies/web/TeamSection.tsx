import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../web/api';
import { useSignedInSession } from '../../web/session';
import { Alert } from '../../web/ui/Alert';
import { ErrorSummary } from '../../web/ui/ErrorSummary';
import { SelectField } from '../../web/ui/fields';
import { type StudyDetail, studyKeys, TEAM_ROLES, type TeamMember, useMembers } from './studies.api';
import { canChange } from './studyText';
import { addableMembers, isTeamRole, teamChanged, teamPayload } from './teamDraft';

/** The study team: members of the running organisation as lead, analyst or interviewer; saved together. */
export function TeamSection({ study }: { study: StudyDetail }) {
  const { t } = useTranslation('studies');
  const session = useSignedInSession();
  const client = useQueryClient();
  const open = study.canManage && canChange(study.status, 'team');
  const members = useMembers(study.id, open);
  const [team, setTeam] = useState<TeamMember[]>(study.team);
  const [adding, setAdding] = useState('');
  const [notice, setNotice] = useState('');
  const save = useMutation({
    mutationFn: () => api.put<StudyDetail>(`/studies/${study.id}/team`, { members: teamPayload(team) }),
    onSuccess: (detail) => {
      client.setQueryData(studyKeys.detail(study.id), detail);
      setTeam(detail.team);
      setNotice(t('team.saved'));
    },
  });
  const candidates = addableMembers(members.data ?? [], team);
  const membersHidden = members.error instanceof ApiError && members.error.status === 403;
  const changed = teamChanged(study.team, team);

  function add() {
    const member = candidates.find((m) => m.userId === adding);
    if (!member) return;
    setTeam((current) => [...current, { ...member, role: 'interviewer' }]);
    setAdding('');
    setNotice(t('team.added', { name: member.name }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice('');
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="study-team-heading">
      <h2 id="study-team-heading">{t('team.heading')}</h2>
      <p>{t('team.text')}</p>
      {!open ? (
        <Alert variant="info" live={false}>
          <p>{t('team.locked')}</p>
        </Alert>
      ) : null}
      <ErrorSummary error={save.error} />
      <p role="status" className="study-live">
        {notice}
      </p>
      <div className="table--responsive-scroll">
        <table className="table table--zebra">
          <caption className="sr-only">{t('team.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.name')}</th>
              <th scope="col">{t('team.email')}</th>
              <th scope="col">{t('team.role')}</th>
              {open ? <th scope="col">{t('shell:table.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {team.map((member) => {
              const self = member.userId === session.user.id;
              return (
                <tr key={member.userId}>
                  <th scope="row">
                    {member.name}
                    {self ? <span className="study-note">{t('team.you')}</span> : null}
                  </th>
                  <td>{member.email}</td>
                  <td>
                    {open && !self ? (
                      <select
                        className="form-select study-inline-select"
                        aria-label={t('team.roleOf', { name: member.name })}
                        value={member.role}
                        onChange={(event) => {
                          const role = event.target.value;
                          if (isTeamRole(role))
                            setTeam((current) => current.map((m) => (m.userId === member.userId ? { ...m, role } : m)));
                        }}
                      >
                        {TEAM_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t(`teamRoles.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`teamRoles.${member.role}`)
                    )}
                  </td>
                  {open ? (
                    <td className="table-actions-cell">
                      {self ? (
                        <span className="study-note">{t('team.selfStays')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button-secondary"
                          aria-label={t('team.removeNamed', { name: member.name })}
                          onClick={() => {
                            setTeam((current) => current.filter((m) => m.userId !== member.userId));
                            setNotice(t('team.removed', { name: member.name }));
                          }}
                        >
                          {t('team.remove')}
                        </button>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {open ? (
        <>
          {membersHidden ? (
            <p className="study-note">{t('team.membersHidden')}</p>
          ) : candidates.length > 0 ? (
            <div className="study-add-row">
              <SelectField
                id="study-team-add"
                label={t('team.add')}
                value={adding}
                onChange={(event) => setAdding(event.target.value)}
              >
                <option value="">{t('team.choose')}</option>
                {candidates.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {t('team.memberOption', { name: m.name, email: m.email })}
                  </option>
                ))}
              </SelectField>
              <button type="button" className="button button-secondary" disabled={!adding} onClick={add}>
                {t('team.addButton')}
              </button>
            </div>
          ) : members.isSuccess ? (
            <p className="study-note">{t('team.noneToAdd')}</p>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={save.isPending || !changed}>
              {t('team.save')}
            </button>
            {changed ? <span className="study-note">{t('team.unsaved')}</span> : null}
          </div>
        </>
      ) : null}
    </form>
  );
}
