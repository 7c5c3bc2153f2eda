import type { ReactNode } from 'react';
import { Icon } from './Icon';

export type AlertVariant = 'info' | 'success' | 'warning' | 'error';

/** DKFDS alert. Errors are announced (role="alert"); success messages politely (role="status"). */
export function Alert({
  variant,
  heading,
  children,
  live = true,
}: {
  variant: AlertVariant;
  heading?: ReactNode;
  children?: ReactNode;
  /** false for permanent notices that should not be announced when the page loads. */
  live?: boolean;
}) {
  const role = !live ? undefined : variant === 'error' ? 'alert' : 'status';
  return (
    <div className={`alert alert-${variant}`} role={role}>
      <Icon name={variant} className="alert-icon" />
      <div className="alert-body">
        {heading ? <p className="alert-heading">{heading}</p> : null}
        {children ? <div className="alert-text">{children}</div> : null}
      </div>
    </div>
  );
}
