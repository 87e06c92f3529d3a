/** Test-only routes (404 unless config.testRoutes): the panel's deadline routes come later. */
const test = (method: 'GET' | 'POST', path: string, action: string) => ({
  method, path: `/test/${path}`, handler: `test-hooks.${action}`, config: { auth: false as const },
});

export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      test('POST', 'run-once', 'runOnce'),
      test('POST', 'send-mail', 'sendMail'),
      test('GET', 'clocks', 'clocks'),
      test('GET', 'outbox', 'outbox'),
    ],
  },
};
