import { useState } from "react";
import * as api from "../../api";
import { CourierSelect } from "../../components/CourierSelect";
import { useWrite } from "../../components/useWrite";
import { WriteResult } from "../../components/WriteResult";
import { writeTone } from "../../outcome";
import { trackingCouriers, useResource } from "../../state";

/** 송장 수정 of a dispatched box: a new courier and number sent to the marketplace (Go says where it cannot). */
export function InvoiceFixForm(props: { shipmentKey: string; courier: string }) {
  const couriers = useResource(trackingCouriers).value ?? [];
  const [courier, setCourier] = useState(props.courier);
  const [number, setNumber] = useState("");
  const { busy, error, result, send } = useWrite();
  return (
    <form
      className="invoice-fix"
      data-testid="invoice-fix"
      onSubmit={(e) => {
        e.preventDefault();
        send(api.fixInvoice(props.shipmentKey, courier || couriers[0]?.name || "", number));
      }}
    >
      <b>송장 수정</b> <CourierSelect choices={couriers} value={courier || couriers[0]?.name || ""} onChange={setCourier} />
      <input aria-label="새 운송장번호" placeholder="새 운송장번호" value={number} onChange={(e) => setNumber(e.target.value)} />
      <button type="submit" disabled={busy || number.trim() === ""}>
        {busy ? "보내는 중…" : "송장 수정 보내기"}
      </button>
      {error && <div className="check block">{error}</div>}
      {result && <WriteResult r={result} tone={writeTone(result.counts)} testid="invoice-fix-result" />}
    </form>
  );
}
