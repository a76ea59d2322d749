import type * as api from "../api";
import { Banner } from "./Banner";

/**
 * A warning for each marketplace whose API keys run out soon (Go's KeyNote), and a banner for
 * each marketplace whose last sync failed (offline, refused keys…): the board then shows what was
 * fetched before, and the seller must know, not only from a red dot.
 */
export function MarketTrouble(props: { ov: api.Overview | undefined; onOpenSync: () => void }) {
  const troubled = (props.ov?.markets ?? []).filter((m) => m.configured && m.lastError);
  return (
    <>
      {(props.ov?.markets ?? [])
        .filter((m) => m.keyNote)
        .map((m) => (
          <Banner key={"key-" + m.market} tone="warn" testid="key-note">
            {m.keyNote}
          </Banner>
        ))}
      {troubled.map((m) => (
        <Banner key={m.market} tone="error" testid="market-trouble">
          <b>{m.label} 주문을 받아 오지 못하고 있습니다.</b> {m.lastError}{" "}
          {m.lastSuccess
            ? `마지막 성공 ${m.lastSuccess} · 화면의 ${m.label} 주문은 그때까지 받은 내용입니다.`
            : `${m.label} 주문을 아직 한 번도 받아 오지 못했습니다.`}{" "}
          <button className="link" onClick={props.onOpenSync}>
            동기화 화면
          </button>
        </Banner>
      ))}
    </>
  );
}
