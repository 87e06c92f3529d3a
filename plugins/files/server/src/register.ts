import { promises as fs } from 'fs';
import type { Core } from '@strapi/strapi';
import { getService } from './utils/get-service';

interface UploadProvider {
  extend(methods: Record<string, unknown>): void;
}

/**
 * Makes the upload plugin's provider private: it stores files in this plugin's folder and, being
 * private, has Strapi sign every file URL it returns (the upload answer, and every media field a
 * document-service read populates) with our link. Runs in register, after the upload plugin's
 * (Strapi registers its own plugins first) and before its bootstrap, which checks isPrivate once.
 */
export const register = async ({ strapi }: { strapi: Core.Strapi }) => {
  const links = getService(strapi, 'links');
  await fs.mkdir(links.directory(), { recursive: true });
  const provider = (strapi.plugin('upload') as unknown as { provider?: UploadProvider }).provider;
  if (!provider) throw new Error('files: the upload plugin has no provider yet; it must register before the files plugin');
  provider.extend({
    ...links.storage(),
    isPrivate: () => true,
    getSignedUrl: (file: { url?: string }) => ({ url: links.signedUrl(file.url) ?? file.url }),
  });
};
