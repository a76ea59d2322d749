import { useState } from "react";
import * as api from "../api";
import { state } from "../state";

/**
 * One marketplace write sent from a small form (발송지연, 송장 수정, 배송 희망일 변경): busy while it
 * runs, Go's Korean error, the per-box result; the shipments are read again once it is answered.
 */
export function useWrite(): { busy: boolean; error: string; result: api.AckResult | null; send: (call: Promise<api.AckResult>) => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [result, setResult] = useState<api.AckResult | null>(null);
  const send = (call: Promise<api.AckResult>) => {
    setBusy(true);
    setError("");
    call.then(
      (r) => {
        setBusy(false);
        setResult(r);
        state.invalidate(["shipments"]);
      },
      (err) => {
        setBusy(false);
        setError(api.errorText(err));
      },
    );
  };
  return { busy, error, result, send };
}
