import { complaintRegister, keyLoanRegister, repairOrderRegister } from '@wuyedesk/contracts';
import { hasPaperForm, paperFormOf, printPath, printPopulate, tableRows } from '../paper-forms';

const names = (rows: { name: string }[][]) => rows.map((row) => row.map((f) => f.name));

describe('the paper forms', () => {
  it('exist for complaints (客户意见跟进记录表) and repair orders (工程服务单)', () => {
    expect(hasPaperForm(complaintRegister)).toBe(true);
    expect(hasPaperForm(repairOrderRegister)).toBe(true);
    expect(hasPaperForm(keyLoanRegister)).toBe(false);
    expect(paperFormOf(complaintRegister).titleKey).toBe('print.titles.complaint');
  });

  it('print short fields two to a row and long text on a row of its own', () => {
    const rows = tableRows(complaintRegister, ['receivedAt', 'channel', 'residentName', 'description', 'unit']);
    expect(names(rows)).toEqual([['receivedAt', 'channel'], ['residentName'], ['description'], ['unit']]);
  });

  it('print every intake field of a repair order that exists in its description', () => {
    const rows = tableRows(repairOrderRegister, paperFormOf(repairOrderRegister).intake);
    expect(rows.flat().map((f) => f.name)).toEqual(paperFormOf(repairOrderRegister).intake);
  });

  it('fall back to the details and handling fields of any other register, without photos', () => {
    const form = paperFormOf(keyLoanRegister);
    expect(form.titleKey).toBeUndefined();
    expect(form.intake.length).toBeGreaterThan(0);
    const fields = [...form.intake, ...form.handling].map((n) => keyLoanRegister.fields.find((f) => f.name === n)?.type);
    expect(fields).not.toContain('media');
  });

  it('populate the relations they name', () => {
    expect(printPopulate(complaintRegister, paperFormOf(complaintRegister))).toEqual(['unit', 'receivedBy', 'department', 'assignee']);
  });

  it('open at /print/<resource>/<documentId>', () => {
    expect(printPath('repair-orders', 'a b')).toBe('/print/repair-orders/a%20b');
  });
});
