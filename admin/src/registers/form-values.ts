import type { FieldDescription } from '@wuyedesk/contracts';
import type { UploadFile } from 'antd';
import { fromPickerDate, fromPickerDateTime, isDayjs, toPickerDate, toPickerDateTime } from './time';

/** A Strapi media object as it comes back when populated. */
export interface MediaFile {
  id: number;
  name?: string;
  url?: string;
  mime?: string;
}

type Values = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A related record's documentId, whether Strapi sent it populated or as a bare id. */
export const relationId = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    const id = value.documentId ?? value.id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  }
  return undefined;
};

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value == null ? [] : [value]);

export const isMediaFile = (v: unknown): v is MediaFile => isRecord(v) && typeof v.id === 'number';

export const mediaToUploadFiles = (value: unknown, assetUrl: (url: string) => string): UploadFile[] =>
  asList(value)
    .filter(isMediaFile)
    .map((file) => ({
      uid: String(file.id),
      name: file.name ?? String(file.id),
      status: 'done',
      url: file.url ? assetUrl(file.url) : undefined,
      response: [file],
    }));

/**
 * A file just uploaded gets its signed link from the upload's answer, so it opens from the form
 * before the record is saved (Strapi serves no file without a link it signed).
 */
export const withUploadedLinks = (list: UploadFile[], assetUrl: (url: string) => string): UploadFile[] =>
  list.map((file) => {
    const response: unknown = file.response;
    const first = Array.isArray(response) ? response[0] : undefined;
    return file.url || file.status !== 'done' || !isMediaFile(first) || !first.url ? file : { ...file, url: assetUrl(first.url) };
  });

/** Uploaded files carry Strapi's answer (an array of file objects) as their response. */
const uploadedId = (file: UploadFile): number | undefined => {
  const response: unknown = file.response;
  const first = Array.isArray(response) ? response[0] : undefined;
  return isMediaFile(first) ? first.id : undefined;
};

/** Record value → what the antd input for that field holds. */
export const toFormValue = (field: FieldDescription, value: unknown, assetUrl: (url: string) => string): unknown => {
  if (value === null || value === undefined) return field.type === 'media' ? [] : undefined;
  switch (field.type) {
    case 'datetime':
      return typeof value === 'string' ? toPickerDateTime(value) : undefined;
    case 'date':
      return typeof value === 'string' ? toPickerDate(value) : undefined;
    case 'relation':
      return field.multiple ? asList(value).map(relationId).filter(Boolean) : relationId(value);
    case 'media':
      return mediaToUploadFiles(value, assetUrl);
    case 'json':
      return JSON.stringify(value, null, 2);
    case 'group':
      return asList(value).map((row) =>
        isRecord(row) ? Object.fromEntries((field.fields ?? []).map((sub) => [sub.name, toFormValue(sub, row[sub.name], assetUrl)])) : {},
      );
    default:
      return value;
  }
};

export const toFormValues = (
  fields: readonly FieldDescription[],
  record: Values | undefined,
  assetUrl: (url: string) => string,
): Values =>
  record ? Object.fromEntries(fields.map((f) => [f.name, toFormValue(f, record[f.name], assetUrl)])) : {};

export class InvalidJsonError extends Error {}

const isBlank = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** What the antd input holds → the value the API (and validateInput) expects. */
export const toApiValue = (field: FieldDescription, value: unknown): unknown => {
  if (isBlank(value)) return null;
  switch (field.type) {
    case 'datetime':
      return isDayjs(value) ? fromPickerDateTime(value) : value;
    case 'date':
      return isDayjs(value) ? fromPickerDate(value) : value;
    case 'media': {
      const ids = (value as UploadFile[]).map(uploadedId).filter((id): id is number => id !== undefined);
      return field.multiple ? ids : (ids[0] ?? null);
    }
    case 'json':
      try {
        return JSON.parse(String(value));
      } catch {
        throw new InvalidJsonError(field.name);
      }
    case 'string':
    case 'text':
    case 'phone':
    case 'email':
    case 'idcard':
      return typeof value === 'string' ? value.trim() : value;
    case 'group':
      // Each row as the API wants it: blank cells left out, dates as strings.
      return asList(value).map((row) => {
        const out: Values = {};
        for (const sub of field.fields ?? []) {
          const cell = toApiValue(sub, isRecord(row) ? row[sub.name] : undefined);
          if (cell !== null) out[sub.name] = cell;
        }
        return out;
      });
    default:
      return value;
  }
};

/**
 * The request body of a form. A new record leaves blanks out so server defaults apply; an
 * edit sends null so a cleared field is cleared.
 */
export const toApiValues = (
  fields: readonly FieldDescription[],
  values: Values,
  mode: 'create' | 'update' | 'action',
): { data: Values; invalidJson: string[] } => {
  const data: Values = {};
  const invalidJson: string[] = [];
  for (const field of fields) {
    if (!(field.name in values)) continue;
    try {
      const value = toApiValue(field, values[field.name]);
      if (value !== null || mode === 'update') data[field.name] = value;
    } catch (error) {
      if (!(error instanceof InvalidJsonError)) throw error;
      invalidJson.push(field.name);
    }
  }
  return { data, invalidJson };
};
