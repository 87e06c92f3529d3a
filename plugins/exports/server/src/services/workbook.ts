import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import {
  BUILT_IN_REGISTERS,
  CALLBACK_TARGETS,
  type CompletionFigure,
  type CountFigure,
  type Locale,
  type StatisticsFigures,
  type StatisticsPeriod,
} from '@wuyedesk/contracts';
import { shanghaiWallClock } from '../xlsx/cells';
import { writeTable, type TableCell } from '../xlsx/sheet-tables';
import { getService } from '../utils/get-service';
import { WORKBOOK_TEXT, type WorkbookText } from './workbook-text';

const registerLabel = (key: string, locale: Locale) => BUILT_IN_REGISTERS.find((r) => r.key === key)?.label[locale] ?? key;
const statusLabel = (register: string, status: string, locale: Locale) =>
  BUILT_IN_REGISTERS.find((r) => r.key === register)?.workflow?.states.find((s) => s.value === status)?.label[locale] ?? status;
const when = (iso: string | null): Date | null => (iso ? shanghaiWallClock(iso) : null);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

const newSheet = (workbook: ExcelJS.Workbook, name: string, widths: number[]) => {
  const sheet = workbook.addWorksheet(name);
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return sheet;
};

const completionRows = (figures: CompletionFigure[], locale: Locale): TableCell[][] =>
  figures.map((f) => [registerLabel(f.register, locale), f.period, f.received, f.onTime, f.late, f.open, f.completionRate, f.onTimeRate]);

const completionTotals = (figures: CompletionFigure[], text: WorkbookText): TableCell[] => {
  const [received, onTime, late, open] = [sum(figures.map((f) => f.received)), sum(figures.map((f) => f.onTime)), sum(figures.map((f) => f.late)), sum(figures.map((f) => f.open))];
  return [text.total, null, received, onTime, late, open, received ? (onTime + late) / received : 0, onTime + late ? onTime / (onTime + late) : 0];
};

const countTable = (title: string, heading: string, rows: CountFigure[], text: WorkbookText) => ({
  title,
  headers: [heading, text.count],
  rows: rows.map((r) => [r.label, r.count]),
  totals: [text.total, sum(rows.map((r) => r.count))],
  bars: [1],
});

