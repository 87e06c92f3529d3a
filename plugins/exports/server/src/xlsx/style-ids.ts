/** The part of exceljs's StylesXform this reaches (exceljs 4.4: `workbookWriter.styles`). */
interface StylesLike {
  addStyleModel(model: Record<string, unknown> | undefined, cellType?: number): number;
}

/** Whether a style has more than a number format (then exceljs serialises it as before). */
const hasMoreThanNumFmt = (model: Record<string, unknown>) =>
  model.font !== undefined || model.alignment !== undefined || model.border !== undefined || model.fill !== undefined || model.protection !== undefined;

/**
 * exceljs gives each cell a fresh copy of its column's style object and, on commit, finds the
 * style id by serialising that object to XML and looking the string up (StylesXform.addStyleModel
 * → _addStyle): 28–33 % of an export's CPU. Its WeakMap shortcut never hits because the object is
 * new for every cell. In an export the style of a cell is its column's number format (or the
 * Text format of a formula-like cell) and the cell's value type, so this remembers the id per
 * (value type, number format) — in effect one id per column — and asks exceljs only the first
 * time. Cells with any other style (the bold header) still go through exceljs.
 *
 * This reaches into exceljs internals (`workbook.styles.addStyleModel`, exceljs 4.4). If they
 * change, it returns false and changes nothing: the export is then correct, only slower.
 */
export const cacheStyleIds = (workbook: unknown): boolean => {
  const styles = (workbook as { styles?: StylesLike } | null)?.styles;
  if (!styles || typeof styles.addStyleModel !== 'function') return false;
  const original = styles.addStyleModel.bind(styles);
  const byType: Array<Map<unknown, number>> = [];
  styles.addStyleModel = (model, cellType) => {
    if (!model || hasMoreThanNumFmt(model)) return original(model, cellType);
    // exceljs reads a missing type (a row's own style) as a number, as it does type 0 (null).
    const ids = (byType[cellType || 0] ??= new Map());
    let id = ids.get(model.numFmt);
    if (id === undefined) {
      id = original(model, cellType);
      ids.set(model.numFmt, id);
    }
    return id;
  };
  return true;
};
