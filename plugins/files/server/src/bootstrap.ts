import path from 'path';
import type { Core } from '@strapi/strapi';
import { guardAttachments, recordUploaders } from './guards';
import { signMediaOnReads } from './sign-reads';
import { moveOutOfPublic } from './storage';
import { getService } from './utils/get-service';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  recordUploaders(strapi);
  guardAttachments(strapi);
  signMediaOnReads(strapi);
  const to = getService(strapi, 'links').directory();
  const moved = await moveOutOfPublic({ from: path.join(strapi.dirs.static.public, 'uploads'), to });
  if (moved) strapi.log.info(`files: moved ${moved} uploaded file(s) out of the public folder into ${to}`);
};
