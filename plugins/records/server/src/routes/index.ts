export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/me', handler: 'session.me', config: {} },
      { method: 'GET', path: '/registers', handler: 'session.registers', config: {} },
    ],
  },
};
