import { useEffect, useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";
import { unmatchedLine } from "../ship";

/** Items on the lists that have no SKU yet (or a stale link): link them to a SKU and shelf, or unlink. */
export function SKUMatching() {
  const [items, setItems] = useState<api.UnmatchedItemView[] | null>(null);
  const [error, setError] = useState("");
  const [editing, setEditing] = useState("");
  const [form, setForm] = useState({ sku: "", name: "", location: "" });
  const [unlinkKey, setUnlinkKey] = useState("");
  const [note, setNote] = useState("");
  const [linked, setLinked] = useState<string[]>([]);
  const load = () => api.unmatchedItems().then(setItems, (e) => setError(api.errorText(e)));
  useEffect(() => {
    load();
  }, []);
  const link = (e: React.FormEvent) => {
    e.preventDefault();
    api.linkItem(editing, form.sku, form.name, form.location).then(
      () => {
        setNote(`${editing} → ${form.sku} 연결했습니다.`);
        setLinked((l) => [editing, ...l.filter((k) => k !== editing)]);
        setEditing("");
        setError("");
        load();
      },
      (err) => setError(api.errorText(err)),
    );
  };
  const unlink = (key: string) => {
    api.unlinkItem(key).then(
      () => {
        setNote(`${key} 연결을 풀었습니다.`);
        setLinked((l) => l.filter((k) => k !== key));
        setUnlinkKey("");
        setError("");
        load();
      },
      (err) => setError(api.errorText(err)),
    );
  };
  return (
    <div className="settings-box sku" data-testid="sku-matching">
      <h3>상품 매칭</h3>
      <p className="muted">피킹리스트에 SKU 이름과 선반 위치가 나오도록 마켓 상품을 내 상품코드(SKU)에 연결합니다.</p>
      {error && <Banner tone="error">{error}</Banner>}
      {note && <div className="check ok">✓ {note}</div>}
      {items && items.length === 0 && <p className="check ok">✓ 연결이 필요한 상품이 없습니다</p>}
      {items && items.length > 0 && (
        <table className="results">
          <tbody>
            {items.slice(0, 100).map((it) => (
              <tr key={it.key}>
                <td>{unmatchedLine(it)}</td>
                <td className="muted">{it.reasons.join(" · ")}</td>
                <td>
                  {editing === it.key ? (
                    <form className="resolve" onSubmit={link}>
                      <input aria-label="SKU" placeholder="SKU (필수)" value={form.sku} onChange={(e) => setForm({ ...form, sku: e.target.value })} />
                      <input aria-label="SKU 이름" placeholder="이름" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
                      <input aria-label="선반 위치" placeholder="선반 위치" value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />
                      <button type="submit">연결</button>
                      <button type="button" className="link" onClick={() => setEditing("")}>
                        취소
                      </button>
                    </form>
                  ) : (
                    <button
                      onClick={() => {
                        setEditing(it.key);
                        setForm({ sku: it.sellerCode, name: it.name, location: "" });
                      }}
                    >
                      연결…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {items && items.length > 100 && <p className="muted">… 외 {items.length - 100}개</p>}
      {linked.map((k) => (
        <div key={k}>
          <span className="tabular">{k}</span> 연결함{" "}
          <button className="link" onClick={() => unlink(k)}>
            연결 풀기
          </button>
        </div>
      ))}
      <form
        className="resolve"
        onSubmit={(e) => {
          e.preventDefault();
          unlink(unlinkKey.trim());
        }}
      >
        <input aria-label="연결 풀 상품" placeholder="잘못 연결한 상품 키" value={unlinkKey} onChange={(e) => setUnlinkKey(e.target.value)} />
        <button type="submit" disabled={!unlinkKey.trim()}>
          연결 풀기
        </button>
      </form>
    </div>
  );
}
