/**
 * GET /api/files/:name?expires=…&signature=… — public in the users-permissions sense (no
 * login), because the signature is the authority: `<img src>` sends no Authorization header.
 */
export const routes = {
  'content-api': {
    type: 'content-api',
    routes: [{ method: 'GET', path: '/:name', handler: 'files.serve', config: { auth: false } }],
  },
};
