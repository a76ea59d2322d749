import { useState } from "react";
import * as api from "../api";

export function Login(props: { passwordSet: boolean; onDone: (s: api.Session) => void }) {
  const [pw, setPw] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    (props.passwordSet ? api.login(pw) : api.setupPassword(pw)).then(
      (s) => props.onDone(s),
      (err) => {
        setError(api.errorText(err));
        setBusy(false);
      },
    );
  };
  return (
    <div className="login">
      <form onSubmit={submit}>
        <img src="/appicon.png" alt="" width={56} height={56} />
        <h1>셀러데스크</h1>
        <p>{props.passwordSet ? "비밀번호를 입력하세요." : "처음 사용합니다. 브라우저 접속용 비밀번호(8자 이상)를 정하세요."}</p>
        <input
          type="password"
          autoFocus
          aria-label="비밀번호"
          value={pw}
          onChange={(e) => setPw(e.target.value)}
          autoComplete={props.passwordSet ? "current-password" : "new-password"}
        />
        <button type="submit" disabled={busy || pw.length === 0}>
          {props.passwordSet ? "로그인" : "비밀번호 설정"}
        </button>
        {error && (
          <div className="banner error" role="alert">
            {error}
          </div>
        )}
      </form>
    </div>
  );
}
