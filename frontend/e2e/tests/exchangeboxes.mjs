// Coupang's 교환상품 송장 업로드 for an exchange Coupang re-delivers in two boxes, from the 클레임
// screen against the demo's simulated Coupang: the row says there are two re-delivery boxes, the
// form has one row per box (courier and number), both numbers go in one upload, and the row and the
// box's drawer then show both invoices.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "exchange boxes: 교환 재배송 of a Coupang exchange with two re-delivery boxes takes one number per box", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const table = await e2e.claimsScreen(page, "쿠팡");
    const ready = table.locator('tr[data-testid=claim-row][data-boxes="2"]', { has: page.locator("button[data-action=exchange-redeliver]") }).first();
    await ready.waitFor({ timeout: 30000 });
    const key = await ready.getAttribute("data-key");
    assert(key && key.startsWith("coupang/"), `a Coupang exchange, got ${key}`);
    const row = table.locator(`tr[data-testid=claim-row][data-key="${key}"]`);
    const text = await row.innerText();
    assert(text.includes("재배송 박스를 2개") && !text.includes("WING에서"), `the row says there are two boxes, answered here: ${text}`);

    await row.locator("button[data-action=exchange-redeliver]").click();
    const form = row.getByTestId("claim-form");
    const boxes = form.getByTestId("redelivery-boxes").locator("[data-box]");
    assert((await boxes.count()) === 2, `one row per re-delivery box: ${await form.innerText()}`);
    const ids = [await boxes.nth(0).getAttribute("data-box"), await boxes.nth(1).getAttribute("data-box")];
    const numbers = ["640012340566", "640012340577"];
    for (let i = 0; i < 2; i++) {
      const box = form.getByRole("group", { name: `재배송 박스 ${ids[i]}` });
      assert((await box.getByLabel("택배사").inputValue()) === "CJ대한통운", "the courier is prefilled");
      await box.getByLabel("운송장번호").fill(numbers[i]);
    }
    await form.getByRole("group", { name: `재배송 박스 ${ids[1]}` }).getByLabel("택배사").selectOption("우체국택배");
    numbers[1] = "6400123405771";
    await form.getByRole("group", { name: `재배송 박스 ${ids[1]}` }).getByLabel("운송장번호").fill(numbers[1]);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${e2e.shotDir}/browser-exchange-boxes.png` });
    await form.getByRole("button", { name: "교환 재배송 보내기" }).click();
    const result = page.getByTestId("claim-result");
    await result.getByText(/^1건 교환 재배송했습니다/).waitFor({ timeout: 30000 });
    assert((await result.locator(`tr.result.ok[data-key="${key}"]`).count()) === 1, `done: ${await result.innerText()}`);
    await row.getByText(`재배송했습니다(운송장 ${numbers[0]}, ${numbers[1]})`).waitFor({ timeout: 30000 });
    assert((await row.locator("button[data-action]").count()) === 0, "sent once: no answer is offered again");

    // the box's drawer shows both invoices, each with its box
    const drawer = await e2e.boxDrawer(page, key);
    await drawer.getByText(`재배송 운송장 박스 ${ids[0]} ${numbers[0]}, 박스 ${ids[1]} ${numbers[1]}`).waitFor({ timeout: 30000 });
    await page.close();
  });
}
