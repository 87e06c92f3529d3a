import type { Core } from '@strapi/strapi';
import type { FilesConfig } from '../config';
import { linkKey, signedPath, verifyLink, type LinkVerdict } from '../signing';
import { diskStorage, nameFromUrl } from '../storage';

/** Signed links to stored files, and the storage the upload provider writes through. */
export const links = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::files') as FilesConfig;
  let key: Buffer | null = null;
  const keyOf = () => (key ??= linkKey(config().urlSecret));
  return {
    directory: () => config().directory,

    storage: () => diskStorage(config().directory),

    /** A link valid for the configured time to the file a row's `url` names (null: not a stored file). */
    signedUrl(storedUrl: unknown, now = Date.now()): string | null {
      const name = nameFromUrl(storedUrl);
      return name ? signedPath({ name, key: keyOf(), ttlSeconds: config().urlTtlSeconds, now }) : null;
    },

    verify(link: { name: unknown; expires: unknown; signature: unknown }, now = Date.now()): LinkVerdict {
      return verifyLink({ ...link, key: keyOf(), now });
    },
  };
};
