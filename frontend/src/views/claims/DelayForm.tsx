import { useState } from "react";
import * as api from "../../api";
import { useWrite } from "../../components/useWrite";
import { WriteResult } from "../../components/WriteResult";
import { writeTone } from "../../outcome";
import { claimChoices, useResource } from "../../state";

/** Tomorrow in Korea, YYYY-MM-DD: the earliest new deadline Go takes. */
function tomorrow(): string {
  const d = new Date(Date.now() + 24 * 3600 * 1000);
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Seoul" }).format(d);
}

/** 발송지연 (네이버) for one box (the drawer) or the board's selection: new date, documented reason, detail. */
export function DelayForm(props: { keys: string[]; onClose?: () => void }) {
  const reasons = useResource(claimChoices).value?.delayReasons ?? [];
  const [until, setUntil] = useState(tomorrow);
  const [reason, setReason] = useState("");
  const [detail, setDetail] = useState("");
  const { busy, error, result, send } = useWrite();
  const code = reason || reasons[0]?.code || "";
  return (
    <form
      className="delay-form"
      data-testid="delay-form"
      onSubmit={(e) => {
        e.preventDefault();
        send(api.delayDispatch(props.keys, until, code, detail));
      }}
    >
      <b>발송지연{props.keys.length > 1 ? ` (${props.keys.length}건)` : ""}</b>{" "}
      <input aria-label="새 발송기한" type="date" value={until} min={tomorrow()} onChange={(e) => setUntil(e.target.value)} />
      <select aria-label="지연 사유" value={code} onChange={(e) => setReason(e.target.value)}>
        {reasons.map((r) => (
          <option key={r.code} value={r.code}>
            {r.label}
          </option>
        ))}
      </select>
      <input aria-label="상세 사유" placeholder="상세 사유 (구매자에게 안내됩니다)" value={detail} onChange={(e) => setDetail(e.target.value)} />
      <button type="submit" disabled={busy || props.keys.length === 0}>
        {busy ? "보내는 중…" : "발송지연 보내기"}
      </button>
      {props.onClose && (
        <button type="button" className="link" onClick={props.onClose}>
          닫기
        </button>
      )}
      {error && <div className="check block">{error}</div>}
      {result && <WriteResult r={result} tone={writeTone(result.counts)} testid="delay-result" />}
    </form>
  );
}

/** The board's 발송지연 button for the selection; the form opens under it. */
export function DelayButton(props: { keys: string[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(!open)} title="선택한 네이버 주문의 발송기한을 늦춥니다">
        발송지연…
      </button>
      {open && <DelayForm keys={props.keys} onClose={() => setOpen(false)} />}
    </>
  );
}
