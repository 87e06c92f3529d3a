import { useTranslate, type BaseRecord } from '@refinedev/core';
import type { RegisterDescription } from '@wuyedesk/contracts';
import { useRegisters } from '../../../providers/session-context';
import { useLocale } from '../../../providers/use-locale';
import { tableRows } from '../paper-forms';
import { printedValue } from '../print-value';

interface PaperTableProps {
  caption: string;
  register: RegisterDescription;
  record: BaseRecord;
  fields: readonly string[];
}

/** One bordered section of the form: label, value, label, value; long text across the row. */
export const PaperTable = ({ caption, register, record, fields }: PaperTableProps) => {
  const t = useTranslate();
  const locale = useLocale();
  const registers = useRegisters();
  const words = { yes: t('values.yes'), no: t('values.no'), separator: t('list.listSeparator') };
  const cell = (name: string) => {
    const field = register.fields.find((f) => f.name === name);
    if (!field) return null;
    const value = printedValue({ register, field, value: record[name], locale, registers, words });
    return (
      <>
        <th scope="row">{field.label[locale]}</th>
        <td colSpan={field.type === 'text' ? 3 : 1} className={field.type === 'text' ? 'paper-long' : undefined}>
          {value.text}
          {value.isClamped && <span className="paper-note">{t('print.clamped')}</span>}
        </td>
      </>
    );
  };
  const rows = tableRows(register, fields);
  return (
    <table className="paper-table">
      <caption>{caption}</caption>
      <colgroup>
        <col className="paper-label-col" />
        <col />
        <col className="paper-label-col" />
        <col />
      </colgroup>
      <tbody>
        {rows.map((row) => (
          <tr key={row.map((f) => f.name).join('+')}>
            {cell(row[0].name)}
            {row[1] ? cell(row[1].name) : row[0].type !== 'text' && <td colSpan={2} className="paper-empty" />}
          </tr>
        ))}
      </tbody>
    </table>
  );
};
