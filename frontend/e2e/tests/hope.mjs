// 희망일배송 on the demo: the simulated Naver sells goods for a day the buyer picks; the board shows
// the day under the 발송기한 and the drawer the day, hour, region and its fee.
export function register(e2e) {
  const { assert } = e2e;

  // search types words into the board's search and waits until every row shown has them (the
  // hope goods are one-line orders, so the row shows the name searched for).
  async function search(page, words) {
    await page.getByLabel("검색").fill(words);
    await page.waitForFunction((w) => {
      const rows = [...document.querySelectorAll(".table .row[data-key]")];
      return rows.length > 0 && rows.every((r) => (r.textContent || "").includes(w));
    }, words, { timeout: 60000 });
  }

  e2e.test("demo", "hope: the board shows a hope-delivery box's day beside its 발송기한, the drawer the hour and region", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await search(page, "케이크");
    const hope = page.locator(".table .row[data-key^='naver/'] [data-testid=hope]").first();
    await hope.waitFor({ timeout: 60000 });
    const mark = (await hope.innerText()).trim();
    assert(/^희망 \d{1,2}\/\d{1,2}\([일월화수목금토]\) 15:00$/.test(mark), `the board's hope mark: ${mark}`);
    const row = page.locator(".table .row[data-key^='naver/']", { has: page.getByTestId("hope") }).first();
    assert((await row.getByTestId("due").count()) === 1, "the 발송기한 stays beside it");
    // a box that is not a hope delivery has no mark
    await page.getByLabel("검색").fill("캐슈넛");
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll(".table .row[data-key]")];
      return rows.length > 0 && !rows.some((r) => (r.textContent || "").includes("케이크"));
    }, null, { timeout: 60000 });
    assert((await page.locator(".table .row[data-key] [data-testid=hope]").count()) === 0, "no hope mark on other goods");

    await search(page, "케이크");
    await hope.waitFor({ timeout: 30000 });
    await hope.click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    const facts = drawer.getByTestId("drawer-hope");
    await facts.waitFor({ timeout: 30000 });
    const text = (await facts.innerText()).trim();
    assert(/^\d{4}-\d{2}-\d{2}\([일월화수목금토]\) 15:00 · 지역 서울 전지역 \(추가 배송비 3,000원\)/.test(text), `the drawer's hope line: ${text}`);
    await page.screenshot({ path: `${e2e.shotDir}/browser-hope.png` });
    await page.close();
  });

  e2e.test("demo", "hope: 배송 희망일 변경 from the drawer reaches the simulated Naver with a new region; the drawer shows the new day and region", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await search(page, "꽃다발");
    const hope = page.locator(".table .row[data-key^='naver/'] [data-testid=hope]").first();
    await hope.waitFor({ timeout: 60000 });
    await hope.click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    const form = drawer.getByTestId("hope-form");
    await form.waitFor({ timeout: 30000 });
    const day = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Seoul" }).format(new Date(Date.now() + 9 * 24 * 3600 * 1000));
    await form.getByLabel("새 배송 희망일").fill(day);
    await form.getByLabel("희망 지역").fill("경기 성남시");
    await form.getByLabel("변경 사유").fill("구매자와 통화해 날짜 변경");
    await form.getByRole("button", { name: "배송 희망일 변경" }).click();
    await drawer.getByTestId("hope-result").getByText(/^1건 배송 희망일 변경했습니다/).waitFor({ timeout: 30000 });
    const facts = drawer.getByTestId("drawer-hope");
    await facts.getByText(new RegExp(`^${day}\\(.\\) · 지역 경기 성남시 · 변경: 판매자 API, 구매자와 통화해 날짜 변경`)).waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`the drawer's hope line after the change: ${await facts.innerText()}: ${e}`); });
    await page.close();
  });
}
