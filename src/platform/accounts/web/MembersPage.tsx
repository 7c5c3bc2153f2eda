import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { sessionQueryKey } from '../../../web/query';
import { useSignedInSession } from '../../../web/session';
import { Alert } from '../../../web/ui/Alert';
import { DateTime } from '../../../web/ui/DateTime';
import { errorMessage } from '../../../web/ui/errors';
import { RadioGroup } from '../../../web/ui/fields';
import { ConfirmDialog, Modal } from '../../../web/ui/Modal';
import { Page } from '../../../web/ui/Page';
import { QueryState } from '../../../web/ui/QueryState';
import { type Role, roles } from '../accounts.model';
import { accountsKeys, type Member } from './accounts.api';
import { InvitationsSection } from './InvitationsSection';

function ChangeRoleDialog({ member, onClose }: { member: Member; onClose: () => void }) {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const [role, setRole] = useState<Role>(member.role);
  const change = useMutation({
    mutationFn: (next: Role) => api.patch(`/members/${member.userId}`, { role: next }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: accountsKeys.members });
      // Changing one's own role changes what the session may do.
      void client.invalidateQueries({ queryKey: sessionQueryKey });
      onClose();
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    change.mutate(role);
  }
  return (
    <Modal title={t('members.changeRoleTitle', { name: member.name })} onClose={onClose}>
      <form onSubmit={submit}>
        {change.isError ? <Alert variant="error">{errorMessage(change.error, t)}</Alert> : null}
        <RadioGroup
          name="member-role"
          legend={t('fields.role')}
          value={role}
          onChange={setRole}
          options={roles.map((value) => ({ value, label: t(`shell:roles.${value}`) }))}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {t('members.saveRole')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('shell:actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function MembersTable() {
  const { t } = useTranslation('accounts');
  const client = useQueryClient();
  const session = useSignedInSession();
  const [editing, setEditing] = useState<Member | null>(null);
  const [removing, setRemoving] = useState<Member | null>(null);
  const members = useQuery({ queryKey: accountsKeys.members, queryFn: () => api.get<Member[]>('/members') });
  const remove = useMutation({
    mutationFn: (userId: string) => api.delete(`/members/${userId}`),
    onSuccess: () => {
      setRemoving(null);
      void client.invalidateQueries({ queryKey: accountsKeys.members });
    },
  });

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('members.listHeading')}</h2>
      <QueryState query={members}>
        {(list) => (
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">{t('members.listHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('fields.name')}</th>
                  <th scope="col">{t('fields.email')}</th>
                  <th scope="col">{t('fields.role')}</th>
                  <th scope="col">{t('members.since')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('shell:table.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((member) => (
                  <tr key={member.userId}>
                    <td>
                      {member.name}
                      {member.userId === session.user.id ? ` ${t('members.you')}` : ''}
                    </td>
                    <td>{member.email}</td>
                    <td>{t(`shell:roles.${member.role}`)}</td>
                    <td>
                      <DateTime value={member.createdAt} dateOnly />
                    </td>
                    <td className="table-actions-cell">
                      <button type="button" className="button button-secondary" onClick={() => setEditing(member)}>
                        {t('members.changeRole')}
                        <span className="sr-only"> {member.name}</span>
                      </button>
                      <button
                        type="button"
                        className="button button-tertiary"
                        onClick={() => {
                          remove.reset();
                          setRemoving(member);
                        }}
                      >
                        {t('members.remove')}
                        <span className="sr-only"> {member.name}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
      {editing ? <ChangeRoleDialog member={editing} onClose={() => setEditing(null)} /> : null}
      {removing ? (
        <ConfirmDialog
          title={t('members.removeTitle', { name: removing.name })}
          confirmLabel={t('members.remove')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(removing.userId)}
          onCancel={() => setRemoving(null)}
          error={remove.isError ? <Alert variant="error">{errorMessage(remove.error, t)}</Alert> : undefined}
        >
          <p>{t('members.removeText', { name: removing.name })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

/** Members of the active organisation and invitations to it (administrators). */
export function MembersPage() {
  const { t } = useTranslation('accounts');
  const session = useSignedInSession();
  return (
    <Page title={t('members.title')} lead={t('members.lead', { organisation: session.activeOrganisation?.name })}>
      <MembersTable />
      <InvitationsSection />
    </Page>
  );
}
