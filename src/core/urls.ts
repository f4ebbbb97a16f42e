// URL clean-up: unwrap CORS/image proxies back to the origin URL, upgrade known hosts to https,
// resolve relative URLs. Pure string functions (the URL class exists in browsers and Node alike).

/** Hosts known to serve the same resources over https; their http URLs are upgraded. */
const HTTPS_HOSTS = new Set([
  'image.woshipm.com',
  'static.woshipm.com',
  'www.woshipm.com',
  'woshipm.com',
  'image.yunyingpai.com',
  'static.qidianla.com',
  'mmbiz.qpic.cn',
]);

/** Query parameters that image proxies (weserv, imageproxy, Next.js /_next/image …) put the origin URL in. */
const PROXY_PARAMS = ['url', 'u', 'src', 'image', 'img', 'imgurl', 'image_url'];

const ABSOLUTE_HTTP = /^(?:https?:)?\/\//i;

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** `http%3A%2F%2Fx` → `http://x` (repeatedly, for double encoding); leaves other strings alone. */
function decodeUrlish(s: string): string {
  let cur = s.trim();
  for (let i = 0; i < 3 && /^https?%(?:25)*3a/i.test(cur); i++) cur = safeDecode(cur);
  return cur;
}

/** A scheme-less `host.tld/path` as image proxies take it (weserv: `ssl:` for https), made absolute. */
function schemeless(value: string): string | null {
  const m = /^(ssl:)?((?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/\S*)$/i.exec(value);
  return m ? `${m[1] ? 'https' : 'http'}://${m[2]}` : null;
}

/**
 * WordPress's Jetpack image CDN (Photon: `https://i0.wp.com/<host>/<path>?resize=…`) in front of a
 * host known to serve its pictures itself (HTTPS_HOSTS): the origin URL. Other hosts keep the CDN
 * address, which may be the only one that loads.
 */
function photonOrigin(url: string): string | null {
  const m = /^https?:\/\/i[0-3]\.wp\.com\/([^/?#]+)(\/[^?#]*)/i.exec(url);
  return m && HTTPS_HOSTS.has(m[1]!.toLowerCase()) ? `https://${m[1]}${m[2]}` : null;
}

/**
 * One level of proxy unwrapping, or null when `url` is not a proxy URL:
 *  - `https://proxy.example/?http://origin/x.png` (the whole query is the origin URL, maybe encoded);
 *  - `https://proxy.example/path?url=https%3A%2F%2Forigin%2Fx.png` (the origin in a known parameter,
 *    also scheme-less as weserv takes it: `?url=origin/x.png`, `?url=ssl:origin/x.png`) and Jetpack's
 *    `https://i0.wp.com/origin/x.png`, only when `params` is true (images: a `?url=` on a link is
 *    often the link's own meaning).
 */
function unwrapOnce(url: string, params: boolean): string | null {
  if (params) {
    const origin = photonOrigin(url);
    if (origin) return origin;
  }
  const q = url.indexOf('?');
  if (q < 0) return null;
  const query = url.slice(q + 1).replace(/#.*$/, '');
  const whole = decodeUrlish(query);
  if (/^https?:\/\/[^/\s]/i.test(whole)) return whole;
  if (!params) return null;
  for (const part of query.split('&')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).toLowerCase();
    if (!PROXY_PARAMS.includes(name)) continue;
    const value = decodeUrlish(safeDecode(part.slice(eq + 1).replace(/\+/g, '%20')));
    if (/^https?:\/\/[^/\s]/i.test(value)) return value;
    const absolute = schemeless(value);
    if (absolute) return absolute;
  }
  return null;
}

/**
 * Unwraps (possibly nested) proxy URLs to the origin URL. Returns the input unchanged when it is
 * not proxied.
 */
export function unwrapProxyUrl(url: string, { params = true }: { params?: boolean } = {}): string {
  let cur = url.trim();
  for (let depth = 0; depth < 5; depth++) {
    const next = unwrapOnce(cur, params);
    if (!next || next === cur) break;
    cur = next;
  }
  return cur;
}

/** http → https for hosts known to serve https; other URLs unchanged. */
export function upgradeHttps(url: string): string {
  const m = /^http:\/\/([^/:?#]+)/i.exec(url);
  if (m && HTTPS_HOSTS.has(m[1]!.toLowerCase())) return 'https' + url.slice(4);
  return url;
}

/** Absolute URL of `value` against `base`, or null when it cannot be resolved. */
export function resolveUrl(value: string | null | undefined, base: string): string | null {
  if (value == null) return null;
  const v = value.trim();
  if (!v) return null;
  try {
    return new URL(v, base || undefined).href;
  } catch {
    // Protocol-relative without a base (sanitising a stored fragment): the web is https now.
    if (v.startsWith('//')) return `https:${v}`;
    return ABSOLUTE_HTTP.test(v) ? v : null;
  }
}

/** The URL a reader should load: resolved, unwrapped from proxies, upgraded to https where known. */
export function cleanResourceUrl(value: string | null | undefined, base: string): string | null {
  const abs = resolveUrl(value, base);
  if (!abs) return null;
  return upgradeHttps(unwrapProxyUrl(abs));
}

/** Same for links (`a[href]`): only the bare `?http://…` proxy form is unwrapped. */
export function cleanLinkUrl(value: string | null | undefined, base: string): string | null {
  const abs = resolveUrl(value, base);
  if (!abs) return null;
  if (/^(?:javascript|data|vbscript):/i.test(abs)) return abs; // left for the sanitiser to drop
  return upgradeHttps(unwrapProxyUrl(abs, { params: false }));
}

/** Host of an URL in lower case, or '' when it has none. */
export function hostOf(url: string): string {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/:?#]+)/i.exec(url.trim());
  return m ? m[1]!.toLowerCase() : '';
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIs(host: string, domain: string): boolean {
  return host === domain || host.endsWith('.' + domain);
}
