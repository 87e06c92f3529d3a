type Env = ((key: string, fallback?: string) => string) & { bool: (key: string, fallback?: boolean) => boolean };

/**
 * Strapi's own admin UI is optional: the office works in the WuyeDesk panel. Building it costs
 * ~35 s and ~2 GB, so it is served only when SERVE_ADMIN_PANEL=true and `strapi build` has run.
 */
export default ({ env }: { env: Env }) => ({
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', false),
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
});
