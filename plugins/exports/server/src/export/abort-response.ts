import type { ServerResponse } from 'http';
import type { PassThrough } from 'stream';

/**
 * A failure after the headers went out cannot become an error status: the connection is cut
 * (chunked body without its last chunk), so the client sees a failed download, not a file that
 * never ends. Destroying only the body would leave the socket open and the download hanging.
 */
export const abortResponse = (res: ServerResponse, body: PassThrough) => {
  body.unpipe(res);
  body.destroy();
  res.destroy();
};

