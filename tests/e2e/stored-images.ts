// The images IndexedDB holds for one library entry, each blob hashed where it is stored. Passed
// whole to an extension page or worker to run there (Chromium's worker, Firefox's extension page),
// so it may use nothing from this module's scope. No named helpers inside: tsx wraps them in a
// __name() call that does not exist in the page.

export interface StoredImage {
  url: string;
  status: string;
  /** SHA-256 of the stored bytes, hex; null when the image was not stored. */
  sha256: string | null;
  bytes: number;
}

export function readStoredImages(articleId: string): Promise<StoredImage[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('qingyue-library');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('images').objectStore('images').getAll(IDBKeyRange.bound([articleId, 0], [articleId, Infinity]));
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        Promise.all(
          request.result.map(async (row: { url: string; status: string; blob?: Blob }) => ({
            url: row.url,
            status: row.status,
            sha256: row.blob
              ? [...new Uint8Array(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer()))].map((b) => b.toString(16).padStart(2, '0')).join('')
              : null,
            bytes: row.blob ? row.blob.size : 0,
          })),
        )
          .then(resolve, (error) => reject(new Error(`reading the stored images failed: ${error}`)))
          .finally(() => open.result.close());
      };
    };
  });
}
