import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import net from 'net';
import path from 'path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const KEEP = 50;

/**
 * For `npm start` without SMTP_HOST: a local SMTP server on 127.0.0.1:1025 (where the CMS sends
 * by default) that prints each mail's recipient and subject and keeps the last 50 as .eml files
 * in cms/data/mail/, so a newcomer sees what the desk sent. Not for production.
 */
export const startMailCatcher = async ({ dir, port = 1025 }: { dir: string; port?: number }): Promise<boolean> => {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      // Read the envelope now: the session is reset once the message is accepted.
      const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        count += 1;
        const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`);
        writeFileSync(file, raw);
        const old = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
        old.slice(0, Math.max(0, old.length - KEEP)).forEach((f) => rmSync(path.join(dir, f)));
        simpleParser(raw)
          .then((mail) => console.log(`✉  mail to ${to} — ${mail.subject ?? ''}  (${path.relative(process.cwd(), file)})`))
          .catch(() => undefined);
        callback();
      });
    },
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!listening) console.log(`Port ${port} is taken: assuming a mail catcher already runs there.`);
  return listening;
};

export const portIsFree = (port: number, host: string) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
