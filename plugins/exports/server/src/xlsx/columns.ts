import type { FieldDescription, Locale, RegisterDescription } from '@wuyedesk/contracts';
import { columnWidth, DATE_FORMAT, DATETIME_FORMAT, type RelationTitle } from './cells';

export interface ExportColumn {
  field: FieldDescription;
  header: string;
  width: number;
  numFmt?: string;
  /** relation columns: how a related record is named. */
  titleOf?: RelationTitle;
  /** relation columns: the related fields to load for the title. */
  titleFields?: string[];
}

/** A related record's title: the target register's title field; a user by full name, else username. */
export const relationTitle = (
  field: FieldDescription,
  registerOf: (key: string) => RegisterDescription | undefined,
): { titleOf: RelationTitle; titleFields: string[] } => {
  if (field.target === 'user') {
    return { titleFields: ['username', 'fullName'], titleOf: (u) => String(u.fullName || u.username || '') };
  }
  const target = field.target ? registerOf(field.target) : undefined;
  const titleField = target?.titleField ?? 'documentId';
  return { titleFields: [titleField], titleOf: (r) => String(r[titleField] ?? '') };
};

/**
 * The columns of an export: the names the panel shows (its visible columns, else the register's
 * listFields), in that order; unknown names and `relation.field` search paths are reduced to fields.
 */
export const exportColumns = ({
  register,
  names,
  locale,
  registerOf,
}: {
  register: RegisterDescription;
  names?: readonly string[];
  locale: Locale;
  registerOf: (key: string) => RegisterDescription | undefined;
}): ExportColumn[] => {
  const wanted = names?.length ? names : register.listFields;
  const seen = new Set<string>();
  const columns: ExportColumn[] = [];
  for (const name of wanted) {
    const field = register.fields.find((f) => f.name === name.split('.')[0]);
    if (!field || seen.has(field.name)) continue;
    seen.add(field.name);
    const header = field.label[locale];
    const numFmt = field.type === 'datetime' ? DATETIME_FORMAT : field.type === 'date' ? DATE_FORMAT : field.type === 'money' ? '#,##0.00' : undefined;
    columns.push({
      field,
      header,
      width: columnWidth(field, header),
      numFmt,
      ...(field.type === 'relation' ? relationTitle(field, registerOf) : {}),
    });
  }
  return columns;
};
