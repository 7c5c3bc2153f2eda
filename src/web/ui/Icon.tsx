import sprite from 'dkfds/dist/img/all-svg-icons.svg?url';

export type IconName =
  | 'close'
  | 'copy'
  | 'delete'
  | 'download'
  | 'error'
  | 'info'
  | 'success'
  | 'warning'
  | 'person-add'
  | 'refresh'
  | 'send'
  | 'language';

/** A DKFDS sprite icon; always decorative, so the text beside it carries the meaning. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg className={`icon-svg${className ? ` ${className}` : ''}`} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
