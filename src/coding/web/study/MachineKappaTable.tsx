import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n.js';
import { formatCoefficient } from './agreementText.js';
import { CodeChip, Num } from './bits.js';
import { codeRows } from './codeTree.js';
import type { Code } from './coding.api.js';

export interface MachineKappa {
  codeId: string;
  kappa: number | null;
  /** Turns the kappa was measured on (held out of training). */
  heldOut: number;
}

/**
 * The codes the machine was measured on, in codebook order. Codes without held-out turns were not measured; a row of
 * "–" would say nothing, so they are left out.
 */
export function measuredCodes(perCode: readonly MachineKappa[], codes: Code[]) {
  const byCode = new Map(perCode.filter((row) => row.heldOut > 0).map((row) => [row.codeId, row]));
  return codeRows(codes).flatMap(({ code }) => {
    const row = byCode.get(code.id);
    return row ? [{ code, row }] : [];
  });
}

/** The machine's kappa against the humans per code, on turns it was not trained on. */
export function MachineKappaTable({
  rows,
  caption,
  captionHidden = false,
  heldOutLabel,
}: {
  rows: ReturnType<typeof measuredCodes>;
  caption: string;
  captionHidden?: boolean;
  heldOutLabel: string;
}) {
  const { t } = useTranslation('coding');
  const language = currentLanguage();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra table--compact">
        <caption className={captionHidden ? 'sr-only' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('codebook.code')}</th>
            <th scope="col" className="coding-number">
              {t('agreement.kappaShort')}
            </th>
            <th scope="col" className="coding-number">
              {heldOutLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, row }) => (
            <tr key={code.id}>
              <th scope="row">
                <CodeChip code={code} />
              </th>
              <td className="coding-number">{formatCoefficient(row.kappa, language)}</td>
              <td className="coding-number">
                <Num value={row.heldOut} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
