import { useEffect, useState } from "react";
import * as api from "../../api";
import { Banner } from "../../components/Banner";
import { digitalSettings, state, useResource } from "../../state";
import { DigitalProducts } from "./DigitalProducts";

type Msg = { ok: boolean; text: string } | null;

/** The form of saved settings: a plain copy the page edits (the password never comes back). */
const formOf = (v: api.DigitalSettingsView): api.DigitalForm => JSON.parse(JSON.stringify(v.settings)) as api.DigitalForm;

// 디지털 발송 설정: switched on or off, the products and their mails, the mail server with the
// common Korean providers' presets, the password (write-only), the test mail.
export function DigitalSettingsPage() {
  const res = useResource(digitalSettings);
  const view = res.value;
  const [form, setForm] = useState<api.DigitalForm | null>(null);
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<Msg>(null);
  const [testTo, setTestTo] = useState("");
  const [test, setTest] = useState<Msg>(null);
  // The form starts from what is saved, once: a reload while the seller types keeps the typing.
  useEffect(() => {
    if (view && !form) setForm(formOf(view));
  }, [view, form]);
  if (!view || !form) return res.error ? <Banner tone="error">{res.error}</Banner> : <p className="muted">불러오는 중…</p>;
  const smtp = form.smtp;
  const set = (patch: Partial<api.DigitalForm>) => setForm({ ...form, ...patch });
  const setSmtp = (patch: Partial<api.DigitalForm["smtp"]>) => set({ smtp: { ...smtp, ...patch } });
  const preset = view.presets.find((p) => p.id === smtp.preset);
  const save = () => {
    setBusy(true);
    setMsg(null);
    api.saveDigitalSettings(form, password).then(
      (v) => {
        setForm(formOf(v));
        setPassword("");
        setBusy(false);
        setMsg({ ok: true, text: "저장했습니다." });
        state.invalidate(["digital"]);
      },
      (e) => {
        setBusy(false);
        setMsg({ ok: false, text: api.errorText(e) });
      },
    );
  };
  const sendTest = () => {
    setTest(null);
    setBusy(true);
    api.testSend(testTo).then(
      (r) => {
        setBusy(false);
        setTest({ ok: r.ok, text: r.message });
      },
      (e) => {
        setBusy(false);
        setTest({ ok: false, text: api.errorText(e) });
      },
    );
  };
  return (
    <form
      className="settings digital-settings"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <fieldset>
        <legend>자동 발송</legend>
        <label className="inline">
          <input type="checkbox" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} /> 결제된 디지털 상품 주문에 메일을 자동으로 보내고 배송없음으로 발송처리
        </label>
        <label className="inline">
          <input type="checkbox" checked={form.autoNothing} onChange={(e) => set({ autoNothing: e.target.checked })} /> 네이버가 &lsquo;배송 없음&rsquo;으로 보낸 주문은 기본 상품으로
          보내기
        </label>
        <label>
          기본 디지털 상품
          <select aria-label="기본 디지털 상품" value={form.defaultProduct ?? ""} onChange={(e) => set({ defaultProduct: e.target.value })}>
            <option value="">(없음)</option>
            {form.products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name || p.id}
              </option>
            ))}
          </select>
        </label>
        <label>
          자동 재시도
          <input type="number" min={1} max={10} value={form.maxAttempts || 3} onChange={(e) => set({ maxAttempts: Number(e.target.value) })} />
        </label>
        <p className="muted">{view.coupangNote}</p>
      </fieldset>
      <DigitalProducts view={view} products={form.products} onChange={(products) => set({ products })} />
      <fieldset>
        <legend>메일 서버 (SMTP)</legend>
        <label>
          메일 서비스
          <select
            aria-label="메일 서비스"
            value={smtp.preset ?? ""}
            onChange={(e) => {
              const p = view.presets.find((x) => x.id === e.target.value);
              setSmtp(p ? { preset: p.id, host: p.host, port: p.port, security: p.security } : { preset: "" });
            }}
          >
            <option value="">직접 입력</option>
            {view.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        {preset && <p className="muted" data-testid="preset-steps">{preset.steps}</p>}
        <label>
          서버 주소
          <input aria-label="SMTP 서버" value={smtp.host} onChange={(e) => setSmtp({ host: e.target.value })} placeholder="smtp.naver.com" />
        </label>
        <label>
          포트
          <input aria-label="SMTP 포트" type="number" value={smtp.port || ""} onChange={(e) => setSmtp({ port: Number(e.target.value) })} />
        </label>
        <label>
          보안 연결
          <select aria-label="보안 연결" value={smtp.security} onChange={(e) => setSmtp({ security: e.target.value })}>
            <option value="">고르세요</option>
            {view.securities.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          로그인 아이디
          <input aria-label="SMTP 아이디" value={smtp.username} onChange={(e) => setSmtp({ username: e.target.value })} placeholder={preset?.usernameHint} />
        </label>
        <label>
          비밀번호
          <input
            aria-label="SMTP 비밀번호"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            placeholder={view.passwordHint ? "저장됨 (바꿀 때만 입력)" : "앱 비밀번호"}
          />
        </label>
        <label>
          보내는 주소
          <input aria-label="보내는 주소" value={smtp.from} onChange={(e) => setSmtp({ from: e.target.value })} placeholder="mystore@naver.com" />
        </label>
        <label>
          보내는 이름
          <input aria-label="보내는 이름" value={smtp.fromName ?? ""} onChange={(e) => setSmtp({ fromName: e.target.value })} placeholder="상점 이름" />
        </label>
        <p className="muted">비밀번호는 API 키처럼 이 PC에만 (운영체제의 자격 증명 저장소, 없으면 데이터 폴더의 키 파일) 저장되고 화면에 다시 표시되지 않습니다. 설정 내보내기 파일에도 들어가지 않습니다.</p>
      </fieldset>
      <button type="submit" disabled={busy}>
        저장
      </button>
      {msg && <Banner tone={msg.ok ? "ok" : "error"} testid="digital-save">{msg.text}</Banner>}
      <fieldset>
        <legend>테스트 메일</legend>
        <p className="muted">저장한 서버 설정으로 메일을 한 통 보내 봅니다. 비워 두면 보내는 주소로 보냅니다.</p>
        <div className="resolve">
          <input aria-label="테스트 받을 주소" value={testTo} onChange={(e) => setTestTo(e.target.value)} placeholder={smtp.from} />
          <button type="button" disabled={busy} onClick={sendTest}>
            테스트 메일 보내기
          </button>
        </div>
        {test && <Banner tone={test.ok ? "ok" : "error"} testid="test-send">{test.text}</Banner>}
      </fieldset>
    </form>
  );
}
