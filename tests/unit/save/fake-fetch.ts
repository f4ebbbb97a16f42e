// A fetch double that behaves like the network where it matters to the save engine: streamed
// bodies, latency, hanging servers, aborts through the signal, and a count of downloads in flight.

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
  /** Split the body into this many chunks. Default 4. */
  chunks?: number;
  /** Delay before the response, and between chunks, in ms. */
  delayMs?: number;
  /** Never answer (until aborted). */
  hang?: boolean;
  /** Reject like a network failure (TypeError: Failed to fetch). */
  networkError?: boolean;
}

export interface FakeNetwork {
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  /** Every request, in order, with its init. */
  requests: Array<{ url: string; init: RequestInit | undefined }>;
  /** Highest number of downloads in flight at once (from the request until the body ends or is cancelled). */
  maxInFlight(): number;
  /** Bytes handed out by response bodies so far. */
  bytesServed(): number;
  /** Whether a given body was cancelled before its end. */
  cancelled: Set<string>;
  route(url: string, route: Route): void;
  /** Everything not routed fails like the network being down. */
  offline: boolean;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (!ms) return resolve();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });

export function fakeNetwork(routes: Record<string, Route> = {}): FakeNetwork {
  const table = new Map(Object.entries(routes));
  let inFlight = 0;
  let max = 0;
  let served = 0;
  const net: FakeNetwork = {
    requests: [],
    cancelled: new Set(),
    offline: false,
    maxInFlight: () => max,
    bytesServed: () => served,
    route: (url, route) => void table.set(url, route),
    async fetch(url, init) {
      net.requests.push({ url, init });
      const signal = init?.signal ?? undefined;
      signal?.throwIfAborted();
      const route = net.offline ? undefined : table.get(url);
      if (!route || route.networkError) throw new TypeError('Failed to fetch');
      inFlight++;
      max = Math.max(max, inFlight);
      let finished = false;
      const finish = () => {
        if (!finished) {
          finished = true;
          inFlight--;
        }
      };
      try {
        if (route.hang) {
          await new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
        }
        await sleep(route.delayMs ?? 0, signal);
      } catch (error) {
        finish();
        throw error;
      }
      const bytes = typeof route.body === 'string' ? new TextEncoder().encode(route.body) : (route.body ?? new Uint8Array());
      const count = Math.max(1, route.chunks ?? 4);
      const step = Math.ceil(bytes.byteLength / count) || 1;
      let offset = 0;
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            await sleep(route.delayMs ?? 0, signal);
          } catch (error) {
            finish();
            controller.error(error);
            return;
          }
          if (offset >= bytes.byteLength) {
            finish();
            controller.close();
            return;
          }
          const chunk = bytes.slice(offset, offset + step);
          offset += step;
          served += chunk.byteLength;
          controller.enqueue(chunk);
        },
        cancel() {
          net.cancelled.add(url);
          finish();
        },
      }, { highWaterMark: 0 }); // pull only when the reader asks, so "bytes served" counts what was read
      signal?.addEventListener('abort', () => finish(), { once: true });
      const response = new Response(route.status === 204 ? null : stream, { status: route.status ?? 200, headers: route.headers ?? {} });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    },
  };
  return net;
}

export const jpegHeaders = (length?: number): Record<string, string> =>
  length === undefined ? { 'content-type': 'image/jpeg' } : { 'content-type': 'image/jpeg', 'content-length': String(length) };
