// A partial 판매 취소 (one good out of stock) from the drawer on the demo: a Coupang box of three goods
// at 상품준비중 (the demo's receiver 윤세아) shows its lines with a count each, all by default; the
// seller lowers them to 1 rice and 0 of the rest (kept when Go refuses a missing reason), confirms
// Go's warning, and the simulated Coupang stops only that unit (주문 상품 취소 처리). The drawer then
// shows the rice line with 1 cancelled and the box still 상품준비중 with its form offering what is
// left; the board's row counts 5 units, not 6; the history names the line and count.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "partialcancel: 판매 취소 of one line of a Coupang box at 상품준비중 leaves the rest to ship", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await page.getByRole("group", { name: "마켓" }).getByRole("button", { name: "쿠팡" }).click();
    await page.getByLabel("상태").selectOption("ACKNOWLEDGED");
    await page.getByLabel("검색").fill("윤세아");
    const unitsOf = (k) => page.evaluate((key) => {
      const row = document.querySelector(`.table .row[data-key="${key}"]`);
      return row ? [...row.querySelectorAll("span.num")].map((s) => s.textContent.trim()) : [];
    }, k);
    const found = await page.waitForFunction(() => {
      if (document.querySelector(".table")?.getAttribute("aria-busy") !== "false") return ""; // the filter's own answer
      const rows = [...document.querySelectorAll(".table .row[data-key]")];
      const row = rows.find((r) => r.getAttribute("data-key").startsWith("coupang/") && r.querySelector("span[title='INSTRUCT']") &&
        !r.querySelector(".check.block") && [...r.querySelectorAll("span.num")].some((s) => s.textContent.trim() === "6"));
      return row ? row.getAttribute("data-key") : "";
    }, null, { timeout: 60000 })
      .catch(async (e) => { throw new Error(`a 윤세아 box of 6 units at INSTRUCT on the board: ${await page.locator(".table").innerText()}: ${e}`); });
    const key = await found.jsonValue();
    await page.locator(`.table .row[data-key="${key}"]`).locator("span:nth-child(5)").click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    const form = drawer.getByTestId("seller-cancel-form");
    await form.waitFor({ timeout: 30000 });

    // Go's lines, all of each by default (the whole box)
    const counts = form.getByTestId("seller-cancel-lines").locator("input[type=number]");
    await counts.first().waitFor();
    const values = async () => Promise.all((await counts.all()).map((c) => c.inputValue()));
    const before = await values();
    assert(JSON.stringify(before) === JSON.stringify(["3", "1", "2"]), `the default counts are all of each line: ${before}`);
    await counts.nth(0).fill("1");
    await counts.nth(1).fill("0");
    await counts.nth(2).fill("0");
    // no reason: Go refuses it, and the counts the seller chose stay (never the whole box by surprise)
    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    await form.getByTestId("seller-cancel-confirm").getByRole("button", { name: "확인하고 판매 취소" }).click();
    await form.getByText(/판매 취소 사유를 적어 주세요/).waitFor({ timeout: 30000 });
    const kept = await values();
    assert(JSON.stringify(kept) === JSON.stringify(["1", "0", "0"]), `the counts stay after a refusal: ${kept}`);
    await form.getByLabel("판매 취소 사유").fill("현미 품절");
    await form.getByLabel("쿠팡 WING 로그인 ID").fill("demo-wing");
    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    await form.getByTestId("seller-cancel-confirm").getByRole("button", { name: "확인하고 판매 취소" }).click();

    const result = form.getByTestId("seller-cancel-result");
    await result.waitFor({ timeout: 30000 });
    const said = await result.innerText();
    assert(/남은 상품은 그대로 보내세요/.test(said), `the result names the part cancelled: ${said}`);

    // the drawer: rice 3 − 취소 1 = 2, still 상품준비중, the form offering what is left
    await page.waitForFunction(() => {
      const d = document.querySelector("[role=dialog]");
      if (!d || !/\(INSTRUCT\)/.test(d.innerText) || /취소 \(INSTRUCT\)/.test(d.innerText)) return false;
      const qty = [...d.querySelectorAll(".line .qty")].map((q) => q.textContent.replace(/\s+/g, " "));
      return qty.some((q) => /3개 − 취소 1 = 2/.test(q)) && !!d.querySelector("[data-testid=seller-cancel-form]");
    }, null, { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the drawer after a partial 판매 취소: ${(await drawer.innerText()).slice(0, 900)}: ${e}`); });
    await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=seller-cancel-lines] input[type=number]")]
      .map((i) => i.value).join(",") === "2,1,2", null, { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the form offers what is left: ${await values()}: ${e}`); });
    await drawer.getByText(/판매 취소\(일부: .*1개\): 현미 품절/).first().waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`the history names the line and count: ${(await drawer.innerText()).slice(0, 900)}: ${e}`); });

    // the board: the row counts 5 units to ship
    await page.waitForFunction((k) => {
      const row = document.querySelector(`.table .row[data-key="${k}"]`);
      return !!row && [...row.querySelectorAll("span.num")].some((s) => s.textContent.trim() === "5");
    }, key, { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the board row after a partial 판매 취소: ${await unitsOf(key)}: ${e}`); });
    await page.screenshot({ path: `${e2e.shotDir}/browser-partial-cancel.png` });
    await page.close();
  });
}
