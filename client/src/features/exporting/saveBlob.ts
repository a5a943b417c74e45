/** Hands a downloaded Blob to the browser as a file, through an object URL and an `<a download>` click. */

/** Saves `blob` as `fileName` in the browser's downloads. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Off-screen but attached: Firefox ignores clicks on links that are not in the document.
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
