import { useEffect, useState } from "react";
import * as api from "../api";
import { Backups, ConnectionTests, PasswordChange } from "./SettingsExtra";

const blank: api.SettingsInput = {
  naverClientId: "",
  naverClientSecret: "",
  naverBaseUrl: "",
  coupangVendorId: "",
  coupangAccessKey: "",
  coupangSecretKey: "",
  coupangBaseUrl: "",
  syncIntervalMinutes: 5,
  autoAcknowledge: false,
  privacyDays: 90,
  privacyOff: false,
};

// 설정: API keys (masked once saved), sync interval, auto-acknowledge, data folder.
export function SettingsPage() {
  const [view, setView] = useState<api.SettingsView | null>(null);
  const [form, setForm] = useState<api.SettingsInput>(blank);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);

  const fill = (v: api.SettingsView) => {
    setView(v);
    setForm({
      ...blank,
      naverClientId: v.naverClientId,
      naverBaseUrl: v.naverBaseUrl,
      coupangVendorId: v.coupangVendorId,
      coupangBaseUrl: v.coupangBaseUrl,
      syncIntervalMinutes: v.syncIntervalMinutes,
      autoAcknowledge: v.autoAcknowledge,
      privacyDays: v.privacyOff ? 90 : v.privacyDays,
      privacyOff: v.privacyOff,
    });
  };
  useEffect(() => {
    api.getSettings().then(fill, (e) => setMsg({ ok: false, text: api.errorText(e) }));
  }, []);

  const set = (patch: Partial<api.SettingsInput>) => setForm({ ...form, ...patch });
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    api.saveSettings(form).then(
      (v) => {
        fill(v);
        setMsg({ ok: true, text: "저장했습니다." });
      },
      (err) => setMsg({ ok: false, text: api.errorText(err) }),
    );
  };

  return (
    <section className="page">
      <h2>설정</h2>
      {/* The form appears once the saved settings are in, so nothing typed is overwritten by them. */}
      {!view && !msg && <p className="muted">설정을 불러오는 중…</p>}
      <form className="settings" onSubmit={save} hidden={!view}>
        <fieldset>
          <legend>네이버 커머스API</legend>
          <label>
            애플리케이션 ID
            <input value={form.naverClientId} onChange={(e) => set({ naverClientId: e.target.value })} autoComplete="off" />
          </label>
          <label>
            애플리케이션 시크릿
            <input
              type="password"
              placeholder={view?.naverSecretHint || "$2a$04$…"}
              value={form.naverClientSecret}
              onChange={(e) => set({ naverClientSecret: e.target.value })}
              autoComplete="off"
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>쿠팡 WING Open API</legend>
          <label>
            업체코드
            <input value={form.coupangVendorId} placeholder="A00012345" onChange={(e) => set({ coupangVendorId: e.target.value })} autoComplete="off" />
          </label>
          <label>
            Access Key
            <input
              type="password"
              placeholder={view?.coupangAccessHint || ""}
              value={form.coupangAccessKey}
              onChange={(e) => set({ coupangAccessKey: e.target.value })}
              autoComplete="off"
            />
          </label>
          <label>
            Secret Key
            <input
              type="password"
              placeholder={view?.coupangSecretHint || ""}
              value={form.coupangSecretKey}
              onChange={(e) => set({ coupangSecretKey: e.target.value })}
              autoComplete="off"
            />
          </label>
        </fieldset>
        <fieldset>
          <legend>동기화</legend>
          <label>
            주기 (분)
            <input
              type="number"
              min={1}
              max={1440}
              value={form.syncIntervalMinutes}
              onChange={(e) => set({ syncIntervalMinutes: Number(e.target.value) })}
            />
          </label>
          <label className="inline">
            <input type="checkbox" checked={form.autoAcknowledge} onChange={(e) => set({ autoAcknowledge: e.target.checked })} /> 신규주문 자동
            발주확인
          </label>
        </fieldset>
        <fieldset data-testid="privacy">
          <legend>개인정보 보관</legend>
          <label className="inline">
            <input type="checkbox" checked={!form.privacyOff} onChange={(e) => set({ privacyOff: !e.target.checked })} /> 배송 완료 후
            <input
              type="number"
              className="days"
              aria-label="개인정보 보관 일수"
              min={14}
              max={3650}
              value={form.privacyDays}
              disabled={form.privacyOff}
              onChange={(e) => set({ privacyDays: Number(e.target.value) })}
            />
            일이 지나면 개인정보 가리기
          </label>
          {form.privacyOff && (
            <p className="banner error" role="note">
              끄면 받는 분·주문자의 이름, 연락처, 주소, 배송 메시지를 기한 없이 보관합니다. 개인정보는 배송·반품 처리가 끝나면
              파기해야 하므로, 끄는 것은 그 책임을 판매자가 직접 지겠다는 선택입니다.
            </p>
          )}
          <p className="muted">{view?.privacyNote}</p>
        </fieldset>
        <p className="muted">{view?.secretNote}</p>
        <button type="submit">저장</button>
        {msg && <div className={"banner " + (msg.ok ? "ok" : "error")}>{msg.text}</div>}
      </form>
      <ConnectionTests />
      <Backups dataDir={view?.dataDir ?? ""} />
      <PasswordChange />
    </section>
  );
}
