import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../web/api';
import { Alert } from '../../../web/ui/Alert';
import { errorMessage } from '../../../web/ui/errors';
import { ConfirmDialog } from '../../../web/ui/Modal';
import { participationPath } from './participation.api';

/**
 * "Træk mig fra undersøgelsen", at the foot of every step after consent: a dialog says what is deleted, then the
 * answers and bookings are removed from the study and the link stops working.
 */
export function WithdrawSection({
  token,
  hasBooking,
  onWithdrawn,
}: {
  token: string;
  hasBooking: boolean;
  onWithdrawn: () => void;
}) {
  const { t } = useTranslation('participation');
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => api.post<{ withdrawn: true }>(participationPath(token, 'withdraw')),
    onSuccess: () => {
      setConfirming(false);
      onWithdrawn();
    },
  });
  return (
    <div className="participation-withdraw">
      <button type="button" className="function-link" onClick={() => setConfirming(true)}>
        {t('withdraw.link')}
      </button>
      {confirming ? (
        <ConfirmDialog
          title={t('withdraw.title')}
          confirmLabel={t('withdraw.confirm')}
          pending={withdraw.isPending}
          onConfirm={() => withdraw.mutate()}
          onCancel={() => setConfirming(false)}
          error={
            withdraw.isError ? (
              <Alert variant="error">
                <p>{errorMessage(withdraw.error, t)}</p>
              </Alert>
            ) : null
          }
        >
          <p>{t('withdraw.text')}</p>
          {hasBooking ? <p>{t('withdraw.booking')}</p> : null}
          <p>{t('withdraw.final')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
