import http from 'http';

/**
 * Whether a WuyeDesk (Strapi) instance answers on this port: its health route answers 204 with
 * Strapi's own header. Something else listening there (another program on 1337) is not one.
 */
export const instanceAnswers = ({ port, host = '127.0.0.1', timeoutMs = 1500 }: { port: number; host?: string; timeoutMs?: number }) =>
  new Promise<boolean>((resolve) => {
    const req = http.get({ host, port, path: '/_health', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 204 && res.headers.strapi !== undefined);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
