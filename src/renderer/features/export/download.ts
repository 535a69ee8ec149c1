// Browser mode "Download": the page's HTML (from exportPage) saved through a Blob URL and a link
// with `download`, revoked right after. Nothing navigates, so the app's CSP needs no change.
export function downloadHtml(fileName: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
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
