import { useEffect, useRef, useState } from "react";
import * as api from "../api";
import { listKinds, unmatchedLine } from "../ship";

/** Picking / packing / shipping lists: preview, print, Excel/CSV; and the 상품 매칭 section. */
export function PrintPage(props: { keys: string[]; onClearKeys: () => void }) {
  const [kind, setKind] = useState<api.ListKind>("pick");
  const [couriers, setCouriers] = useState<string[]>([]);
  const [courier, setCourier] = useState("");
  const [doc, setDoc] = useState<api.PrintDoc | null>(null);
  const [saved, setSaved] = useState<api.ExportResult | null>(null);
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");
  const frame = useRef<HTMLIFrameElement>(null);
  const printWhenLoaded = useRef(false);

  useEffect(() => {
    api.couriers().then(
      (c) => {
        setCouriers(c);
        setCourier((cur) => cur || c[0] || "");
      },
      (e) => setError(api.errorText(e)),
    );
  }, []);

  const fail = (e: unknown) => {
    setBusy("");
    setError(api.errorText(e));
  };
  const preview = (k: api.ListKind = kind, c: string = courier) => {
    setBusy("preview");
    setError("");
    setSaved(null);
    api.printPreview(k, props.keys, k === "ship" ? c : "").then((d) => {
      setBusy("");
      setDoc(d);
    }, fail);
  };
  const print = () => {
    setBusy("print");
    setError("");
    api.printList(kind, props.keys, kind === "ship" ? courier : "").then((d) => {
      setBusy("");
      printWhenLoaded.current = true;
      setDoc(d);
    }, fail);
  };
  const save = (format: "xlsx" | "csv") => {
    setBusy("export");
    setError("");
    api.exportList(kind, props.keys, format, kind === "ship" ? courier : "").then((r) => {
      setBusy("");
      setSaved(r);
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
      </p>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      <div className="form-row">
        <div className="seg-kind" role="group" aria-label="목록">
          {listKinds.map((l) => (
            <button
              key={l.kind}
              className={kind === l.kind ? "on" : ""}
              disabled={busy !== ""}
              onClick={() => {
                setKind(l.kind);
                preview(l.kind);
              }}
            >
              {l.label}
            </button>
          ))}
        </div>
        {kind === "ship" && (
          <label>
            택배사 양식{" "}
            <select
              aria-label="택배사 양식"
              value={courier}
              onChange={(e) => {
                setCourier(e.target.value);
                preview("ship", e.target.value);
              }}
            >
              {couriers.map((c) => (
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
        <button disabled={busy !== ""} onClick={print}>
          인쇄
        </button>
        <button disabled={busy !== ""} onClick={() => save("xlsx")}>
          엑셀
        </button>
        <button disabled={busy !== ""} onClick={() => save("csv")}>
          CSV
        </button>
      </div>
      {doc && (
        <p data-testid="print-summary">
          <b>{doc.title}</b> {doc.count.toLocaleString("ko-KR")}건
          {doc.held > 0 && <span className="check block"> · 보류 {doc.held.toLocaleString("ko-KR")}건 (목록에서 뺐습니다)</span>}
          {doc.recorded > 0 && <span className="muted"> · 출력 기록 {doc.recorded.toLocaleString("ko-KR")}건</span>}
        </p>
      )}
      {saved && (
        <div className="banner ok" role="status" data-testid="export-result">
          {saved.fileName}: {saved.count.toLocaleString("ko-KR")}건{saved.held > 0 && ` · 보류 ${saved.held.toLocaleString("ko-KR")}건`}
          <div>
            저장한 곳: <span className="tabular">{saved.path}</span>
          </div>
        </div>
      )}
      {doc && <iframe ref={frame} className="preview" title="출력 미리보기" data-testid="print-preview" srcDoc={doc.html} onLoad={loaded} />}
      <SKUMatching />
    </section>
  );
}

/** Items on the lists that have no SKU yet (or a stale link): link them to a SKU and shelf, or unlink. */
function SKUMatching() {
  const [items, setItems] = useState<api.UnmatchedItemView[] | null>(null);
  const [error, setError] = useState("");
  const [editing, setEditing] = useState("");
  const [form, setForm] = useState({ sku: "", name: "", location: "" });
  const [unlinkKey, setUnlinkKey] = useState("");
  const [note, setNote] = useState("");
  const [linked, setLinked] = useState<string[]>([]);
  const load = () => api.unmatchedItems().then(setItems, (e) => setError(api.errorText(e)));
  useEffect(() => {
    load();
  }, []);
  const link = (e: React.FormEvent) => {
    e.preventDefault();
    api.linkItem(editing, form.sku, form.name, form.location).then(
      () => {
        setNote(`${editing} → ${form.sku} 연결했습니다.`);
        setLinked((l) => [editing, ...l.filter((k) => k !== editing)]);
        setEditing("");
        setError("");
        load();
      },
      (err) => setError(api.errorText(err)),
    );
  };
  const unlink = (key: string) => {
    api.unlinkItem(key).then(
      () => {
        setNote(`${key} 연결을 풀었습니다.`);
        setLinked((l) => l.filter((k) => k !== key));
        setUnlinkKey("");
        setError("");
        load();
      },
      (err) => setError(api.errorText(err)),
    );
  };
  return (
    <div className="settings-box sku" data-testid="sku-matching">
      <h3>상품 매칭</h3>
      <p className="muted">피킹리스트에 SKU 이름과 선반 위치가 나오도록 마켓 상품을 내 상품코드(SKU)에 연결합니다.</p>
      {error && (
        <div className="banner error" role="alert">
          {error}
        </div>
      )}
      {note && <div className="check ok">✓ {note}</div>}
      {items && items.length === 0 && <p className="check ok">✓ 연결이 필요한 상품이 없습니다</p>}
      {items && items.length > 0 && (
        <table className="results">
          <tbody>
            {items.slice(0, 100).map((it) => (
              <tr key={it.key}>
                <td>{unmatchedLine(it)}</td>
                <td className="muted">{it.reasons.join(" · ")}</td>
                <td>
                  {editing === it.key ? (
                    <form className="resolve" onSubmit={link}>
                      <input aria-label="SKU" placeholder="SKU (필수)" value={form.sku} onChange={(e) => setForm({ ...form, sku: e.target.value })} />
                      <input aria-label="SKU 이름" placeholder="이름" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
                      <input aria-label="선반 위치" placeholder="선반 위치" value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />
                      <button type="submit">연결</button>
                      <button type="button" className="link" onClick={() => setEditing("")}>
                        취소
                      </button>
                    </form>
                  ) : (
                    <button
                      onClick={() => {
                        setEditing(it.key);
                        setForm({ sku: it.sellerCode, name: it.name, location: "" });
                      }}
                    >
                      연결…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items && items.length > 100 && <p className="muted">… 외 {items.length - 100}개</p>}
      {linked.map((k) => (
        <div key={k}>
          <span className="tabular">{k}</span> 연결함{" "}
          <button className="link" onClick={() => unlink(k)}>
            연결 풀기
          </button>
        </div>
      ))}
      <form
        className="resolve"
        onSubmit={(e) => {
          e.preventDefault();
          unlink(unlinkKey.trim());
        }}
      >
        <input aria-label="연결 풀 상품" placeholder="잘못 연결한 상품 키" value={unlinkKey} onChange={(e) => setUnlinkKey(e.target.value)} />
        <button type="submit" disabled={!unlinkKey.trim()}>
          연결 풀기
        </button>
      </form>
    </div>
  );
}
