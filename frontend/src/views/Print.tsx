import { useEffect, useRef, useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { SavedFile } from "../components/SavedFile";
import { listTone } from "../outcome";
import { couriers as courierList, useLabels, useResource } from "../state";
import { PrintBatches } from "./batches/PrintBatches";
import { SKUMatching } from "./SkuMatching";

/** Picking / packing / shipping lists: preview, print, Excel/CSV; and the 상품 매칭 section. */
export function PrintPage(props: { keys: string[]; onClearKeys: () => void }) {
  const lists = useLabels()?.lists ?? [];
  const couriers = useResource(courierList);
  const [kind, setKind] = useState<api.ListKind>("pick");
  const [picked, setCourier] = useState("");
  const courier = picked || couriers.value?.[0] || "";
  const [doc, setDoc] = useState<api.PrintDoc | null>(null);
  const [saved, setSaved] = useState<api.ExportResult | null>(null);
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");
  const [unprinted, setUnprinted] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const printWhenLoaded = useRef(false);
  // The courier layout goes with the lists Go lays out per courier (배송리스트).
  const takesCourier = (k: api.ListKind) => !!lists.find((l) => l.value === k)?.courier;
  const courierOf = (k: api.ListKind, c: string) => (takesCourier(k) ? c : "");

  const start = (what: string) => {
    setBusy(what);
    setError("");
  };
  const fail = (e: unknown) => {
    setBusy("");
    setError(api.errorText(e));
  };
  // Another selection (아직 보내지 않은 주문 전체로) is another list: the one on screen goes.
  useEffect(() => {
    setDoc(null);
    setSaved(null);
  }, [props.keys]);
  // 인쇄, 엑셀 and CSV make the list on screen from the boxes it was made from (one snapshot): a
  // sync that brings orders after the preview does not change what they count.
  const shown = doc && !doc.notice ? doc : null;
  const keys = shown?.keys ?? props.keys;
  const onlyUnprinted = (u: boolean) => u && props.keys.length === 0;
  const preview = (k: api.ListKind = kind, c: string = courier, u: boolean = unprinted) => {
    start("preview");
    setSaved(null);
    api.printPreview(k, props.keys, courierOf(k, c), onlyUnprinted(u)).then((d) => {
      setBusy("");
      setDoc(d);
    }, fail);
  };
  const print = (job?: Promise<api.PrintDoc>) => {
    start("print");
    (job ?? api.printList(kind, keys, courierOf(kind, courier), !shown && onlyUnprinted(unprinted))).then((d) => {
      setBusy("");
      printWhenLoaded.current = !d.notice;
      setDoc(d);
    }, fail);
  };
  const save = (format: "xlsx" | "csv") => {
    start("export");
    api.exportList(kind, keys, format, courierOf(kind, courier)).then((r) => {
      setBusy("");
      setSaved(r);
      if (!r.notice) api.downloadExport(r.fileName);
    }, fail);
  };
  const loaded = () => {
    if (!printWhenLoaded.current) return;
    printWhenLoaded.current = false;
    frame.current?.contentWindow?.print();
  };

  return (
    <section className="page print">
      <h2>출력</h2>
      <p className="muted">
        {props.keys.length > 0 ? (
          <>
            주문 화면에서 선택한 <b>{props.keys.length.toLocaleString("ko-KR")}건</b>{" "}
            <button className="link" onClick={props.onClearKeys}>
              아직 보내지 않은 주문 전체로
            </button>
          </>
        ) : (
          "아직 보내지 않은 주문(신규주문·발주확인) 전체"
        )}
        {" · 출력 직전에 검수를 다시 돌려 막힌 주문은 보류로 뺍니다."}
        {shown && " 인쇄·엑셀·CSV는 화면의 목록과 같은 주문으로 만듭니다(새로 들어온 주문은 미리보기를 다시 누르면 들어갑니다)."}
      </p>
      {(error || couriers.error) && <Banner tone="error">{error || couriers.error}</Banner>}
      <div className="form-row">
        <div className="seg-kind" role="group" aria-label="목록">
          {lists.map((l) => (
            <button
              key={l.value}
              className={kind === l.value ? "on" : ""}
              disabled={busy !== ""}
              onClick={() => {
                setKind(l.value);
                preview(l.value);
              }}
            >
              {l.label}
            </button>
          ))}
        </div>
        {takesCourier(kind) && (
          <label>
            택배사 양식{" "}
            <select
              aria-label="택배사 양식"
              value={courier}
              onChange={(e) => {
                setCourier(e.target.value);
                preview(kind, e.target.value);
              }}
            >
              {(couriers.value ?? []).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        )}
        <button disabled={busy !== ""} onClick={() => preview()}>
          {busy === "preview" ? "만드는 중…" : "미리보기"}
        </button>
        {props.keys.length === 0 && (
          <label className="inline-check" title="배송리스트를 아직 출력하지 않은 주문만 인쇄합니다">
            <input
              type="checkbox"
              checked={unprinted}
              onChange={(e) => {
                setUnprinted(e.target.checked);
                preview(kind, courier, e.target.checked);
              }}
            />{" "}
            미출력만
          </label>
        )}
        <button disabled={busy !== ""} onClick={() => print()}>
          인쇄
        </button>
        <button disabled={busy !== ""} onClick={() => save("xlsx")}>
          엑셀
        </button>
        <button disabled={busy !== ""} onClick={() => save("csv")}>
          CSV
        </button>
      </div>
      {doc?.notice && (
        <Banner tone="neutral" testid="print-notice">
          {doc.notice}
        </Banner>
      )}
      {doc && !doc.notice && (
        <p data-testid="print-summary">
          <b>{doc.title}</b> {doc.count.toLocaleString("ko-KR")}건
          {doc.held > 0 && <span className="check block"> · 보류 {doc.held.toLocaleString("ko-KR")}건 (목록에서 뺐습니다)</span>}
          {doc.recorded > 0 && <span className="muted"> · 출력 기록 {doc.recorded.toLocaleString("ko-KR")}건</span>}
          {doc.batch && <span data-testid="print-batch"> · {doc.batch.replace("#", " ")}차</span>}
        </p>
      )}
      {saved?.notice && (
        <Banner tone="neutral" testid="export-result">
          {saved.notice}
        </Banner>
      )}
      {saved && !saved.notice && (
        <Banner tone={listTone(saved.count, saved.held)} testid="export-result">
          {saved.fileName}: {saved.count.toLocaleString("ko-KR")}건{saved.held > 0 && ` · 보류 ${saved.held.toLocaleString("ko-KR")}건`}
          {shown && shown.count !== saved.count && ` · 화면의 목록(${shown.count.toLocaleString("ko-KR")}건)을 만든 뒤 보류되거나 발송된 주문이 있어 건수가 다릅니다`}
          <SavedFile path={saved.path} fileName={saved.fileName} />
        </Banner>
      )}
      {doc && !doc.notice && <iframe ref={frame} className="preview" title="출력 미리보기" data-testid="print-preview" srcDoc={doc.html} onLoad={loaded} />}
      <PrintBatches courier={courier} busy={busy !== ""} onReprint={print} after={doc} />
      <SKUMatching />
    </section>
  );
}
