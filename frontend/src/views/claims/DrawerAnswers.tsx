import type * as api from "../../api";
import { useLabels } from "../../state";
import { DelayForm } from "./DelayForm";
import { HopeForm } from "./HopeForm";
import { InvoiceFixForm } from "./InvoiceFixForm";
import { SellerCancelForm } from "./SellerCancelForm";

/**
 * The drawer's answers to the marketplace for one box: 발송지연 (and 배송 희망일 변경 of a
 * hope-delivery box) while a Naver box is still to ship, 송장 수정 once a box left with a number,
 * 판매 취소 (품절) while Go offers it (its warning set). Go checks each again and says why not.
 */
export function DrawerAnswers(props: { d: api.ShipmentDetail }) {
  const s = props.d.shipment;
  const toShip = useLabels()?.statuses.find((x) => x.value === s.status)?.toShip ?? false;
  const left = !toShip && !!s.trackingNumber && s.status !== "CANCELED";
  const cancel = props.d.sellerCancelWarning ? (
    <SellerCancelForm
      key={"cancel-" + props.d.key}
      shipmentKey={props.d.key}
      coupang={s.marketplace === "coupang"}
      warning={props.d.sellerCancelWarning}
      lines={props.d.sellerCancelLines ?? []}
      wholeOnly={props.d.sellerCancelWholeOnly ?? ""}
    />
  ) : null;
  if (s.marketplace === "naver" && toShip)
    return (
      <>
        <DelayForm key={props.d.key} keys={[props.d.key]} />
        {props.d.hope && !props.d.hopeBlocked && <HopeForm key={"hope-" + props.d.key} shipmentKey={props.d.key} dayOnly={!!s.hope?.guaranteed} />}
        {cancel}
      </>
    );
  if (left) return <InvoiceFixForm key={props.d.key} shipmentKey={props.d.key} courier={s.courier ?? ""} />;
  return cancel;
}
