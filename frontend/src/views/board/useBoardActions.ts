import { useState } from "react";
import * as api from "../../api";
import { printHTML } from "../../components/printFrame";
import { state } from "../../state";

/** A list made from the selection: printed (no path) or saved as a file. */
export interface ListDoc {
  title: string;
  count: number;
  held: number;
  /** Left out as not boxes to ship (sent, cancelled…): not 보류. */
  excluded: number;
  path: string;
}

/**
 * The board's bulk actions on the selection: 발주확인 and 발송처리 (Go's per-shipment result is
 * shown and the done shipments leave the selection), and the lists (print or Excel).
 */
export function useBoardActions(selected: ReadonlySet<string>, setSelected: (f: (s: Set<string>) => Set<string>) => void, setError: (e: string) => void) {
  const [busy, setBusy] = useState(false);
  const [ack, setAck] = useState<api.AckResult | null>(null);
  const [sent, setSent] = useState<api.DispatchResult | null>(null);
  const [listDoc, setListDoc] = useState<ListDoc | null>(null);
  const [notice, setNotice] = useState("");

  const failed = (e: unknown) => {
    setBusy(false);
    setError(api.errorText(e));
  };
  const makeList = (kind: api.ListKind, format: "html" | "xlsx") => {
    if (selected.size === 0) {
      setNotice("출력할 주문을 먼저 선택하세요.");
      return;
    }
    setBusy(true);
    const keys = [...selected];
    const done = (d: ListDoc) => {
      setBusy(false);
      setListDoc(d);
    };
    if (format === "html")
      api.printList(kind, keys).then((d) => {
        printHTML(d.html);
        done({ title: d.title, count: d.count, held: d.held, excluded: d.excluded, path: "" });
      }, failed);
    else
      api.exportList(kind, keys).then((r) => {
        done({ title: r.fileName, count: r.count, held: r.held, excluded: r.excluded, path: r.path });
        api.downloadExport(r.fileName);
      }, failed);
  };
  const runWrite = <R extends { items: api.WriteItem[] }>(send: (keys: string[]) => Promise<R>, show: (r: R | null) => void) => {
    setBusy(true);
    show(null);
    send([...selected]).then((r) => {
      show(r);
      setBusy(false);
      const done = new Set(r.items.filter((it) => it.result === "ok").map((it) => it.key));
      setSelected((s) => new Set([...s].filter((k) => !done.has(k))));
      state.invalidate(["shipments"]);
    }, failed);
  };
  const run = (id: string) => {
    if (id === "ack") runWrite(api.acknowledge, setAck);
    else if (id === "dispatch") runWrite(api.dispatch, setSent);
    else if (id === "picking") makeList("pick", "html");
    else if (id === "packing") makeList("pack", "html");
    else if (id === "excel") makeList("pack", "xlsx");
  };
  return { busy, run, makeList, ack, setAck, sent, setSent, listDoc, setListDoc, notice, setNotice };
}

export type BoardActions = ReturnType<typeof useBoardActions>;
