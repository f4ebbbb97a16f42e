// Image URLs compared the way a reader sees them: the CORS-proxy wrapper removed
// (`https://cors.zfour.workers.dev/?http://host/x.jpg`, `…/?url=http%3A%2F%2Fhost%2Fx.jpg`),
// then the scheme dropped, because the extractor upgrades http → https where the host serves it.
// Written independently of src/core's unwrapping: the evaluator must not share the code it judges.

const MAX_UNWRAP = 5;

/** The origin URL inside a proxy URL, or the URL itself. Handles nesting and percent-encoding. */
export function unwrapProxy(url: string): string {
  let current = url.trim();
  for (let i = 0; i < MAX_UNWRAP; i++) {
    const next = innerUrl(current);
    if (!next) break;
    current = next;
  }
  return current;
}

function innerUrl(url: string): string | null {
  // https://proxy.example/?http://origin/… (the query is the whole target URL)
  const bare = /^https?:\/\/[^/?#]+\/?\?((?:https?:)?\/\/.+|https?%3A.+)$/i.exec(url);
  if (bare) return decodeIfEncoded(bare[1]!);
  // https://proxy.example/path?url=<target> (or u=, src=, image=)
  try {
    const parsed = new URL(url);
    for (const key of ['url', 'u', 'src', 'image', 'img']) {
      const target = parsed.searchParams.get(key);
      if (target && /^(?:https?:)?\/\//i.test(target)) return target;
    }
  } catch {
    // not a URL: nothing to unwrap
  }
  return null;
}

function decodeIfEncoded(value: string): string {
  if (!/^https?%3A/i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Key for comparing two image URLs: proxy removed, scheme removed. */
export function imageKey(url: string): string {
  return unwrapProxy(url).replace(/^(?:https?:)?\/\//i, '//');
}

/** True when a URL still goes through a CORS proxy (what the proxy-leak check looks for). */
export function hasProxy(text: string): boolean {
  return /cors\.zfour\.workers\.dev|\/\?https?(?::|%3A)/i.test(text);
}
