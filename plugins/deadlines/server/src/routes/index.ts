/** Test-only routes: 404 unless config.testRoutes. */
const test = (method: 'GET' | 'POST', path: string, action: string) => ({
  method, path: `/test/${path}`, handler: `test-hooks.${action}`, config: { auth: false as const },
});

export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      // Granted to every signed-in role (records' roles service); rows follow the actor's scope.
      { method: 'GET' as const, path: '/overdue', handler: 'overdue.find', config: {} },
      test('POST', 'run-once', 'runOnce'),
      test('POST', 'send-mail', 'sendMail'),
      test('GET', 'clocks', 'clocks'),
      test('GET', 'outbox', 'outbox'),
    ],
  },
};
