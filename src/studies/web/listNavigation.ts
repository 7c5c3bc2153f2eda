/**
 * Which option of a combobox's list is active after a key press (WAI-ARIA combobox pattern): Down and Up move and
 * wrap, Home and End jump, and -1 means "none active, focus stays in the text box".
 */
export type ListKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

export function isListKey(key: string): key is ListKey {
  return key === 'ArrowDown' || key === 'ArrowUp' || key === 'Home' || key === 'End';
}

export function moveActive(active: number, count: number, key: ListKey): number {
  if (count <= 0) return -1;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowDown':
      return active < 0 || active >= count - 1 ? 0 : active + 1;
    case 'ArrowUp':
      return active <= 0 || active >= count ? count - 1 : active - 1;
  }
}
