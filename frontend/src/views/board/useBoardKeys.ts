import { useEffect } from "react";
import { moveCursor } from "../../board";
import type { Selection } from "./useSelection";

/** Keys typed into a text field or a select belong to it; a focused checkbox leaves them to the board. */
function isTyping(t: EventTarget | null): boolean {
  if (t instanceof HTMLInputElement) return t.type !== "checkbox" && t.type !== "radio";
  return t instanceof HTMLSelectElement || t instanceof HTMLTextAreaElement;
}

export interface BoardKeys {
  sel: Selection;
  count: number;
  openKey: string;
  setOpenKey: (k: string) => void;
  scrollTo: (index: number) => void;
  focusSearch: () => void;
  printPicking: () => void;
}

/** The board's keyboard: ↑↓ move, Shift+↑↓ extend, Space selects, Enter opens, / searches, Esc closes, Ctrl+P prints. */
export function useBoardKeys(k: BoardKeys): void {
  useEffect(() => {
    const { sel, count, openKey, setOpenKey } = k;
    const onKey = (e: KeyboardEvent) => {
      const t = e.target;
      const typing = isTyping(t);
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "p") {
        e.preventDefault();
        k.printPicking();
      } else if (e.key === "/" && !typing) {
        e.preventDefault();
        k.focusSearch();
      } else if (e.key === "Escape") {
        if (openKey) setOpenKey("");
        else if (typing) (t as HTMLElement).blur();
      } else if (!typing && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
        e.preventDefault();
        const next = moveCursor(sel.indexOf(sel.cursorKey), e.key === "ArrowDown" ? 1 : -1, count);
        if (next >= 0) k.scrollTo(next);
        const key = sel.keyAt(next);
        if (!key) return; // that row's page is still on its way
        sel.setCursorKey(key);
        if (!e.shiftKey) sel.setAnchorKey(key);
        else sel.rangeTo(next);
        if (openKey) setOpenKey(key);
      } else if (!typing && e.key === " " && sel.cursorKey) {
        e.preventDefault();
        sel.toggle(sel.cursorKey);
        sel.setAnchorKey(sel.cursorKey);
      } else if (!typing && e.key === "Enter" && sel.cursorKey) {
        setOpenKey(sel.cursorKey);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });
}
