import { describe, expect, it } from 'vitest';
import { isListKey, moveActive } from './listNavigation';

describe('moveActive', () => {
  it('starts at the first option on Down and at the last on Up', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
  });

  it('moves one step and wraps at both ends', () => {
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
  });

  it('jumps with Home and End, and recovers when the list shrank under the active option', () => {
    expect(moveActive(1, 5, 'Home')).toBe(0);
    expect(moveActive(1, 5, 'End')).toBe(4);
    expect(moveActive(7, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(7, 3, 'ArrowUp')).toBe(2);
  });

  it('has no active option in an empty list', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End'] as const) expect(moveActive(0, 0, key)).toBe(-1);
  });

  it('knows its keys', () => {
    expect(isListKey('ArrowDown')).toBe(true);
    expect(isListKey('Enter')).toBe(false);
  });
});
