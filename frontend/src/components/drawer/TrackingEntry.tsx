import { useState } from "react";
import * as api from "../../api";
import { itemTone } from "../../outcome";
import { couriersFor, digitsHint } from "../../ship";
import { trackingCouriers, useLabels, useResource } from "../../state";
import { Banner } from "../Banner";
import { CourierSelect } from "../CourierSelect";

/** Courier + tracking number for one shipment; Go checks the number and explains a wrong one in Korean. */
export function TrackingEntry(props: { d: api.ShipmentDetail; onSaved: () => void }) {
  const s = props.d.shipment;
  const all = useResource(trackingCouriers);
  const results = useLabels()?.results;
  const choices = couriersFor(s.marketplace, all.value ?? []);
  const [picked, setCourier] = useState(s.courier || "");
  const courier = picked || choices[0]?.name || "";
  const [number, setNumber] = useState(s.trackingNumber || "");
  const [error, setError] = useState("");
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<api.WriteItem | null>(null);
  const run = <T,>(call: Promise<T>, done: (v: T) => void) => {
    setBusy(true);
    call.then(
      (v) => {
        setBusy(false);
        setError("");
        done(v);
        props.onSaved();
      },
      (err) => {
        setBusy(false);
        setError(api.errorText(err));
      },
    );
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(false);
    run(api.setTracking(props.d.key, courier, number.trim()), () => setSaved(true));
  };
  const dispatch = () => {
    setSent(null);
    run(api.dispatch([props.d.key]), (r) => {
      const mine = r.items.find((it) => it.key === props.d.key) ?? null;
      setSent(mine);
      if (!mine) setError(r.summary);
    });
  };
  return (
    <form className="tracking" onSubmit={submit} data-testid="tracking-entry">
      <CourierSelect choices={choices} value={courier} onChange={setCourier} />
      <input
        aria-label="운송장번호"
        inputMode="numeric"
        placeholder={digitsHint(choices.find((c) => c.name === courier))}
        value={number}
        onChange={(e) => {
          setNumber(e.target.value);
          setSaved(false);
        }}
      />
      <button type="submit" disabled={busy}>
        {busy ? "저장 중…" : "송장 저장"}
      </button>
      {s.trackingNumber && (
        <button type="button" disabled={busy} onClick={dispatch} title="이 주문만 마켓에 발송처리합니다">
          발송처리
        </button>
      )}
      {saved && <span className="check ok">✓ 저장했습니다</span>}
      {sent && (
        <Banner tone={itemTone(sent.result)} testid="drawer-dispatch">
          {api.labelOf(results, sent.result)}: {sent.message}
        </Banner>
      )}
      {(error || all.error) && (
        <Banner tone="error" testid="tracking-error">
          {error || all.error}
        </Banner>
      )}
    </form>
  );
}
