import { useState } from "react";
import type * as api from "../../api";
import { CourierSelect } from "../../components/CourierSelect";
import { claimChoices, trackingCouriers, useResource } from "../../state";
import { type BoxEntries, boxParcels, RedeliveryBoxRows } from "./RedeliveryBoxRows";

/**
 * What an answer takes besides the box (Go's ClaimAction.Needs): the parcel of 이미출고, the
 * reason of 반품 거부 and of Naver's 교환 거부, the type, reason and fee of 반품 보류 and 교환 보류,
 * the reject code of Coupang's 교환 거부, the parcel of 교환 재배송 (couriers of the claim's market) —
 * one per re-delivery box when Coupang made several.
 */
export function ClaimAnswerForm(props: {
  answer: api.OpenClaim["answers"][number];
  market: string;
  boxes?: api.RedeliveryBox[];
  busy: boolean;
  onSend: (req: api.ClaimRequest) => void;
  onCancel: () => void;
}) {
  const couriers = (useResource(trackingCouriers).value ?? []).filter((c) => (props.market === "naver" ? c.naver : c.coupang));
  const choices = useResource(claimChoices).value;
  const holdbacks = (props.answer.action === "exchange-hold" ? choices?.exchangeHoldbackTypes : choices?.holdbackTypes) ?? [];
  const rejectCodes = choices?.exchangeRejectCodes ?? [];
  const [courier, setCourier] = useState("");
  const [number, setNumber] = useState("");
  const [reason, setReason] = useState("");
  const [holdbackType, setHoldbackType] = useState("");
  const [fee, setFee] = useState("0");
  const [rejectCode, setRejectCode] = useState("");
  const [entries, setEntries] = useState<BoxEntries>({});
  const a = props.answer;
  const boxes = a.action === "exchange-redeliver" && (props.boxes?.length ?? 0) > 1 ? (props.boxes ?? []) : null;
  const req: api.ClaimRequest = { action: a.action };
  if (boxes) req.boxes = boxParcels(boxes, couriers, entries);
  else if (a.needs === "parcel") Object.assign(req, { courier: courier || couriers[0]?.name || "", trackingNumber: number });
  if (a.needs === "reason" || a.needs === "holdback") req.reason = reason;
  if (a.needs === "holdback") Object.assign(req, { holdbackType: holdbackType || holdbacks[0]?.code || "", extraFee: Number(fee) || 0 });
  if (a.needs === "rejectCode") req.rejectCode = rejectCode || rejectCodes[0]?.code || "";

  return (
    <form
      className="claim-form"
      data-testid="claim-form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSend(req);
      }}
    >
      {boxes && (
        <RedeliveryBoxRows
          boxes={boxes}
          couriers={couriers}
          entries={entries}
          onChange={(box, e) => setEntries((cur) => ({ ...cur, [box]: { ...cur[box], ...e } }))}
        />
      )}
      {a.needs === "parcel" && !boxes && (
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
      {a.needs === "rejectCode" && (
        <select aria-label="거부 사유" value={req.rejectCode} onChange={(e) => setRejectCode(e.target.value)}>
          {rejectCodes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
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
