import type { ReactNode } from "react";
import type { Tone } from "../outcome";

/** A message strip; its colour is the outcome's tone. Red ones are alerts, the others statuses. */
export function Banner(props: { tone: Tone; children: ReactNode; onClose?: () => void; testid?: string }) {
  return (
    <div className={"banner " + props.tone} role={props.tone === "error" ? "alert" : "status"} data-testid={props.testid}>
      {props.children}
      {props.onClose && (
        <>
          {" "}
          <button className="link" onClick={props.onClose}>
            닫기
          </button>
        </>
      )}
    </div>
  );
}
