// Saving a file the person asked for (browser-mode HTML export, rule packs and credit dictionaries
// as JSON): a Blob URL and a link with `download`, revoked after the click has been handled.
// Nothing navigates, so the app's CSP needs no change.
export function downloadFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // After the click has been handled: the download has its own copy of the bytes by then.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

export const downloadHtml = (fileName: string, html: string): void => downloadFile(fileName, html, 'text/html;charset=utf-8');

/** `value` as indented JSON with a final newline, as a person would keep it in a file. */
export const downloadJson = (fileName: string, value: unknown): void =>
  downloadFile(fileName, `${JSON.stringify(value, null, 2)}\n`, 'application/json');
