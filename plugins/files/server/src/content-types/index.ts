import { fileOwner } from './file-owner';

export const contentTypes = { 'file-owner': fileOwner };
