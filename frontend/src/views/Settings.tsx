import { useEffect, useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { useLabels } from "../state";
import { LearnedNames } from "./LearnedNames";
import { Backups, ConnectionTests, PasswordChange } from "./SettingsExtra";
import { WingUserIdField } from "./WingUserIdField";

/** The form as it stands once the saved settings are in: secrets are never sent back, so they start empty. */
function formOf(v: api.SettingsView): api.SettingsInput {
  return {
    naverClientId: v.naverClientId,
    naverClientSecret: "",
    naverBaseUrl: v.naverBaseUrl,
    coupangVendorId: v.coupangVendorId,
    coupangAccessKey: "",
    coupangSecretKey: "",
    coupangBaseUrl: v.coupangBaseUrl,
    coupangApiVersions: v.coupangApiVersions,
    coupangWingUserId: v.coupangWingUserId,
    syncIntervalMinutes: v.syncIntervalMinutes,
    autoAcknowledge: v.autoAcknowledge,
    privacyDays: v.privacyOff ? 90 : v.privacyDays,
    privacyOff: v.privacyOff,
  };
}

/** What the disabled form shows while the saved settings load (never sent). */
const loading: api.SettingsInput = {
  naverClientId: "",
  naverClientSecret: "",
  naverBaseUrl: "",
  coupangVendorId: "",
  coupangAccessKey: "",
  coupangSecretKey: "",
  coupangBaseUrl: "",
  coupangWingUserId: "",
  syncIntervalMinutes: 0,
  privacyDays: 0,
  privacyOff: false,
};

const removeQuestion: Record<"naver" | "coupang", string> = {
  naver: "네이버 API 키(애플리케이션 ID·시크릿)를 삭제할까요? 삭제하면 네이버 주문 동기화가 멈춥니다.",
  coupang: "쿠팡 API 키(업체코드·Access Key·Secret Key·WING 로그인 ID)를 삭제할까요? 삭제하면 쿠팡 주문 동기화가 멈춥니다.",
};

/** A marketplace's API address: blank is the marketplace's own; Go checks it and says when this door may not change it. */
function ApiAddress(props: { view: api.SettingsView | null; value: string; onChange: (v: string) => void }) {
  return (
    <label title={props.view?.apiUrlNote}>
      API 주소 (비워 두면 기본값)
      <input value={props.value} disabled={!!props.view?.apiUrlsLocked} onChange={(e) => props.onChange(e.target.value)} autoComplete="off" />
    </label>
  );
}

/** A secret key's field: never filled (secrets are not sent back); the hint Go gives of a saved one is its placeholder. */
function SecretField(props: { label: string; hint: string; value: string; onChange: (v: string) => void }) {
  return (
    <label>
      {props.label}
      <input type="password" placeholder={props.hint} value={props.value} onChange={(e) => props.onChange(e.target.value)} autoComplete="off" />
    </label>
  );
}

// 설정: API keys (masked once saved), sync interval, auto-acknowledge, data folder.
// The form stays disabled until the saved settings are in, so a save can never send blanks over
// them; Go keeps every stored value a blank field would have cleared anyway, and removing keys is
// its own button.
export function SettingsPage() {
  const labels = useLabels();
  const [view, setView] = useState<api.SettingsView | null>(null);
  const [form, setForm] = useState<api.SettingsInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);

  const fill = (v: api.SettingsView) => {
    setView(v);
    setForm(formOf(v));
  };
  useEffect(() => {
    api.getSettings().then(fill, (e) => setMsg({ ok: false, text: api.errorText(e) }));
  }, []);

  const f: api.SettingsInput = form ?? loading;
  const set = (patch: Partial<api.SettingsInput>) => setForm((cur) => (cur ? { ...cur, ...patch } : cur));
  const run = (call: Promise<api.SettingsView>, done: string) => {
    setBusy(true);
    call.then(
      (v) => {
        fill(v);
        setBusy(false);
        setMsg({ ok: true, text: v.notice ? `${done} ${v.notice}` : done });
      },
      (err) => {
        setBusy(false);
        setMsg({ ok: false, text: api.errorText(err) });
      },
    );
  };
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    if (!form) return; // not loaded yet: there is nothing to save
    run(api.saveSettings(form), "저장했습니다.");
  };
  const remove = (market: "naver" | "coupang") => {
    if (!window.confirm(removeQuestion[market])) return;
    run(api.removeKeys(market), `${api.labelOf(labels?.markets, market)} API 키를 삭제했습니다.`);
  };
  const naverSaved = !!(view?.naverClientId || view?.naverSecretHint);
  const coupangSaved = !!(view?.coupangVendorId || view?.coupangAccessHint || view?.coupangSecretHint);

  return (
    <section className="page">
      <h2>설정</h2>
      {!view && !msg && <p className="muted">설정을 불러오는 중…</p>}
      <form className="settings" onSubmit={save} aria-busy={!form}>
        <fieldset className="plain" disabled={!form || busy} data-testid="settings-fields">
          <fieldset>
            <legend>네이버 커머스API</legend>
            <label>
              애플리케이션 ID
              <input value={f.naverClientId} onChange={(e) => set({ naverClientId: e.target.value })} autoComplete="off" />
            </label>
            <SecretField
              label="애플리케이션 시크릿"
              hint={view?.naverSecretHint || "$2a$04$…"}
              value={f.naverClientSecret}
              onChange={(v) => set({ naverClientSecret: v })}
            />
            <ApiAddress view={view} value={f.naverBaseUrl} onChange={(v) => set({ naverBaseUrl: v })} />
            {naverSaved && (
              <button type="button" className="link danger" onClick={() => remove("naver")}>
                네이버 키 삭제…
              </button>
            )}
          </fieldset>
          <fieldset>
            <legend>쿠팡 WING Open API</legend>
            {view?.coupangKeyNote && (
              <p className="check warn" role="alert" data-testid="coupang-key-note">
                {view.coupangKeyNote}
              </p>
            )}
            <label>
              업체코드
              <input value={f.coupangVendorId} placeholder="A00012345" onChange={(e) => set({ coupangVendorId: e.target.value })} autoComplete="off" />
            </label>
            <SecretField
              label="Access Key"
              hint={view?.coupangAccessHint || ""}
              value={f.coupangAccessKey}
              onChange={(v) => set({ coupangAccessKey: v })}
            />
            <SecretField
              label="Secret Key"
              hint={view?.coupangSecretHint || ""}
              value={f.coupangSecretKey}
              onChange={(v) => set({ coupangSecretKey: v })}
            />
            <WingUserIdField
              value={f.coupangWingUserId}
              saved={view?.coupangWingUserId ?? ""}
              onChange={(v) => set({ coupangWingUserId: v })}
              onCleared={(v) => {
                setView(v); // the rest of the form keeps what the seller typed and has not saved yet
                set({ coupangWingUserId: "" });
                setMsg({ ok: true, text: "쿠팡 WING 로그인 ID를 지웠습니다." });
              }}
              onError={(text) => setMsg({ ok: false, text })}
            />
            <label title="쿠팡이 API 버전을 옮겼을 때만 적습니다. 비워 두면 기본값을 씁니다.">
              API 버전 (비워 두면 기본값)
              <input
                value={f.coupangApiVersions ?? ""}
                placeholder="예: ordersheets=v6"
                onChange={(e) => set({ coupangApiVersions: e.target.value })}
                autoComplete="off"
              />
            </label>
            <ApiAddress view={view} value={f.coupangBaseUrl} onChange={(v) => set({ coupangBaseUrl: v })} />
            {coupangSaved && (
              <button type="button" className="link danger" onClick={() => remove("coupang")}>
                쿠팡 키 삭제…
              </button>
            )}
          </fieldset>
          <fieldset>
            <legend>동기화</legend>
            <label>
              주기 (분)
              <input
                type="number"
                min={1}
                max={1440}
                value={f.syncIntervalMinutes || ""}
                onChange={(e) => set({ syncIntervalMinutes: Number(e.target.value) })}
              />
            </label>
            <label className="inline">
              <input type="checkbox" checked={!!f.autoAcknowledge} onChange={(e) => set({ autoAcknowledge: e.target.checked })} /> 신규주문 자동
              발주확인
            </label>
          </fieldset>
          <fieldset data-testid="privacy">
            <legend>개인정보 보관</legend>
            <label className="inline">
              <input type="checkbox" checked={!f.privacyOff} onChange={(e) => set({ privacyOff: !e.target.checked })} /> 배송 완료 후
              <input
                type="number"
                className="days"
                aria-label="개인정보 보관 일수"
                min={14}
                max={3650}
                value={f.privacyDays}
                disabled={f.privacyOff}
                onChange={(e) => set({ privacyDays: Number(e.target.value) })}
              />
              일이 지나면 개인정보 가리기
            </label>
            {f.privacyOff && (
              <p className="banner error" role="note">
                끄면 받는 분·주문자의 이름, 연락처, 주소, 배송 메시지를 기한 없이 보관합니다. 개인정보는 배송·반품 처리가 끝나면
                파기해야 하므로, 끄는 것은 그 책임을 판매자가 직접 지겠다는 선택입니다.
              </p>
            )}
            <p className="muted">{view?.privacyNote}</p>
          </fieldset>
          <p className="muted" data-testid="secret-note">{view?.secretNote}</p>
          <p className="muted" data-testid="api-url-note">{view?.apiUrlNote}</p>
          <button type="submit">{busy ? "저장 중…" : "저장"}</button>
        </fieldset>
        {msg && <Banner tone={msg.ok ? "ok" : "error"}>{msg.text}</Banner>}
      </form>
      <ConnectionTests />
      <LearnedNames />
      <Backups dataDir={view?.dataDir ?? ""} />
      <PasswordChange />
    </section>
  );
}
