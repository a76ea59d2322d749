import { useEffect, useState } from "react";
import * as api from "../api";
import { Banner } from "../components/Banner";

/** 설정: the name pairs the seller taught, with a button to forget each. */
export function LearnedNames() {
  const [list, setList] = useState<api.LearnedNameView[] | null>(null);
  const [error, setError] = useState("");
  useEffect(() => {
    api.learnedNames().then(setList, (e) => setError(api.errorText(e)));
  }, []);
  const forget = (id: string) =>
    api.forgetNames(id).then(
      (l) => {
        setList(l);
        setError("");
      },
      (e) => setError(api.errorText(e)),
    );
  return (
    <fieldset data-testid="learned-names">
      <legend>기억한 상품명 조합</legend>
      <p className="muted">상세 화면에서 '같은 상품' 또는 '다른 상품'으로 표시한 조합입니다. 지우면 다음 검수부터 다시 비교합니다.</p>
      {list && list.length === 0 && <p className="muted">기억한 조합이 없습니다.</p>}
      {list && list.length > 0 && (
        <table className="learned">
          <thead>
            <tr>
              <th>등록 상품명</th>
              <th>노출 상품명</th>
              <th>판단</th>
              <th>기억한 때</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.id} data-testid={`learned-${p.id}`}>
                <td>{p.registered}</td>
                <td>
                  {p.exposed}
                  {p.bundle > 1 && <span className="muted"> · 묶음 {p.bundle}</span>}
                </td>
                <td className={p.same ? "check ok" : "check block"}>{p.verdict}</td>
                <td className="tabular">{p.at}</td>
                <td>
                  <button type="button" onClick={() => forget(p.id)}>
                    지우기
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && <Banner tone="error">{error}</Banner>}
    </fieldset>
  );
}
