/**
 * Under /api without the plugin prefix: /api/callbacks is the callback register's own REST API.
 * Who may call what is granted per role in bootstrap.ts (records' roles service).
 */
export const routes = {
  'content-api': {
    type: 'content-api',
    prefix: '',
    routes: [
      { method: 'GET' as const, path: '/callback-figures', handler: 'figures.find', config: {} },
      { method: 'GET' as const, path: '/callback-rules', handler: 'rules.find', config: {} },
      { method: 'POST' as const, path: '/callback-rules', handler: 'rules.create', config: {} },
      { method: 'PUT' as const, path: '/callback-rules/:id', handler: 'rules.update', config: {} },
    ],
  },
};
