import { describe, expect, it } from 'vitest';
import { formatCoefficient, formatPercent, reliability } from './agreementText.js';

describe('reliability', () => {
  it("follows Krippendorff's thresholds", () => {
    expect(reliability(0.8)).toBe('reliable');
    expect(reliability(0.95)).toBe('reliable');
    expect(reliability(0.7999)).toBe('tentative');
    expect(reliability(0.667)).toBe('tentative');
    expect(reliability(0.666)).toBe('unreliable');
    expect(reliability(-0.2)).toBe('unreliable');
    expect(reliability(null)).toBe('undefined');
  });
});

describe('formatting', () => {
  it('writes coefficients with two decimals and a Danish comma', () => {
    expect(formatCoefficient(0.8234, 'da')).toBe('0,82');
    expect(formatCoefficient(-0.05, 'da')).toBe('-0,05');
    expect(formatCoefficient(-0.001, 'da')).toBe('0,00');
    expect(formatCoefficient(0.5, 'en')).toBe('0.50');
    expect(formatCoefficient(null, 'da')).toBe('–');
  });

  it('writes percent agreement from the proportion the API sends', () => {
    expect(formatPercent(0.875, 'da').replace(/\s/g, ' ')).toBe('87,5 %');
    expect(formatPercent(0.91234, 'da').replace(/\s/g, ' ')).toBe('91,2 %');
    expect(formatPercent(1, 'en')).toBe('100%');
    expect(formatPercent(null, 'da')).toBe('–');
  });
});
