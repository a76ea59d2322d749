// The 클레임 screen against the demo's simulated marketplaces: a Coupang 출고중지 요청 answered with
// 출고중지완료 leaves the list, and after the next sync its box is no longer held.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "claims: 출고중지완료 of a Coupang stop request; after the sync the hold is gone", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const table = await e2e.claimsScreen(page);
    // the sidebar's badge counts the open claims the screen lists
    const listed = await table.locator("tr[data-testid=claim-row]").count();
    const badge = Number(await page.getByTestId("claims-badge").innerText());
    assert(listed > 0 && badge > 0 && Math.abs(badge - listed) <= 3, `the 클레임 badge (${badge}) counts the listed claims (${listed})`);
    await page.getByRole("group", { name: "마켓" }).getByRole("button", { name: "쿠팡" }).click();
    // The demo starts with stop requests on boxes in 상품준비중.
    const row = table.locator("tr[data-testid=claim-row]", { has: page.locator("button[data-action=stop]") }).first();
    await row.waitFor({ timeout: 30000 });
    const key = await row.getAttribute("data-key");
    assert(key && key.startsWith("coupang/"), `a Coupang stop request, got ${key}`);
    const text = await row.innerText();
    assert(text.includes("출고중지 요청") && text.includes("이미출고"), `the row offers both answers: ${text}`);
    assert(text.includes("왕복 반품배송비"), `the row says what ignoring it costs: ${text}`);
    await row.locator("button[data-action=stop]").click();
    const result = page.getByTestId("claim-result");
    await result.getByText(/^1건 출고중지완료했습니다/).waitFor({ timeout: 30000 });
    assert((await result.locator(`tr.result.ok[data-key="${key}"]`).count()) === 1, `done: ${await result.innerText()}`);
    await page.waitForFunction((k) => !document.querySelector(`tr[data-testid=claim-row][data-key="${k}"]`), key, { timeout: 30000 });

    // the next sync: the box is Coupang's cancelled box, with no hold
    await page.locator("nav").getByRole("button", { name: "동기화" }).click();
    await page.getByRole("button", { name: "지금 동기화" }).last().click();
    await page.locator("nav").getByRole("button", { name: "주문" }).click();
    await page.getByLabel("상태").selectOption("");
    await page.getByLabel("검색").fill(key.split("/")[1]);
    const boardRow = page.locator(`.table .row[data-key="${key}"]`);
    await boardRow.waitFor({ timeout: 30000 });
    await page.waitForFunction((k) => {
      const r = document.querySelector(`.table .row[data-key="${k}"]`);
      return r && !r.querySelector(".check.block");
    }, key, { timeout: 30000 });
    await boardRow.locator("span:nth-child(5)").click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    await drawer.getByText("취소").first().waitFor({ timeout: 30000 });
    assert((await drawer.getByText("⛔ 발송 보류").count()) === 0, "the drawer shows no hold");
    await page.screenshot({ path: `${e2e.shotDir}/browser-claims.png` });
    await page.close();
  });

  e2e.test("demo", "claims: 발송지연 from the drawer of a Naver box moves its deadline", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await page.getByRole("group", { name: "마켓" }).getByRole("button", { name: "네이버" }).click();
    await page.getByLabel("상태").selectOption("PAID");
    // a Naver 신규주문 nothing holds back, once the table shows the filter's rows only
    const key = await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll(".table .row[data-key]")];
      if (rows.length === 0 || !rows.every((x) => x.getAttribute("data-key").startsWith("naver/") && x.querySelector("span[title^='PAYED']"))) return "";
      // not a digital order: it has no receiver (an empty cell) and the digital run dispatches it meanwhile
      const r = rows.find((x) => !x.querySelector(".check.block") && !x.querySelector("[data-testid=digital-badge]"));
      return r ? r.getAttribute("data-key") : "";
    }, null, { timeout: 60000 }).then((h) => h.jsonValue());
    await page.locator(`.table .row[data-key="${key}"] span[title^='PAYED']`).click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    const form = drawer.getByTestId("delay-form");
    await form.waitFor({ timeout: 30000 });
    const until = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Seoul" }).format(new Date(Date.now() + 9 * 24 * 3600 * 1000));
    await form.getByLabel("새 발송기한").fill(until);
    await form.getByLabel("상세 사유").fill("재고 입고 대기");
    await form.getByRole("button", { name: "발송지연 보내기" }).click();
    const result = drawer.getByTestId("delay-result");
    await result.getByText(/^1건 발송지연했습니다/).waitFor({ timeout: 30000 });
    await drawer.getByText(new RegExp(`발송지연: ${until}까지`)).waitFor({ timeout: 30000 });
    await page.close();
  });
}
