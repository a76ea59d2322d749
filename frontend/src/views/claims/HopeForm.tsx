import { useState } from "react";
import * as api from "../../api";
import { useWrite } from "../../components/useWrite";
import { WriteResult } from "../../components/WriteResult";
import { writeTone } from "../../outcome";

/** Today in Korea, YYYY-MM-DD: the earliest hope-delivery day Go takes. */
function today(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Seoul" }).format(new Date());
}

/**
 * 배송 희망일 변경 (네이버 희망일배송) of the drawer's box: the new day, an optional hour and region (left
 * empty, the region stays), the reason the buyer reads. dayOnly: N희망일배송 takes no hour or region.
 */
export function HopeForm(props: { shipmentKey: string; dayOnly: boolean }) {
  const [day, setDay] = useState(today);
  const [hour, setHour] = useState("");
  const [region, setRegion] = useState("");
  const [reason, setReason] = useState("");
  const { busy, error, result, send } = useWrite();
  return (
    <form
      className="delay-form"
      data-testid="hope-form"
      onSubmit={(e) => {
        e.preventDefault();
        send(api.changeHope(props.shipmentKey, day, hour, props.dayOnly ? "" : region, reason));
      }}
    >
      <b>배송 희망일 변경</b> <input aria-label="새 배송 희망일" type="date" value={day} min={today()} onChange={(e) => setDay(e.target.value)} />
      {!props.dayOnly && (
        <>
          <input aria-label="희망 시간" type="time" value={hour} onChange={(e) => setHour(e.target.value)} title="비우면 시간 없이 날짜만 보냅니다" />
          <input
            aria-label="희망 지역"
            placeholder="지역 (비우면 그대로)"
            maxLength={30}
            value={region}
            onChange={(e) => setRegion(e.target.value)}
            title="배송 지역을 바꿀 때만 적으세요 (30자까지)"
          />
        </>
      )}
      <input aria-label="변경 사유" placeholder="변경 사유 (필수, 구매자에게 안내됩니다)" value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={busy}>
        {busy ? "보내는 중…" : "배송 희망일 변경"}
      </button>
      {error && <div className="check block">{error}</div>}
      {result && <WriteResult r={result} tone={writeTone(result.counts)} testid="hope-result" />}
    </form>
  );
}
