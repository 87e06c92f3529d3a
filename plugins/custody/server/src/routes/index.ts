export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [
      // Test-only: 404 unless config.testRoutes.
      { method: 'POST' as const, path: '/test/schedule-counts', handler: 'test-hooks.scheduleCounts', config: { auth: false as const } },
    ],
  },
};
