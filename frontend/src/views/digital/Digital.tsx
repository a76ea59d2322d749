import { useState } from "react";
import { Banner } from "../../components/Banner";
import { digitalStatus, useResource } from "../../state";
import { DigitalDeliveries } from "./DigitalDeliveries";
import { DigitalMailbox } from "./DigitalMailbox";
import { DigitalSettingsPage } from "./DigitalSettings";

type Tab = "list" | "settings" | "mailbox";

// 디지털 발송: what SellerDesk mailed to the buyers of digital goods, and the settings behind it.
export function DigitalPage() {
  const [tab, setTab] = useState<Tab>("list");
  const status = useResource(digitalStatus);
  const st = status.value;
  const r = st?.report;
  const tabs: { tab: Tab; label: string }[] = [
    { tab: "list", label: "발송 내역" },
    { tab: "settings", label: "설정" },
  ];
  if (st?.demo) tabs.push({ tab: "mailbox", label: "데모 메일함" });
  return (
    <div className="page digital" data-testid="digital-page">
      <div className="form-row">
        <div className="seg-kind" role="group" aria-label="디지털 발송 화면">
          {tabs.map((t) => (
            <button key={t.tab} className={tab === t.tab ? "on" : ""} onClick={() => setTab(t.tab)}>
              {t.label}
            </button>
          ))}
        </div>
        {st && (
          <span className="muted" data-testid="digital-status">
            {st.enabled ? "자동 발송 켜짐" : "자동 발송 꺼짐 (설정에서 켜세요)"}
            {st.lastRun && ` · 마지막 확인 ${st.lastRun}`}
            {r && r.sent + r.market > 0 && ` · 메일 ${r.sent}건, 배송없음 ${r.market}건`}
          </span>
        )}
      </div>
      {status.error && <Banner tone="error">{status.error}</Banner>}
      {st?.error && <Banner tone="error">{st.error}</Banner>}
      {r?.stopped && <Banner tone="error">{r.stopped}</Banner>}
      {r?.lowStock?.map((w) => (
        <Banner key={w.product} tone="warn" testid="low-stock">
          {w.message}
        </Banner>
      ))}
      {tab === "list" && <DigitalDeliveries />}
      {tab === "settings" && <DigitalSettingsPage />}
      {tab === "mailbox" && <DigitalMailbox />}
    </div>
  );
}
