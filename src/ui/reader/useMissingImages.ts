// Pictures a saved article does not hold (the save could not download them) load from the web
// when the network allows; offline, or when they fail, each becomes a quiet placeholder that says
// so and links to the picture's address. Built with DOM calls and text only: the address is data.

import { useEffect } from 'preact/hooks';
import { t } from '../i18n';
import '../styles/saved-article.css';

const SVG = 'http://www.w3.org/2000/svg';
const ICON_IMAGE_OFF = 'M4 4l16 16M9.5 5H18a2 2 0 0 1 2 2v8.5M18.5 19H6a2 2 0 0 1-2-2V7M4 15.5l4.5-4.5 3 3M14.5 11.5l2-2 3.5 3.5';

/** "image.woshipm.com/…/figure-2.png": enough to recognise, short enough for one line. */
export function shortAddress(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    const file = pathname.split('/').filter(Boolean).pop() ?? '';
    return file ? `${host}/…/${decodeURIComponent(file)}` : host;
  } catch {
    return url;
  }
}

export function missingImagePlaceholder(doc: Document, src: string, size?: { width: number; height: number }): HTMLElement {
  const box = doc.createElement('span');
  box.className = 'qy-missing-image';
  // Keep the picture's shape, so the text below does not jump (and a restored reading position
  // stays put). Set through the CSSOM: the extension's CSP refuses style attributes.
  if (size && size.width > 0 && size.height > 0) box.style.aspectRatio = `${size.width} / ${size.height}`;
  box.setAttribute('role', 'img');
  box.setAttribute('aria-label', t('readerImageNotSaved'));
  const icon = doc.createElementNS(SVG, 'svg');
  icon.setAttribute('viewBox', '0 0 24 24');
  icon.setAttribute('width', '22');
  icon.setAttribute('height', '22');
  icon.setAttribute('aria-hidden', 'true');
  icon.setAttribute('class', 'qy-missing-image-icon');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', ICON_IMAGE_OFF);
  icon.append(path);
  const label = doc.createElement('span');
  label.className = 'qy-missing-image-text';
  label.textContent = t('readerImageNotSaved');
  box.append(icon, label);
  if (/^https?:\/\//i.test(src)) {
    const link = doc.createElement('a');
    link.className = 'qy-missing-image-link';
    link.href = src;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.title = src;
    link.textContent = shortAddress(src);
    box.append(link);
  }
  return box;
}

/** Watch the article's pictures that are not stored (anything but blob:) while `active`. */
export function useMissingImages(active: boolean, content: unknown): void {
  useEffect(() => {
    if (!active) return;
    const root = document.getElementById('qy-article');
    if (!root) return;
    const undo: Array<() => void> = [];
    for (const img of Array.from(root.querySelectorAll('img'))) {
      const src = img.getAttribute('src') ?? '';
      if (src.startsWith('blob:')) continue;
      const replace = () => img.replaceWith(missingImagePlaceholder(document, src, { width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')) }));
      // Offline, or already failed before this effect ran: no need to wait for an error event.
      if (navigator.onLine === false || (img.complete && img.naturalWidth === 0)) {
        replace();
        continue;
      }
      img.addEventListener('error', replace, { once: true });
      undo.push(() => img.removeEventListener('error', replace));
    }
    return () => undo.forEach((fn) => fn());
  }, [active, content]);
}
