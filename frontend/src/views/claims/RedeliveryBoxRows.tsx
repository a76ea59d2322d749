import type * as api from "../../api";
import { CourierSelect } from "../../components/CourierSelect";

/** The seller's courier and number of each re-delivery box, by box id. */
export type BoxEntries = Record<string, { courier?: string; number?: string }>;

/**
 * 교환 재배송 of a Coupang exchange Coupang re-delivers in several boxes: one row per box (Go's
 * OpenClaim.redeliveryBoxes), a courier (the first of Go's list until chosen) and a number for each
 * box without an invoice; a box whose invoice is uploaded is shown with it and not sent again.
 */
export function RedeliveryBoxRows(props: {
  boxes: api.RedeliveryBox[];
  couriers: api.CourierChoice[];
  entries: BoxEntries;
  onChange: (box: string, entry: { courier?: string; number?: string }) => void;
}) {
  return (
    <div className="redelivery-boxes" data-testid="redelivery-boxes">
      {props.boxes.map((b) =>
        b.number ? (
          <div key={b.box} role="group" aria-label={`재배송 박스 ${b.box}`} className="muted tabular" data-box={b.box}>
            박스 {b.box} · {b.courier} {b.number} (올림)
          </div>
        ) : (
          <div key={b.box} role="group" aria-label={`재배송 박스 ${b.box}`} className="tabular" data-box={b.box}>
            박스 {b.box}{" "}
            <CourierSelect
              choices={props.couriers}
              value={props.entries[b.box]?.courier || props.couriers[0]?.name || ""}
              onChange={(courier) => props.onChange(b.box, { courier })}
            />
            <input
              aria-label="운송장번호"
              placeholder="운송장번호"
              value={props.entries[b.box]?.number ?? ""}
              onChange={(e) => props.onChange(b.box, { number: e.target.value })}
            />
          </div>
        ),
      )}
    </div>
  );
}

/**
 * The boxes of the request: every box without an invoice whose number the seller wrote (all of
 * them when none is written, so Go says what is missing).
 */
export function boxParcels(boxes: api.RedeliveryBox[], couriers: api.CourierChoice[], entries: BoxEntries): api.BoxParcel[] {
  const open = boxes.filter((b) => !b.number);
  const written = open.filter((b) => (entries[b.box]?.number ?? "").trim() !== "");
  return (written.length > 0 ? written : open).map((b) => ({
    box: b.box,
    courier: entries[b.box]?.courier || couriers[0]?.name || "",
    trackingNumber: entries[b.box]?.number ?? "",
  }));
}
