import { useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { CourierSelect } from "../components/CourierSelect";
import { WriteResult } from "../components/WriteResult";
import { writeTone } from "../outcome";
import { bytesToBase64, importCounts, importRows, type ImportRowKind } from "../ship";
import { trackingCouriers, useLabels, useResource } from "../state";

// 송장·발송: the courier's result file in, tracking numbers on the boxes, then one 발송처리.
export function ShipPage() {
  const labels = useLabels();
  const couriers = useResource(trackingCouriers);
  const choices = couriers.value ?? [];
  const [picked, setCourier] = useState("");
  const courier = picked || choices[0]?.name || "";
  const [file, setFile] = useState<File | null>(null);
  const [view, setView] = useState<api.TrackingImportView | null>(null);
  const [result, setResult] = useState<api.DispatchResult | null>(null);
  const [busy, setBusy] = useState("");
  const [error, setError] = useState("");
  // Rows whose suggested number the seller confirmed (stored through Go's check, like a typed number).
  const [confirmed, setConfirmed] = useState<Map<number, string[]>>(new Map());

  const read = () => {
    if (!file) return;
    setBusy("read");
    setError("");
    setView(null);
    setResult(null);
    setConfirmed(new Map());
    file
      .arrayBuffer()
      .then((buf) => api.importTracking(file.name, bytesToBase64(new Uint8Array(buf)), courier))
      .then(
        (v) => {
          setView(v);
          setBusy("");
        },
        (e) => {
          setError(api.errorText(e));
          setBusy("");
        },
      );
  };

  // The seller confirms a suggested number for a row: it is stored like a typed-in one.
  const confirm = (row: number, keys: string[], number: string) => {
    if (!view) return;
    setBusy("confirm");
    setError("");
    Promise.all(keys.map((k) => api.setTracking(k, view.courier, number))).then(
      () => {
        setConfirmed((m) => new Map(m).set(row, keys));
        setBusy("");
      },
      (e) => {
        setError(api.errorText(e));
        setBusy("");
      },
    );
  };
  const sendKeys = view ? [...new Set([...view.keys, ...[...confirmed.values()].flat()])] : [];

  const dispatch = () => {
    if (sendKeys.length === 0) return;
    setBusy("dispatch");
    setError("");
    api.dispatch(sendKeys).then(
      (r) => {
        setResult(r);
        setBusy("");
      },
      (e) => {
        setError(api.errorText(e));
        setBusy("");
      },
    );
  };

  const kinds = labels?.importKinds ?? [];
  const rows = view && labels ? importRows(view, labels) : [];
  const counts = importCounts(rows);
  return (
    <section className="page ship">
      <h2>송장·발송</h2>
      <p className="muted">택배사에서 받은 송장 결과 파일(엑셀·CSV)을 올리면 주문에 운송장번호를 넣고, 연결된 주문을 한 번에 발송처리합니다.</p>
      {(error || couriers.error) && <Banner tone="error">{error || couriers.error}</Banner>}
      <div className="form-row">
        <label>
          택배사{" "}
          <CourierSelect choices={choices} value={courier} onChange={setCourier} />
        </label>
        <label>
          송장 파일{" "}
          <input aria-label="송장 파일" type="file" accept=".xlsx,.csv,.tsv,.txt" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button disabled={!file || busy !== ""} onClick={read}>
          {busy === "read" ? "읽는 중…" : "가져오기"}
        </button>
      </div>
      {view && (
        <div data-testid="import-result">
          <p>
            <b>{view.fileName}</b> · {view.rows.toLocaleString("ko-KR")}행 · 운송장번호 저장 <b>{view.set.toLocaleString("ko-KR")}</b>건
            {kinds
              .filter((k) => counts[k.value as ImportRowKind] > 0)
              .map((k) => (
                <span key={k.value} className={"pill " + k.value}>
                  {" "}
                  · {k.label} {counts[k.value as ImportRowKind].toLocaleString("ko-KR")}
                </span>
              ))}
          </p>
          <div className="actions">
            <button disabled={sendKeys.length === 0 || busy !== ""} onClick={dispatch}>
              {busy === "dispatch" ? "발송처리 중…" : `발송처리 (${sendKeys.length.toLocaleString("ko-KR")}건)`}
            </button>
          </div>
          {result && (
            <WriteResult
              r={result}
              tone={writeTone(result.counts)}
              testid="dispatch-result"
              onClose={() => setResult(null)}
            />
          )}
          <table className="results import">
            <thead>
              <tr>
                <th>행</th>
                <th>결과</th>
                <th>운송장번호</th>
                <th>수취인</th>
                <th>주문</th>
                <th>사유</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, 500).map((r, i) => (
                <tr key={i} className={"import-row " + r.kind}>
                  <td className="tabular">{r.row}</td>
                  <td>{r.label}</td>
                  <td className="tabular">{r.trackingNumber}</td>
                  <td>{r.receiverName}</td>
                  <td className="tabular">{r.keys.join(", ")}</td>
                  <td>
                    {r.reason}
                    {r.suggestion && r.keys.length > 0 && !confirmed.has(r.row) && (
                      <>
                        {" "}
                        <button className="link" disabled={busy !== ""} onClick={() => confirm(r.row, r.keys, r.suggestion)}>
                          제안 번호 {r.suggestion} 저장
                        </button>
                      </>
                    )}
                    {confirmed.has(r.row) && <span className="check ok"> ✓ {r.suggestion} 저장함</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length > 500 && <p className="muted">… 외 {rows.length - 500}행</p>}
        </div>
      )}
    </section>
  );
}
