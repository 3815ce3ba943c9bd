/**
 * Saves a file made in the browser: a link to it, with `download`, clicked.
 * The object URL is kept a while, since a browser may read it only after the
 * click has returned.
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
