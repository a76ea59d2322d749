/** Prints a list page through a hidden frame (works in the desktop webview and the browser). */
export function printHTML(html: string): void {
  let frame = document.getElementById("print-frame") as HTMLIFrameElement | null;
  if (!frame) {
    frame = document.createElement("iframe");
    frame.id = "print-frame";
    frame.setAttribute("data-testid", "print-frame");
    frame.setAttribute("aria-hidden", "true");
    frame.style.cssText = "position:fixed;width:0;height:0;border:0;right:0;bottom:0";
    document.body.appendChild(frame);
  }
  const f = frame;
  f.onload = () => f.contentWindow?.print();
  f.srcdoc = html;
}
