// The files a widget saves (a download's link clicked on a blob: URL), caught in the page: the
// link's click does not leave the page, and each file is kept in `window.__saved` as
// `{ name, type, bytes }`. The blob is kept when its URL is made, since a strict page's
// connect-src refuses fetching a blob: URL back.

/** Run in the page (`page.evaluate(catchSavedFiles)`) before the reader chooses a file. */
export function catchSavedFiles() {
  window.__saved = [];
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (blob) => {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob);
    return url;
  };
  HTMLAnchorElement.prototype.click = function () {
    const { download } = this;
    const blob = blobs.get(this.href);
    blob.arrayBuffer().then((bytes) => window.__saved.push({ name: download, type: blob.type, bytes: [...new Uint8Array(bytes)] }));
  };
}

/** A saved file's text with its byte-order mark, as a spreadsheet reads it. */
export const textOf = (file) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(file.bytes));
