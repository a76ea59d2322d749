// Coupang's 교환상품 송장 업로드 from the 클레임 screen, against the demo's simulated Coupang: the demo
// starts with an exchange whose goods were confirmed back (입고 확인) and whose re-delivery box
// Coupang made; the screen offers 교환 재배송 with the same courier-and-number form as Naver's, sends
// it once, and the exchange then says its goods are on their way with the number, in the row and in
// the box's drawer.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "coupang exchange: 교환 재배송 sends the exchange invoice of a confirmed Coupang exchange", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const table = await e2e.claimsScreen(page, "쿠팡");
    const ready = table.locator('tr[data-testid=claim-row]:not([data-boxes="2"])', { has: page.locator("button[data-action=exchange-redeliver]") }).first();
    await ready.waitFor({ timeout: 30000 });
    const key = await ready.getAttribute("data-key");
    assert(key && key.startsWith("coupang/"), `a Coupang exchange, got ${key}`);
    const row = table.locator(`tr[data-testid=claim-row][data-key="${key}"]`);
    const text = await row.innerText();
    assert(text.includes("입고 확인됨") && text.includes("교환 송장"), `the row says the goods are back and the invoice is next: ${text}`);
    assert((await row.locator("button[data-action]").count()) === 1, `only 교환 재배송 is offered: ${text}`);

    await row.locator("button[data-action=exchange-redeliver]").click();
    const form = row.getByTestId("claim-form");
    const couriers = await form.getByLabel("택배사").locator("option").allInnerTexts();
    assert(couriers.includes("CJ대한통운") && !couriers.includes("CU편의점택배"), `Coupang's couriers only: ${couriers.join(", ")}`);
    await form.getByLabel("택배사").selectOption("CJ대한통운");
    const number = "640012340555";
    await form.getByLabel("운송장번호").fill(number);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${e2e.shotDir}/browser-coupang-exchange.png` });
    await form.getByRole("button", { name: "교환 재배송 보내기" }).click();
    const result = page.getByTestId("claim-result");
    await result.getByText(/^1건 교환 재배송했습니다/).waitFor({ timeout: 30000 });
    assert((await result.locator(`tr.result.ok[data-key="${key}"]`).count()) === 1, `done: ${await result.innerText()}`);
    await row.getByText(`재배송했습니다(운송장 ${number})`).waitFor({ timeout: 30000 });
    assert((await row.locator("button[data-action]").count()) === 0, "sent once: no answer is offered again");

    // the box's drawer keeps the re-delivery's number with the exchange
    const drawer = await e2e.boxDrawer(page, key);
    await drawer.getByText(`재배송 운송장 ${number}`).waitFor({ timeout: 30000 });
    await page.close();
  });
}
