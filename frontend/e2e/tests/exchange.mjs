// The 클레임 screen and Coupang exchanges, against the demo's simulated marketplaces: the demo starts
// with a buyer's exchange request on a delivered Coupang box (exchangeRequests); the screen lists
// it with its state in Korean and what Coupang expects.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "exchange: a Coupang exchange request is listed on the 클레임 screen with its state", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await page.locator("nav").getByRole("button", { name: "클레임" }).click();
    const table = page.getByTestId("claims-table");
    await table.waitFor({ timeout: 30000 });
    await page.getByRole("group", { name: "마켓" }).getByRole("button", { name: "쿠팡" }).click();
    const row = table.locator("tr[data-testid=claim-row]", { hasText: "교환 접수" }).first();
    await row.waitFor({ timeout: 30000 });
    const key = await row.getAttribute("data-key");
    assert(key && key.startsWith("coupang/"), `a Coupang exchange, got ${key}`);
    const text = await row.innerText();
    assert(text.includes("교환") && text.includes("배송완료"), `an exchange of a delivered box: ${text}`);
    assert(text.includes("입고 확인"), `the row says what Coupang expects: ${text}`);
    assert(text.includes("쿠팡 WING"), `and where to answer it: ${text}`);
    await page.screenshot({ path: `${e2e.shotDir}/browser-exchange.png` });
    await page.close();
  });
}
