import { useState } from "react";
import * as api from "../../api";
import { Banner } from "../Banner";

/** One finding of the drawer: what Go found, its evidence, and only the actions Go allows. */
export function FindingCard(props: { f: api.FindingView; shipmentKey: string; onDone: (d: api.ShipmentDetail) => void }) {
  const f = props.f;
  const [action, setAction] = useState<api.FindingAction | null>(null);
  const [text, setText] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!action) return;
    setBusy(true);
    const call = action.kind === "override" ? api.overrideFinding(props.shipmentKey, f.id, text) : api.resolveFinding(props.shipmentKey, f.id, text);
    call.then(
      (d) => {
        setAction(null);
        setText("");
        setError("");
        setBusy(false);
        props.onDone(d);
      },
      (err) => {
        setError(api.errorText(err));
        setBusy(false);
      },
    );
  };
  return (
    <div className={"finding " + f.severity + (f.open ? "" : " done")} data-testid={"finding-" + f.code}>
      <div>
        <b>
          {f.severity === "block" ? "⛔" : "⚠"} {f.label}
        </b>{" "}
        {f.message}
      </div>
      {f.evidence.map((e, j) => (
        <div key={j} className="evidence">
          <span className="muted">{e.field}</span>{" "}
          {e.old && (
            <>
              <s>{e.old}</s> →{" "}
            </>
          )}
          {e.new}
        </div>
      ))}
      {!f.open && <div className="check ok">✓ {f.resolution}</div>}
      {f.clearNote && (
        <div className="muted" data-testid="clear-note">
          🔒 {f.clearNote}
        </div>
      )}
      {f.open && !action && f.actions.length > 0 && (
        <div className="actions">
          {f.actions.map((a) => (
            <button key={a.kind} onClick={() => setAction(a)}>
              {a.label}
            </button>
          ))}
        </div>
      )}
      {f.open && action && (
        <form className="resolve" onSubmit={submit}>
          <input
            autoFocus
            aria-label={action.field}
            placeholder={action.placeholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.stopPropagation();
                setAction(null);
              }
            }}
          />
          <button type="submit" disabled={busy}>
            {action.submit}
          </button>
          <button type="button" className="link" onClick={() => setAction(null)}>
            취소
          </button>
        </form>
      )}
      {error && <Banner tone="error">{error}</Banner>}
    </div>
  );
}