/** The statistics workbook: one sheet per topic, each with totals; bars are Excel data bars. */
export const workbook = ({ strapi }: { strapi: Core.Strapi }) => ({
  build(figures: StatisticsFigures, locale: Locale = 'zh-CN'): ExcelJS.Workbook {
    const text = WORKBOOK_TEXT[locale];
    const book = new ExcelJS.Workbook();
    book.creator = 'WuyeDesk 物业客服台';
    const period = `${figures.period.from} ~ ${figures.period.to}`;

    const completion = newSheet(book, text.sheets.completion, [14, 12, 10, 10, 10, 10, 12, 12]);
    const headers = text.completionHeaders;
    let row = 1;
    completion.getCell(row, 1).value = `${text.sheets.completion}（${period}）`;
    row += 2;
    for (const granularity of ['month', 'week', 'day'] as const) {
      const data = figures.completion[granularity];
      row = writeTable(completion, row, {
        title: text.granularity[granularity], headers, rows: completionRows(data, locale), totals: completionTotals(data, text), percent: [6, 7], bars: [6, 7],
      });
    }

    const unfinished = newSheet(book, text.sheets.unfinished, [14, 22, 17, 14, 12, 17, 40, 10]);
    writeTable(unfinished, 1, {
      title: `${text.sheets.unfinished}（${text.asOf} ${figures.period.to}）`,
      headers: text.unfinishedHeaders,
      rows: figures.unfinished.map((u) => [
        registerLabel(u.register, locale), u.number, when(u.receivedAt), u.department, statusLabel(u.register, u.status, locale), when(u.dueAt), u.reason ?? text.noReason, u.daysOpen,
      ]),
      totals: [text.total, figures.unfinished.length, null, null, null, null, `${text.monthOrMore}: ${figures.unfinished.filter((u) => u.daysOpen >= 30).length}`, null],
      dates: [2, 5],
      bars: [7],
    });

    const complaints = newSheet(book, text.sheets.complaints, [18, 10]);
    row = 1;
    complaints.getCell(row, 1).value = `${text.sheets.complaints}（${period}）${text.total} ${figures.complaints.total}`;
    row += 2;
    row = writeTable(complaints, row, countTable(text.byCategory, text.category, figures.complaints.byCategory, text));
    row = writeTable(complaints, row, countTable(text.byDepartment, text.department, figures.complaints.byDepartment, text));
    writeTable(complaints, row, countTable(text.byCause, text.cause, figures.complaints.byCause, text));

    const repairs = newSheet(book, text.sheets.repairs, [18, 10]);
    repairs.getCell(1, 1).value = `${text.sheets.repairs}（${period}）${text.total} ${figures.repairs.total}`;
    row = writeTable(repairs, 3, countTable(text.byUrgency, text.urgency, figures.repairs.byUrgency, text));
    writeTable(repairs, row, countTable(text.byDepartment, text.department, figures.repairs.byDepartment, text));

    const callbacks = newSheet(book, text.sheets.callbacks, [14, 14, 12, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]);
    if (!figures.callbacks.available) {
      callbacks.getCell(1, 1).value = text.callbacksUnavailable;
    } else {
      const rows = figures.callbacks.rows;
      writeTable(callbacks, 1, {
        title: `${text.sheets.callbacks}（${period}）${text.targets}`,
        headers: text.callbackHeaders,
        rows: rows.map((r) => [
          registerLabel(r.register, locale), r.department, r.period, r.resolved, r.required, r.done, r.onTime, r.rate,
          r.target || CALLBACK_TARGETS[r.register as keyof typeof CALLBACK_TARGETS] || 0, r.satisfied, r.basicallySatisfied, r.dissatisfied, r.averageScore,
        ]),
        totals: [text.total, null, null, sum(rows.map((r) => r.resolved)), sum(rows.map((r) => r.required)), sum(rows.map((r) => r.done)), sum(rows.map((r) => r.onTime)),
          sum(rows.map((r) => r.resolved)) ? sum(rows.map((r) => r.done)) / sum(rows.map((r) => r.resolved)) : 0, null,
          sum(rows.map((r) => r.satisfied)), sum(rows.map((r) => r.basicallySatisfied)), sum(rows.map((r) => r.dissatisfied)), null],
        percent: [7, 8],
        bars: [7],
      });
    }

    const keys = newSheet(book, text.sheets.keys, [22, 14, 14, 17, 17, 10]);
    row = writeTable(keys, 1, {
      title: `${text.keyLoans}（${period}）`,
      headers: text.keyTotalsHeaders,
      rows: [[figures.keys.loans, figures.keys.returnedLate, figures.keys.lost]],
    });
    row = writeTable(keys, row, {
      title: text.keyCounts,
      headers: text.keyCountHeaders,
      rows: figures.keys.counts.map((c) => [c.label, c.counts, c.withMissing, c.missingKeys]),
      totals: [text.total, sum(figures.keys.counts.map((c) => c.counts)), sum(figures.keys.counts.map((c) => c.withMissing)), sum(figures.keys.counts.map((c) => c.missingKeys))],
      bars: [2],
    });
    writeTable(keys, row, {
      title: text.lateKeyLoans,
      headers: text.lateKeyHeaders,
      rows: figures.keys.lateLoans.map((l) => [l.number, l.key, l.borrower, when(l.dueAt), when(l.returnedAt), statusLabel('key-loan', l.status, locale)]),
      totals: [text.total, figures.keys.lateLoans.length, null, null, null, null],
      dates: [3, 4],
    });

    const archives = newSheet(book, text.sheets.archives, [22, 16, 14, 17, 17]);
    row = writeTable(archives, 1, {
      title: `${text.archiveLoans}（${period}）`,
      headers: text.archiveTotalsHeaders,
      rows: [[figures.archives.loans, figures.archives.overdue]],
    });
    writeTable(archives, row, {
      title: text.overdueArchiveLoans,
      headers: text.overdueArchiveHeaders,
      rows: figures.archives.overdueLoans.map((l) => [l.number, l.archive, l.requester, when(l.dueAt), when(l.returnedAt)]),
      totals: [text.total, figures.archives.overdueLoans.length, null, null, null],
      dates: [3, 4],
    });
    return book;
  },

  /** The workbook of a period as an .xlsx buffer (small: aggregates and bounded lists). */
  async buffer({ period, locale = 'zh-CN', now = new Date() }: { period: StatisticsPeriod; locale?: Locale; now?: Date }): Promise<Buffer> {
    const figures = await getService(strapi, 'statistics').figures({ period, locale, now });
    return Buffer.from(await this.build(figures, locale).xlsx.writeBuffer());
  },
});
