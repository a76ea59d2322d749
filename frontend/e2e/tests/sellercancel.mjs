// 판매 취소 (품절) from the drawer on the demo: a Coupang box in 상품준비중 is cancelled on the simulated
// Coupang (주문 상품 취소 처리) after the seller confirmed Go's warning about the seller score; a
// missing reason is refused in Korean before anything is sent; the drawer then shows the box
// cancelled, no longer offers the form, and its history names the write.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "sellercancel: 판매 취소 (품절) from the drawer cancels a Coupang box after the seller-score warning", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const key = await e2e.acknowledgedCoupangBox(page);
    await page.locator(`.table .row[data-key="${key}"]`).locator("span:nth-child(5)").click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    const form = drawer.getByTestId("seller-cancel-form");
    await form.waitFor({ timeout: 30000 });

    // no reason: the confirmation shows Go's warning, then Go refuses it in Korean
    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    const confirm = form.getByTestId("seller-cancel-confirm");
    await confirm.waitFor();
    const warning = await confirm.innerText();
    assert(/판매자 점수/.test(warning) && /쿠팡/.test(warning), `the warning before sending: ${warning}`);
    await confirm.getByRole("button", { name: "확인하고 판매 취소" }).click();
    await form.getByText(/판매 취소 사유를 적어 주세요/).waitFor({ timeout: 30000 });

    // 그만두기 sends nothing
    await form.getByLabel("판매 취소 사유").fill("재고 소진으로 품절");
    await form.getByLabel("쿠팡 WING 로그인 ID").fill("demo-wing");
    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    await confirm.getByRole("button", { name: "그만두기" }).click();
    assert((await form.getByTestId("seller-cancel-confirm").count()) === 0, "그만두기 closes the confirmation");

    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    await confirm.getByRole("button", { name: "확인하고 판매 취소" }).click();
    // the box is cancelled: the drawer shows 취소, the form is gone, the history names the write
    await drawer.getByText("판매 취소: 재고 소진으로 품절").first().waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`the drawer after 판매 취소: ${await drawer.innerText()}: ${e}`); });
    await page.waitForFunction(() => {
      const d = document.querySelector("[role=dialog]");
      return !!d && /취소 \((INSTRUCT|ACCEPT)\)/.test(d.innerText) && !d.querySelector("[data-testid=seller-cancel-form]");
    }, null, { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the drawer shows the box cancelled, without the form: ${(await drawer.innerText()).slice(0, 600)}: ${e}`); });
    await page.screenshot({ path: `${e2e.shotDir}/browser-seller-cancel.png` });
    await page.close();
  });
}
