import { useEffect, useState } from "react";
import * as api from "../../api";
import { useRevision } from "../../state";

/** 출력 차수: every shipping-list print kept, newest first, each with 다시 출력 (same boxes, same number). */
export function PrintBatches(props: { courier: string; busy: boolean; onReprint: (p: Promise<api.PrintDoc>) => void; after: unknown }) {
  const rev = useRevision("shipments");
  const [batches, setBatches] = useState<api.PrintBatch[] | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    api.printBatches().then(setBatches, (e) => setError(api.errorText(e)));
  }, [rev, props.after]);
  if (error) return <p className="check block">{error}</p>;
  if (!batches || batches.length === 0) return null;
  return (
    <div className="batches">
      <h3>출력 차수 (배송리스트)</h3>
      <ul data-testid="print-batches">
        {batches.slice(0, 20).map((b) => (
          <li key={b.id} data-batch={b.id}>
            <b className="tabular">{b.id.replace("#", " ")}차</b> · {b.count.toLocaleString("ko-KR")}건 · <span className="muted">{b.printedAt} 출력</span>
            {b.reprinted && <span className="muted"> · {b.reprinted} 다시 출력</span>}{" "}
            <button disabled={props.busy} onClick={() => props.onReprint(api.reprintBatch(b.id, props.courier))}>
              다시 출력
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
