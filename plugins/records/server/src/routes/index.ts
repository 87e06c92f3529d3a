export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      { method: 'GET', path: '/me', handler: 'session.me', config: {} },
      { method: 'GET', path: '/registers', handler: 'session.registers', config: {} },
      { method: 'GET', path: '/users', handler: 'users.find', config: {} },
    ],
  },
};
