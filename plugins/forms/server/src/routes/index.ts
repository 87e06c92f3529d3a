const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: {} });

/** Content API under /api/forms. Every office role may call them; the controllers check the form type's permissions. */
export const ROUTES = [
  route('GET', '/types', 'form-types.find'),
  route('POST', '/types', 'form-types.publish'),
  route('GET', '/types/:key', 'form-types.findOne'),
  route('GET', '/types/:key/export', 'form-types.export'),
  route('PUT', '/types/:key/permissions', 'form-types.setPermissions'),
  route('GET', '/types/:key/versions/:version', 'form-types.version'),
  route('GET', '/entries/:type', 'entries.find'),
  route('POST', '/entries/:type', 'entries.create'),
  route('GET', '/entries/:type/:id', 'entries.findOne'),
  route('PUT', '/entries/:type/:id', 'entries.update'),
  route('POST', '/entries/:type/:id/actions/:action', 'entries.act'),
  route('GET', '/entries/:type/:id/history', 'entries.history'),
];

/** The users-permissions action names of those routes (granted to every office role at each start). */
export const ROUTE_ACTIONS = [...new Set(ROUTES.map((r) => `plugin::forms.${r.handler}`))];

export const routes = { 'content-api': { type: 'content-api', routes: ROUTES } };
