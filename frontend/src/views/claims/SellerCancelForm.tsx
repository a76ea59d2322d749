import { useState } from "react";
import * as api from "../../api";
import { useWrite } from "../../components/useWrite";
import { WriteResult } from "../../components/WriteResult";
import { writeTone } from "../../outcome";
import { settings, useResource } from "../../state";
import { CancelLines } from "./CancelLines";

/**
 * 판매 취소 (품절) of the drawer's box: the reason (required), for Coupang the seller's WING login id
 * (the one saved in 설정 shows until the seller types another; Go uses the saved one when none is
 * sent), and a count per line (all by default: the whole box; the seller may lower some, Go decides
 * what that means); sent only after the seller read Go's warning (Coupang lowers the seller score)
 * and confirmed.
 */
export function SellerCancelForm(props: {
  shipmentKey: string;
  coupang: boolean;
  warning: string;
  lines: api.CancelableLine[];
  wholeOnly: string;
}) {
  // Only the counts the seller changed, for the lines as Go gave them: once the box is read again
  // (what is left changed), the defaults are all of what is left.
  const linesOf = props.lines.map((l) => `${l.itemId}=${l.left}`).join(",");
  const [changed, setChanged] = useState<{ of: string; n: Record<string, number> }>({ of: linesOf, n: {} });
  const edits = changed.of === linesOf ? changed.n : {};
  const [reason, setReason] = useState("");
  const view = useResource(settings).value; // undefined while it loads: no hint yet
  const saved = view?.coupangWingUserId ?? "";
  const [typed, setWingId] = useState<string | null>(null); // null: not typed, the saved one shows
  const wingId = typed ?? saved;
  const [confirming, setConfirming] = useState(false);
  const { busy, error, result, send } = useWrite();
  return (
    <form
      className="delay-form"
      data-testid="seller-cancel-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!confirming) {
          setConfirming(true);
          return;
        }
        setConfirming(false);
        const counts = Object.fromEntries(props.lines.map((l) => [l.itemId, edits[l.itemId] ?? l.left]));
        send(api.sellerCancel([props.shipmentKey], reason, wingId, counts));
      }}
    >
      <b>판매 취소 (품절)</b>{" "}
      <input aria-label="판매 취소 사유" placeholder="취소 사유 (필수)" value={reason} onChange={(e) => setReason(e.target.value)} />
      {props.lines.length > 0 && (
        <CancelLines lines={props.lines} wholeOnly={props.wholeOnly} counts={edits} onChange={(id, n) => setChanged({ of: linesOf, n: { ...edits, [id]: n } })} />
      )}
      {props.coupang && (
        <input aria-label="쿠팡 WING 로그인 ID" placeholder="쿠팡 WING 로그인 ID" value={wingId} onChange={(e) => setWingId(e.target.value)} />
      )}
      {props.coupang && view && !saved && (
        <span className="muted" data-testid="wing-id-hint">
          설정 &gt; 쿠팡에 WING 로그인 ID를 저장해 두면 매번 적지 않아도 됩니다.
        </span>
      )}
      {confirming ? (
        <div className="check warn" data-testid="seller-cancel-confirm">
          {props.warning}{" "}
          <button type="submit" disabled={busy}>
            확인하고 판매 취소
          </button>
          <button type="button" className="link" onClick={() => setConfirming(false)}>
            그만두기
          </button>
        </div>
      ) : (
        <button type="submit" disabled={busy}>
          {busy ? "보내는 중…" : "판매 취소"}
        </button>
      )}
      {error && <div className="check block">{error}</div>}
      {result && <WriteResult r={result} tone={writeTone(result.counts)} testid="seller-cancel-result" />}
    </form>
  );
}
