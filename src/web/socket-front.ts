import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { CacheFront, FrontAnswer } from './cache-front.ts';
import { parseSimpleGet } from './request-head.ts';

const HEAD_END = Buffer.from('\r\n\r\n', 'latin1');
const REASON: Record<FrontAnswer['status'], string> = { 200: 'OK', 304: 'Not Modified' };

type ConnectionListener = (socket: Socket) => void;

/**
 * Answers page-cache hits straight on the connection, before Node's HTTP machinery: building an
 * IncomingMessage and a ServerResponse costs about as much CPU as the kernel's whole work of sending the page,
 * and a cached page is most of what a news site serves. A connection stays here while every request on it is a
 * plain GET (`parseSimpleGet`) the cache answers, each arriving whole; at the first request that is anything else —
 * a miss, another method, a head split over reads, a malformed or oversized head, the server closing — the
 * connection is handed to Node's HTTP server with the unanswered bytes put back, and stays there. So Node's
 * parser, limits, timeouts and error answers govern every request this lane does not answer itself.
 */
export function installSocketFront(server: Server, o: { front: () => CacheFront; keepAliveMs: number; maxHeadBytes: number }): void {
  const handlers = server.listeners('connection') as ConnectionListener[];
  server.removeAllListeners('connection');
  const ours = new Set<Socket>();
  const keepAlive = `keep-alive: timeout=${Math.floor(o.keepAliveMs / 1000)}\r\n`;
  const date = httpDate();

  server.on('connection', (socket: Socket) => {
    ours.add(socket);
    const onData = (buffer: Buffer) => {
      const front = o.front();
      let start = 0;
      while (start < buffer.length) {
        const end = buffer.indexOf(HEAD_END, start);
        if (end === -1 || end - start > o.maxHeadBytes) break;
        const answer = answerOf(front, buffer.toString('latin1', start, end));
        if (!answer) break;
        if (!socket.write(wire(answer, date(), keepAlive))) {
          socket.pause();
          socket.once('drain', onDrain);
        }
        start = end + HEAD_END.length;
      }
      if (start < buffer.length) handOff(buffer.subarray(start));
    };
    const onDrain = () => socket.resume();
    const onTimeout = () => socket.destroy();
    const onEnd = () => socket.end();
    const onError = () => socket.destroy();
    const onClose = () => ours.delete(socket);
    const handOff = (rest: Buffer) => {
      socket.off('data', onData).off('drain', onDrain).off('timeout', onTimeout).off('end', onEnd).off('error', onError).off('close', onClose);
      socket.setTimeout(0);
      ours.delete(socket);
      // Put back synchronously, before Node's listener attaches: the bytes are read again by its parser, in order.
      socket.unshift(rest);
      for (const handler of handlers) handler.call(server, socket);
      socket.resume();
    };
    socket.setNoDelay(true);
    socket.setTimeout(o.keepAliveMs);
    socket.on('data', onData).on('timeout', onTimeout).on('end', onEnd).on('error', onError).on('close', onClose);
  });

  // Connections held here are idle between requests (each is answered as it is read); closing the server must
  // close them as Node closes its own idle ones, or `close()` would wait out their keep-alive.
  const closeIdle = server.closeIdleConnections.bind(server);
  server.closeIdleConnections = () => {
    for (const socket of ours) socket.destroySoon();
    ours.clear();
    closeIdle();
  };
}

/** A throwing front must not take the process down from a socket callback: Fastify answers that request instead. */
function answerOf(front: CacheFront, head: string): FrontAnswer | null {
  try {
    const request = parseSimpleGet(head);
    return request && front(request.target, request.headers);
  } catch {
    return null;
  }
}

/** Each answer as last written, with the `Date` it was built for: rebuilt at most once a second. */
const wires = new WeakMap<FrontAnswer, { date: string; bytes: Buffer }>();

/** Status line, headers, the connection's own headers and the body in one buffer, so one answer is one write. */
function wire(answer: FrontAnswer, date: string, keepAlive: string): Buffer {
  const built = wires.get(answer);
  if (built?.date === date) return built.bytes;
  let head = `HTTP/1.1 ${answer.status} ${REASON[answer.status]}\r\n`;
  for (let i = 0; i < answer.headers.length; i += 2) head += `${answer.headers[i]}: ${answer.headers[i + 1]}\r\n`;
  head += `date: ${date}\r\nconnection: keep-alive\r\n${keepAlive}\r\n`;
  const bytes = answer.body ? Buffer.concat([Buffer.from(head, 'latin1'), answer.body]) : Buffer.from(head, 'latin1');
  wires.set(answer, { date, bytes });
  return bytes;
}

/** The Date header's value, formatted once a second as Node's HTTP server does. */
function httpDate(): () => string {
  let second = -1;
  let text = '';
  return () => {
    const now = Date.now();
    const s = Math.floor(now / 1000);
    if (s !== second) {
      second = s;
      text = new Date(now).toUTCString();
    }
    return text;
  };
}
