import { useState } from "react";
import type * as api from "../../api";
import { CourierSelect } from "../../components/CourierSelect";
import { claimChoices, trackingCouriers, useResource } from "../../state";

/**
 * What an answer takes besides the box (Go's ClaimAction.Needs): the parcel of 이미출고, the
 * reason of 반품 거부, the type, reason and fee of 반품 보류.
 */
export function ClaimAnswerForm(props: {
  answer: api.OpenClaim["answers"][number];
  busy: boolean;
  onSend: (req: api.ClaimRequest) => void;
  onCancel: () => void;
}) {
  const couriers = (useResource(trackingCouriers).value ?? []).filter((c) => c.coupang);
  const holdbacks = useResource(claimChoices).value?.holdbackTypes ?? [];
  const [courier, setCourier] = useState("");
  const [number, setNumber] = useState("");
  const [reason, setReason] = useState("");
  const [holdbackType, setHoldbackType] = useState("");
  const [fee, setFee] = useState("0");
  const a = props.answer;
  const req: api.ClaimRequest = { action: a.action };
  if (a.needs === "parcel") Object.assign(req, { courier: courier || couriers[0]?.name || "", trackingNumber: number });
  if (a.needs === "reason" || a.needs === "holdback") req.reason = reason;
  if (a.needs === "holdback") Object.assign(req, { holdbackType: holdbackType || holdbacks[0]?.code || "", extraFee: Number(fee) || 0 });

  return (
    <form
      className="claim-form"
      data-testid="claim-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSend(req);
      }}
    >
      {a.needs === "parcel" && (
        <>
          <CourierSelect choices={couriers} value={req.courier ?? ""} onChange={setCourier} />
          <input aria-label="운송장번호" placeholder="운송장번호" value={number} onChange={(e) => setNumber(e.target.value)} />
        </>
      )}
      {a.needs === "holdback" && (
        <>
          <select aria-label="보류 유형" value={req.holdbackType} onChange={(e) => setHoldbackType(e.target.value)}>
            {holdbacks.map((h) => (
              <option key={h.code} value={h.code}>
                {h.label}
              </option>
            ))}
          </select>
          <input aria-label="추가 비용" type="number" min={0} value={fee} onChange={(e) => setFee(e.target.value)} />
        </>
      )}
      {(a.needs === "reason" || a.needs === "holdback") && (
        <input aria-label="사유" placeholder="사유 (구매자에게 보입니다)" value={reason} onChange={(e) => setReason(e.target.value)} />
      )}
      <button type="submit" disabled={props.busy}>
        {a.label} 보내기
      </button>
      <button type="button" className="link" onClick={props.onCancel}>
        취소
      </button>
    </form>
  );
}
