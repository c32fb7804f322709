import { io, type Socket } from 'socket.io-client';
import type { Ack, ClientToServerEvents, ServerToClientEvents } from '../../../shared/realtime.js';

export type HearthSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const ACK_TIMEOUT_MS = 10_000;

let socket: HearthSocket | null = null;
let everConnected = false;

/** One connection per tab, same origin, authenticated by the session cookie at the handshake. */
export function getSocket(): HearthSocket {
  if (!socket) {
    socket = io({ withCredentials: true });
    socket.on('connect', () => {
      everConnected = true;
    });
  }
  return socket;
}

/** False only when a connection we had is lost: the first handshake is not an outage. */
export function isLive(): boolean {
  return getSocket().connected || !everConnected;
}

/** After sign-in or sign-out the handshake must run again; `connect` then re-joins every room. */
export function reconnectSocket(): void {
  const s = getSocket();
  s.disconnect();
  s.connect();
}

export function reportAck(what: string) {
  return (err: Error | null, res?: Ack): void => {
    if (err) {
      console.warn(`${what}: no answer from the server`);
      return;
    }
    if (res && !res.ok) console.warn(`${what}: ${res.error.code}`);
  };
}

export const ackTimeout = ACK_TIMEOUT_MS;
