import { useState } from "react";
import * as api from "../../api";
import { Banner } from "../../components/Banner";
import { bytesToBase64 } from "../../ship";
import { state } from "../../state";

/** A list typed as text, split on commas when it changes (the typing itself is kept as typed). */
function ListInput(props: { label: string; value: string[] | undefined; placeholder: string; onChange: (v: string[]) => void }) {
  const [raw, setRaw] = useState((props.value ?? []).join(", "));
  return (
    <label>
      {props.label}
      <input
        aria-label={props.label}
        value={raw}
        placeholder={props.placeholder}
        onChange={(e) => {
          setRaw(e.target.value);
          props.onChange(e.target.value.split(",").map((s) => s.trim()).filter(Boolean));
        }}
      />
    </label>
  );
}

// 디지털 상품: which orders are digital (product number, seller code, options), how they are
// delivered (one link, or licence codes from a pool), and the mail each buyer gets.
export function DigitalProducts(props: { view: api.DigitalSettingsView; products: api.ProductForm[]; onChange: (p: api.ProductForm[]) => void }) {
  const { view, products } = props;
  const tplOf = (kind: string) => ({ subject: view.templates[kind]?.subject ?? "", body: view.templates[kind]?.body ?? "" });
  const put = (i: number, patch: Partial<api.ProductForm>) => props.onChange(products.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const add = () => {
    const kind = "link";
    props.onChange([...products, { id: `product-${products.length + 1}`, name: "", kind, link: "", lowStock: 0, match: {}, template: tplOf(kind) }]);
  };
  const placeholders = view.placeholders.map((p) => `{{${p.name}}} ${p.label}`).join(" · ");
  return (
    <fieldset data-testid="digital-products">
      <legend>디지털 상품</legend>
      <p className="muted">메일에 쓸 수 있는 값: {placeholders}</p>
      {products.map((p, i) => {
        const stock = view.stocks.find((s) => s.product === p.id);
        return (
          <fieldset key={`${i}/${products.length}`} className="plain digital-product" data-testid="digital-product">
            <label>
              상품 ID
              <input aria-label="상품 ID" value={p.id} onChange={(e) => put(i, { id: e.target.value })} />
            </label>
            <label>
              이름
              <input aria-label="상품 이름" value={p.name} onChange={(e) => put(i, { name: e.target.value })} />
            </label>
            <ListInput label="네이버 상품번호" value={p.match.productIds} placeholder="쉼표로 여러 개" onChange={(v) => put(i, { match: { ...p.match, productIds: v } })} />
            <ListInput label="판매자 상품코드" value={p.match.sellerCodes} placeholder="쉼표로 여러 개" onChange={(v) => put(i, { match: { ...p.match, sellerCodes: v } })} />
            <ListInput label="옵션만" value={p.match.options} placeholder="비우면 모든 옵션" onChange={(v) => put(i, { match: { ...p.match, options: v } })} />
            <label>
              보내는 방식
              <select
                aria-label="보내는 방식"
                value={p.kind}
                onChange={(e) => {
                  const was = view.templates[p.kind];
                  const keep = was && p.template.subject === was.subject && p.template.body === was.body;
                  put(i, { kind: e.target.value, template: keep ? tplOf(e.target.value) : p.template });
                }}
              >
                {view.kinds.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              다운로드 링크
              <input aria-label="다운로드 링크" value={p.link ?? ""} placeholder="https://" onChange={(e) => put(i, { link: e.target.value })} />
            </label>
            <label>
              메일 제목
              <input aria-label="메일 제목" value={p.template.subject} onChange={(e) => put(i, { template: { ...p.template, subject: e.target.value } })} />
            </label>
            <label>
              메일 본문
              <textarea aria-label="메일 본문" rows={6} value={p.template.body} onChange={(e) => put(i, { template: { ...p.template, body: e.target.value } })} />
            </label>
            {p.kind === "codes" && (
              <>
                <label>
                  재고 경고
                  <input aria-label="재고 경고 수량" type="number" min={0} value={p.lowStock ?? 0} onChange={(e) => put(i, { lowStock: Number(e.target.value) })} />
                </label>
                <CodeImport product={p.id} stock={stock} />
              </>
            )}
            <button type="button" className="link danger" onClick={() => props.onChange(products.filter((_, j) => j !== i))}>
              이 상품 빼기
            </button>
          </fieldset>
        );
      })}
      <button type="button" onClick={add}>
        디지털 상품 추가
      </button>
    </fieldset>
  );
}

// 라이선스 코드: a file (CSV, TSV, XLSX) into the product's pool; each code goes to one buyer only.
function CodeImport(props: { product: string; stock: api.CodeStockView | undefined }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const s = props.stock;
  const upload = () => {
    if (!file) return;
    setBusy(true);
    setMsg(null);
    file
      .arrayBuffer()
      .then((buf) => api.importCodes(props.product, file.name, bytesToBase64(new Uint8Array(buf))))
      .then(
        (r) => {
          setBusy(false);
          setMsg({ ok: true, text: r.message });
          state.invalidate(["digital"]);
        },
        (e) => {
          setBusy(false);
          setMsg({ ok: false, text: api.errorText(e) });
        },
      );
  };
  return (
    <div className="code-import" data-testid="code-import">
      <span className={s?.low ? "stock low" : "stock"} data-testid="code-stock">
        {s ? `남은 코드 ${s.available}개 · 보낸 코드 ${s.used}개${s.low ? ` (경고: ${s.level}개 미만)` : ""}` : "저장한 뒤 코드를 올릴 수 있습니다."}
      </span>
      <input aria-label="코드 파일" type="file" accept=".csv,.tsv,.txt,.xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <button type="button" disabled={!file || busy || !s} onClick={upload}>
        코드 올리기
      </button>
      {msg && <Banner tone={msg.ok ? "ok" : "error"}>{msg.text}</Banner>}
    </div>
  );
}
