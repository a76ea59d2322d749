import { useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";

/** The browser door's login; on first run it sets the password with the console's set-up code. */
export function Login(props: { passwordSet: boolean; onDone: (s: api.Session) => void }) {
  const first = !props.passwordSet;
  const [pw, setPw] = useState("");
  const [again, setAgain] = useState("");
  const [code, setCode] = useState(() => api.setupCodeFromAddress(window.location.hash));
  const [unlock, setUnlock] = useState("");
  const [askUnlock, setAskUnlock] = useState(false);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const mismatch = first && again.length > 0 && again !== pw;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (first && pw !== again) {
      setError("두 비밀번호가 같지 않습니다. 같은 비밀번호를 두 번 입력하세요.");
      return;
    }
    setBusy(true);
    setError("");
    (first ? api.setupPassword(pw, code) : api.login(pw, unlock)).then(
      (s) => {
        if (first) history.replaceState(null, "", window.location.pathname); // the code is used up
        props.onDone(s);
      },
      (err) => {
        setError(api.errorText(err));
        if (api.wantsUnlock(err)) setAskUnlock(true);
        setBusy(false);
      },
    );
  };
  return (
    <div className="login">
      <form onSubmit={submit}>
        <img src="/appicon.png" alt="" width={56} height={56} />
        <h1>셀러데스크</h1>
        <p>{first ? "처음 사용합니다. 브라우저 접속용 비밀번호(8자 이상)를 정하세요." : "비밀번호를 입력하세요."}</p>
        <input
          type="password"
          autoFocus
          aria-label="비밀번호"
          value={pw}
          onChange={(e) => setPw(e.target.value)}
          autoComplete={first ? "new-password" : "current-password"}
        />
        {first && (
          <>
            <input
              type="password"
              aria-label="비밀번호 확인"
              placeholder="비밀번호 확인"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              autoComplete="new-password"
            />
            <input
              aria-label="설정 코드"
              placeholder="설정 코드 (셀러데스크를 실행한 창에 표시됨)"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              autoComplete="off"
            />
          </>
        )}
        {!first && askUnlock && (
          <input
            aria-label="잠금 해제 코드"
            placeholder="잠금 해제 코드 (셀러데스크를 실행한 창에 표시됨)"
            value={unlock}
            onChange={(e) => setUnlock(e.target.value)}
            autoComplete="off"
          />
        )}
        {mismatch && <div className="hint">두 비밀번호가 같지 않습니다.</div>}
        <button type="submit" disabled={busy || pw.length === 0 || (first && (again.length === 0 || code.length === 0))}>
          {first ? "비밀번호 설정" : "로그인"}
        </button>
        {error && <Banner tone="error">{error}</Banner>}
      </form>
    </div>
  );
}
