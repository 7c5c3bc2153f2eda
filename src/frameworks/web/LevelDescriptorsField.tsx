import { useTranslation } from 'react-i18next';
import type { LevelDescriptor, ScaleLevel } from '../frameworks.model';
import { pickText } from './FrameworkBits';

/** Descriptors by level, one entry per step of the scale (empty text where none is written yet). */
export function descriptorsByLevel(
  scale: readonly ScaleLevel[],
  levels: readonly LevelDescriptor[],
): LevelDescriptor[] {
  const byLevel = new Map(levels.map((l) => [l.level, l]));
  return scale.map((step) => byLevel.get(step.level) ?? { level: step.level, da: '', en: '' });
}

/**
 * What mastering an item looks like at each level of the scale: a fieldset per level, headed by the level and its
 * label ("3 – Selvstændig"), with a Danish and an English text.
 */
export function LevelDescriptorsField({
  scale,
  value,
  onChange,
  language,
}: {
  scale: ScaleLevel[];
  value: LevelDescriptor[];
  onChange: (levels: LevelDescriptor[]) => void;
  language: string;
}) {
  const { t } = useTranslation('frameworks');
  const set = (level: number, key: 'da' | 'en', text: string) =>
    onChange(value.map((d) => (d.level === level ? { ...d, [key]: text } : d)));
  return (
    <fieldset className="fw-levels">
      <legend className="form-label">{t('levels.legend')}</legend>
      <p className="form-hint">{t('levels.hint')}</p>
      {value.map((descriptor) => {
        const step = scale.find((s) => s.level === descriptor.level);
        const name = t('scale.levelName', {
          level: descriptor.level,
          label: step ? pickText(language, step.labelDa, step.labelEn) : '',
        });
        return (
          <fieldset key={descriptor.level} className="fw-level">
            <legend className="fw-level-legend">{name}</legend>
            <div className="form-group">
              <label className="form-label" htmlFor={`fw-level-${descriptor.level}-da`}>
                {t('levels.da')}
              </label>
              <textarea
                id={`fw-level-${descriptor.level}-da`}
                className="form-input"
                rows={2}
                lang="da"
                value={descriptor.da}
                onChange={(event) => set(descriptor.level, 'da', event.target.value)}
              />
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={`fw-level-${descriptor.level}-en`}>
                {t('levels.en')}
              </label>
              <textarea
                id={`fw-level-${descriptor.level}-en`}
                className="form-input"
                rows={2}
                lang="en"
                value={descriptor.en}
                onChange={(event) => set(descriptor.level, 'en', event.target.value)}
              />
            </div>
          </fieldset>
        );
      })}
    </fieldset>
  );
}
