// The Coupang WING login id kept in 설정 (on the demo, whose simulated Coupang takes only the demo
// seller's id, "demo-wing", which the demo door saves): the field shows the saved id with its hint;
// another id saved is kept by a save of other fields and by a form that does not send it; the
// drawer's 판매 취소 form shows the saved id and Coupang refuses it when it is wrong; saved right
// in 설정, the drawer shows it and the 판매 취소 goes through without typing it. 지우기 beside the field
// clears it alone: gone after a reload, and the drawer's form is then empty with its hint.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "wingid: the WING login id saved in 설정 fills the drawer's 판매 취소 form and the cancel goes through", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const openSettings = async () => {
      await page.getByRole("button", { name: "설정" }).click();
      const box = page.getByRole("group", { name: "쿠팡 WING Open API" });
      await page.waitForFunction(() => !!document.querySelector("input[placeholder='A00012345']")?.value);
      return box.getByLabel("쿠팡 WING 로그인 ID");
    };
    const saveSettings = async () => {
      await page.getByRole("button", { name: "저장", exact: true }).click();
      await page.getByText("저장했습니다.").waitFor();
    };

    // 설정: the demo's saved id, with what it is for
    let field = await openSettings();
    assert((await field.inputValue()) === "demo-wing", `the demo saved its WING id: ${await field.inputValue()}`);
    assert(await page.getByText("판매 취소(품절) 처리에 쓰입니다.").isVisible(), "the field says what it is for");

    // another id saved; then a save of another field, a reload, and a form without the field keep it
    await field.fill("someone-else");
    await saveSettings();
    await page.reload();
    field = await openSettings();
    assert((await field.inputValue()) === "someone-else", `saved: ${await field.inputValue()}`);
    await page.getByLabel("주기 (분)").fill("2");
    await saveSettings();
    const kept = await page.evaluate(async () => {
      const v = await window.go.app.Setup.SaveSettings({ naverClientId: "", naverClientSecret: "", naverBaseUrl: "", coupangVendorId: "",
        coupangAccessKey: "", coupangSecretKey: "", coupangBaseUrl: "", syncIntervalMinutes: 1 });
      return v.coupangWingUserId;
    });
    assert(kept === "someone-else", `a save without the field keeps the id: ${kept}`);
    await page.reload();
    field = await openSettings();
    assert((await field.inputValue()) === "someone-else", `kept after other saves: ${await field.inputValue()}`);

    // the drawer shows the saved id; the simulated Coupang refuses it (it is not the seller's)
    await page.getByRole("button", { name: "주문", exact: true }).click();
    const key = await e2e.acknowledgedCoupangBox(page);
    const openDrawer = async () => {
      await page.getByLabel("검색").fill(key.split("/")[1]); // the only row: no virtual scrolling under the click
      await page.locator(`.table .row[data-key="${key}"]`).locator("span:nth-child(5)").click();
      const drawer = page.getByRole("dialog", { name: "주문 상세" });
      const form = drawer.getByTestId("seller-cancel-form");
      await form.waitFor({ timeout: 30000 });
      return { drawer, form };
    };
    let { drawer, form } = await openDrawer();
    const wing = form.getByLabel("쿠팡 WING 로그인 ID");
    await page.waitForFunction(() => document.querySelector("[data-testid=seller-cancel-form] input[aria-label='쿠팡 WING 로그인 ID']")?.value === "someone-else", null, { timeout: 10000 })
      .catch(async (e) => { throw new Error(`the drawer shows the saved id: ${await wing.inputValue()}: ${e}`); });
    assert((await form.getByTestId("wing-id-hint").count()) === 0, "no hint to save it when one is saved");
    await form.getByLabel("판매 취소 사유").fill("재고 소진으로 품절");
    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    await form.getByTestId("seller-cancel-confirm").getByRole("button", { name: "확인하고 판매 취소" }).click();
    const refused = form.getByTestId("seller-cancel-result");
    await refused.waitFor({ timeout: 30000 });
    const said = await refused.innerText();
    assert(/1건은 처리하지 못했습니다/.test(said), `the wrong saved id was sent and refused: ${said}`);
    await drawer.getByRole("button", { name: "닫기" }).click();
    await drawer.waitFor({ state: "hidden" });

    // saved right in 설정: the drawer shows it and the cancel goes through without typing it
    field = await openSettings();
    await field.fill("demo-wing");
    await saveSettings();
    await page.getByRole("button", { name: "주문", exact: true }).click();
    ({ drawer, form } = await openDrawer());
    await page.waitForFunction(() => document.querySelector("[data-testid=seller-cancel-form] input[aria-label='쿠팡 WING 로그인 ID']")?.value === "demo-wing", null, { timeout: 10000 })
      .catch(async (e) => { throw new Error(`the drawer shows the id saved again: ${await form.innerText()}: ${e}`); });
    await form.getByLabel("판매 취소 사유").fill("재고 소진으로 품절");
    await form.getByRole("button", { name: "판매 취소", exact: true }).click();
    await form.getByTestId("seller-cancel-confirm").getByRole("button", { name: "확인하고 판매 취소" }).click();
    await page.waitForFunction(() => {
      const d = document.querySelector("[role=dialog]");
      return !!d && /취소 \((INSTRUCT|ACCEPT)\)/.test(d.innerText) && !d.querySelector("[data-testid=seller-cancel-form]");
    }, null, { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the box is cancelled with the saved id: ${(await drawer.innerText()).slice(0, 600)}: ${e}`); });
    await drawer.getByText("판매 취소: 재고 소진으로 품절").first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${e2e.shotDir}/browser-wing-id.png` });

    // 지우기 clears the saved id alone: gone after a reload, the keys stay, and the drawer's form is
    // empty with its hint
    field = await openSettings();
    await page.getByTestId("wing-id-clear").click();
    await page.getByText("쿠팡 WING 로그인 ID를 지웠습니다.").waitFor();
    assert((await field.inputValue()) === "", `cleared in the form: ${await field.inputValue()}`);
    assert((await page.getByTestId("wing-id-clear").count()) === 0, "nothing left to clear");
    await page.reload();
    field = await openSettings(); // waits for the 업체코드: the Coupang keys stay
    assert((await field.inputValue()) === "", `gone after a reload: ${await field.inputValue()}`);
    const after = await page.evaluate(async () => window.go.app.Setup.GetSettings());
    assert(after.coupangWingUserId === "" && !!after.coupangAccessHint && !!after.coupangSecretHint, `only the id is cleared: ${JSON.stringify(after)}`);
    await page.getByRole("button", { name: "주문", exact: true }).click();
    await page.getByLabel("검색").fill("");
    const other = await e2e.acknowledgedCoupangBox(page);
    await page.getByLabel("검색").fill(other.split("/")[1]);
    await page.locator(`.table .row[data-key="${other}"]`).locator("span:nth-child(5)").click();
    form = page.getByRole("dialog", { name: "주문 상세" }).getByTestId("seller-cancel-form");
    await form.getByTestId("wing-id-hint").waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`the drawer's form hints to save the id: ${await form.innerText()}: ${e}`); });
    assert((await form.getByLabel("쿠팡 WING 로그인 ID").inputValue()) === "", "the drawer's form is empty");

    // saved again for the tests after this one
    field = await openSettings();
    await field.fill("demo-wing");
    await saveSettings();
    await page.close();
  });
}
