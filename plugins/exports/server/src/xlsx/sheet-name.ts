/**
 * A register's label as an Excel sheet name: Excel refuses * ? : \ / [ ] in a sheet name and more
 * than 31 characters (档案查阅/借阅登记 would make a file Excel "repairs" on opening).
 */
export const sheetName = (label: string): string => label.replace(/[*?:\\/[\]]/g, '、').slice(0, 31) || 'Sheet1';
