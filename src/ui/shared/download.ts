// Saves text as a file download, entirely in the browser.
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file an action prepared: its name, its text and (when not JSON) its type. */
export function downloadFile(file: { name: string; text: string; type?: string }): void {
  downloadText(file.name, file.text, file.type);
}
