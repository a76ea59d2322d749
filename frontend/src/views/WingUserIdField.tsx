import { useState } from "react";
import * as api from "../api";

/**
 * 설정's Coupang WING login id (판매 취소 asks for it). A blank field is "not touched" and keeps the
 * saved id (Go's rule); 지우기 sends an explicit clear of the saved id alone, right away, and tells
 * the page the settings as saved after it.
 */
export function WingUserIdField(props: {
  value: string;
  saved: string;
  onChange: (v: string) => void;
  onCleared: (v: api.SettingsView) => void;
  onError: (text: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const clear = () => {
    setBusy(true);
    api.clearWingUserId().then(
      (v) => {
        setBusy(false);
        props.onCleared(v);
      },
      (e) => {
        setBusy(false);
        props.onError(api.errorText(e));
      },
    );
  };
  return (
    <>
      <div className="with-action">
        <label>
          쿠팡 WING 로그인 ID
          <input value={props.value} aria-describedby="wing-id-hint" onChange={(e) => props.onChange(e.target.value)} autoComplete="off" />
        </label>
        {props.saved && (
          <button type="button" className="link" disabled={busy} onClick={clear} title="저장한 쿠팡 WING 로그인 ID를 지웁니다" data-testid="wing-id-clear">
            지우기
          </button>
        )}
      </div>
      <p className="muted" id="wing-id-hint">
        판매 취소(품절) 처리에 쓰입니다.{props.saved ? " 칸을 비우고 저장하면 저장한 ID가 그대로 남습니다. 지우려면 '지우기'를 누르세요." : ""}
      </p>
    </>
  );
}
