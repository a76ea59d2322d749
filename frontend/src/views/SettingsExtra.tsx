import { useEffect, useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { useLabels, useRevision } from "../state";

type Msg = { ok: boolean; text: string } | null;

function MsgBanner(props: { msg: Msg; testid?: string }) {
  if (!props.msg) return null;
  return (
    <Banner tone={props.msg.ok ? "ok" : "error"} testid={props.testid}>
      {props.msg.text}
    </Banner>
  );
}

const checkMark: Record<string, string> = { ok: "✓", failed: "✗", skipped: "–" };

// The checks of one connection test: keys (token or signature), IP, permission, each in Go's words.
function ConnectionChecks(props: { checks: api.ConnectionCheck[] | undefined; testid: string }) {
  if (!props.checks || props.checks.length === 0) return null;
  return (
    <ul className="conn-checks" data-testid={props.testid}>
      {props.checks.map((c) => (
        <li key={c.name} className={"conn-check " + c.state} data-check={c.name} data-state={c.state}>
          <span className="mark" aria-hidden="true">{checkMark[c.state] ?? "?"}</span>
          <strong>{c.label}</strong> <span>{c.message}</span>
        </li>
      ))}
    </ul>
  );
}

// 연결 테스트: one real order read per marketplace with the saved keys; Go says what failed, in Korean.
export function ConnectionTests() {
  const markets = useLabels()?.markets ?? [];
  const [busy, setBusy] = useState("");
  const [results, setResults] = useState<Record<string, { msg: Msg; checks?: api.ConnectionCheck[] }>>({});
  // A result is about the keys it tested: once other keys are saved it no longer holds.
  const saved = useRevision("settings");
  useEffect(() => setResults({}), [saved]);
  const run = (market: string) => {
    setBusy(market);
    setResults((r) => ({ ...r, [market]: { msg: null } }));
    api.testConnection(market).then(
      (res) => {
        setResults((r) => ({ ...r, [market]: { msg: { ok: res.ok, text: res.message }, checks: res.checks } }));
        setBusy("");
      },
      (e) => {
        setResults((r) => ({ ...r, [market]: { msg: { ok: false, text: api.errorText(e) } } }));
        setBusy("");
      },
    );
  };
  return (
    <fieldset className="settings-box">
      <legend>연결 테스트</legend>
      <p className="muted">저장한 키로 마켓의 주문을 한 번 조회해 봅니다. 키·IP·권한을 따로 확인합니다. 키를 바꿨다면 먼저 저장하세요.</p>
      {markets.map(({ value: m, label }) => (
        <div key={m} className="conn">
          <button onClick={() => run(m)} disabled={busy !== ""}>
            {busy === m ? `${label} 확인 중…` : `${label} 연결 테스트`}
          </button>
          <MsgBanner msg={results[m]?.msg ?? null} testid={"conn-" + m} />
          <ConnectionChecks checks={results[m]?.checks} testid={"conn-checks-" + m} />
        </div>
      ))}
    </fieldset>
  );
}

// 백업과 복원: backup now into the data folder's backups/, restore at the next start.
export function Backups(props: { dataDir: string }) {
  const [list, setList] = useState<api.BackupView[]>([]);
  const [pending, setPending] = useState<api.RestorePlan | null>(null);
  const [msg, setMsg] = useState<Msg>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => {
    api.listBackups().then(setList, (e) => setMsg({ ok: false, text: api.errorText(e) }));
    api.pendingRestore().then((p) => setPending(p.name ? p : null), (e) => setMsg({ ok: false, text: api.errorText(e) }));
  };
  useEffect(refresh, []);
  const backup = () => {
    setBusy(true);
    api.backupNow().then(
      (b) => {
        setMsg({ ok: true, text: `백업했습니다: ${b.path} (${b.size})` });
        setBusy(false);
        refresh();
      },
      (e) => {
        setMsg({ ok: false, text: api.errorText(e) });
        setBusy(false);
      },
    );
  };
  const restore = (name: string) => {
    if (!window.confirm(`${name} 백업으로 복원할까요? 셀러데스크를 다시 시작할 때 복원되며, 지금 데이터는 .db.bak 파일로 보관됩니다.`)) return;
    api.scheduleRestore(name).then(
      (p) => {
        setPending(p);
        setMsg({ ok: true, text: p.note });
      },
      (e) => setMsg({ ok: false, text: api.errorText(e) }),
    );
  };
  const cancel = () =>
    api.cancelRestore().then(
      () => {
        setPending(null);
        setMsg({ ok: true, text: "복원 예약을 취소했습니다." });
      },
      (e) => setMsg({ ok: false, text: api.errorText(e) }),
    );
  return (
    <fieldset className="settings-box">
      <legend>데이터 폴더 · 백업</legend>
      <p className="muted">데이터 폴더: {props.dataDir}</p>
      <div>
        <button onClick={backup} disabled={busy}>
          {busy ? "백업 중…" : "지금 백업"}
        </button>
      </div>
      {pending && (
        <Banner tone="info">
          다음 시작 때 <b>{pending.name}</b> 백업으로 복원됩니다. {pending.note}{" "}
          <button className="link" onClick={cancel}>
            예약 취소
          </button>
        </Banner>
      )}
      <MsgBanner msg={msg} testid="backup-msg" />
      {list.length > 0 && (
        <table className="log">
          <thead>
            <tr>
              <th>백업 파일</th>
              <th>만든 시각</th>
              <th>크기</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((b) => (
              <tr key={b.name}>
                <td title={b.path}>{b.name}</td>
                <td className="tabular">{b.created}</td>
                <td className="num">{b.size}</td>
                <td>
                  <button className="link" onClick={() => restore(b.name)}>
                    이 백업으로 복원
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}

// 브라우저 접속 비밀번호 변경 (sellerdesk serve).
export function PasswordChange() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [msg, setMsg] = useState<Msg>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (next !== again) {
      setMsg({ ok: false, text: "새 비밀번호 두 칸이 서로 다릅니다." });
      return;
    }
    api.changeServePassword(current, next).then(
      () => {
        setCurrent("");
        setNext("");
        setAgain("");
        if (api.door() === "browser") {
          // The door ends every session opened with the old password, this one too.
          setMsg({ ok: true, text: "비밀번호를 바꿨습니다. 새 비밀번호로 다시 로그인하세요." });
          setTimeout(() => window.dispatchEvent(new CustomEvent("sellerdesk:unauthorized")), 1500);
        } else {
          setMsg({ ok: true, text: "비밀번호를 바꿨습니다. 브라우저로 접속할 때 새 비밀번호를 쓰세요." });
        }
      },
      (err) => setMsg({ ok: false, text: api.errorText(err) }),
    );
  };
  return (
    <form className="settings settings-box" onSubmit={submit}>
      <fieldset>
        <legend>브라우저 접속 비밀번호</legend>
        <label>
          현재 비밀번호
          <input type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" />
        </label>
        <label>
          새 비밀번호
          <input type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" />
        </label>
        <label>
          새 비밀번호 확인
          <input type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" />
        </label>
        <button type="submit">비밀번호 변경</button>
        <MsgBanner msg={msg} testid="password-msg" />
      </fieldset>
    </form>
  );
}
