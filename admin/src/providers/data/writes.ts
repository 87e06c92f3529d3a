import type {
  BaseRecord,
  CreateManyParams,
  CreateManyResponse,
  CreateParams,
  CreateResponse,
  DeleteManyResponse,
  DeleteOneResponse,
  MetaQuery,
  UpdateManyParams,
  UpdateManyResponse,
  UpdateParams,
  UpdateResponse,
} from '@refinedev/core';
import { deleteRefused } from './errors';
import { recordPath, type HttpClient } from './http';
import { metaHeaders, metaMediaFields, metaQuery } from './meta';
import { toRefineRecord, toWriteData } from './records';
import { readData } from './responses';

export function createWrites(http: HttpClient) {
  async function write(
    method: 'POST' | 'PUT',
    url: string,
    variables: unknown,
    meta: MetaQuery | undefined,
  ): Promise<unknown> {
    const body = await http.request({
      method,
      url,
      // populate/fields shape the record Strapi answers with.
      query: metaQuery(meta),
      body: { data: toWriteData(variables, metaMediaFields(meta)) },
      headers: metaHeaders(meta),
    });
    return toRefineRecord(readData(body, http.locale()));
  }

  const create = async <TData extends BaseRecord = BaseRecord, TVariables = object>({
    resource,
    variables,
    meta,
  }: CreateParams<TVariables>): Promise<CreateResponse<TData>> => ({
    data: (await write('POST', resource, variables, meta)) as TData,
  });

  const update = async <TData extends BaseRecord = BaseRecord, TVariables = object>({
    resource,
    id,
    variables,
    meta,
  }: UpdateParams<TVariables>): Promise<UpdateResponse<TData>> => ({
    data: (await write('PUT', recordPath(resource, id), variables, meta)) as TData,
  });

  // The batch methods run one request after another, so the first failure
  // stops the batch rather than racing the remaining writes.

  const createMany = async <TData extends BaseRecord = BaseRecord, TVariables = object>({
    resource,
    variables,
    meta,
  }: CreateManyParams<TVariables>): Promise<CreateManyResponse<TData>> => {
    const data: TData[] = [];
    for (const values of variables) {
      data.push((await write('POST', resource, values, meta)) as TData);
    }
    return { data };
  };

  const updateMany = async <TData extends BaseRecord = BaseRecord, TVariables = object>({
    resource,
    ids,
    variables,
    meta,
  }: UpdateManyParams<TVariables>): Promise<UpdateManyResponse<TData>> => {
    const data: TData[] = [];
    for (const id of ids) {
      data.push((await write('PUT', recordPath(resource, id), variables, meta)) as TData);
    }
    return { data };
  };

  // Records are never deleted in this product: refuse without calling the server.

  const deleteOne = async <TData extends BaseRecord = BaseRecord>(): Promise<DeleteOneResponse<TData>> => {
    throw deleteRefused(http.locale());
  };

  const deleteMany = async <TData extends BaseRecord = BaseRecord>(): Promise<DeleteManyResponse<TData>> => {
    throw deleteRefused(http.locale());
  };

  return { create, update, createMany, updateMany, deleteOne, deleteMany };
}

