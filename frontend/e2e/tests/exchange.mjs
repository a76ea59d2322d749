// The 클레임 screen and exchanges, against the demo's simulated marketplaces: the demo starts with
// buyers' exchange requests on delivered Coupang boxes (exchangeRequests); the screen lists them
// with their state in Korean and what Coupang expects, and answers them: 교환 입고 확인 (the
// exchange goes on, its state shows the goods confirmed) and 교환 거부 with a documented reason
// (the exchange ends and leaves the list). A Naver exchange is held back, released, collected and
// re-delivered with a courier and a number.
export function register(e2e) {
  const { assert } = e2e;

  e2e.test("demo", "exchange: Coupang exchanges are listed on the 클레임 screen; 교환 입고 확인 and 교환 거부 answer them", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const table = await e2e.claimsScreen(page, "쿠팡");
    const exchanges = table.locator("tr[data-testid=claim-row]", { has: page.locator("button[data-action=exchange-received]") });
    await exchanges.first().waitFor({ timeout: 30000 });
    assert((await exchanges.count()) >= 2, `the demo starts with two Coupang exchanges, got ${await exchanges.count()}`);
    const row = exchanges.first();
    const key = await row.getAttribute("data-key");
    assert(key && key.startsWith("coupang/"), `a Coupang exchange, got ${key}`);
    const text = await row.innerText();
    assert(text.includes("교환 접수") && text.includes("배송완료"), `an exchange of a delivered box, its state in Korean: ${text}`);
    assert(text.includes("입고 확인") && text.includes("교환 거부"), `the row says what Coupang expects and offers both answers: ${text}`);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${e2e.shotDir}/browser-exchange.png` });

    // 교환 입고 확인: done; the exchange goes on with its goods confirmed, no longer rejectable
    await row.locator("button[data-action=exchange-received]").click();
    const result = page.getByTestId("claim-result");
    await result.getByText(/^1건 교환 입고 확인했습니다/).waitFor({ timeout: 30000 });
    assert((await result.locator(`tr.result.ok[data-key="${key}"]`).count()) === 1, `done: ${await result.innerText()}`);
    const confirmed = table.locator(`tr[data-testid=claim-row][data-key="${key}"]`);
    await confirmed.getByText("입고 확인됨").waitFor({ timeout: 30000 });
    assert((await confirmed.locator("button[data-action]").count()) === 0, "a confirmed exchange takes no more answers here");
    assert((await confirmed.innerText()).includes("교환 송장"), "the row says the exchange invoice is next");

    // 교환 거부 with the buyer's withdrawal as the reason: the exchange ends and leaves the list
    const other = table.locator("tr[data-testid=claim-row]", { has: page.locator("button[data-action=exchange-reject]") }).first();
    const otherKey = await other.getAttribute("data-key");
    await other.locator("button[data-action=exchange-reject]").click();
    const form = other.getByTestId("claim-form");
    await form.getByLabel("거부 사유").selectOption("WITHDRAW");
    await form.getByRole("button", { name: "교환 거부 보내기" }).click();
    await result.getByText(/^1건 교환 거부했습니다/).waitFor({ timeout: 30000 });
    assert((await result.locator(`tr.result.ok[data-key="${otherKey}"]`).count()) === 1, `rejected: ${await result.innerText()}`);
    await page.waitForFunction((k) => !document.querySelector(`tr[data-testid=claim-row][data-key="${k}"]`), otherKey, { timeout: 30000 });
    await page.close();
  });

  e2e.test("demo", "exchange: a Naver exchange is held back, released, collected and re-delivered from the 클레임 screen", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const table = await e2e.claimsScreen(page, "네이버");
    // the demo starts with a Naver exchange of a delivered order
    const first = table.locator("tr[data-testid=claim-row]", { has: page.locator("button[data-action=exchange-collect]") }).first();
    await first.waitFor({ timeout: 30000 });
    const key = await first.getAttribute("data-key");
    assert(key && key.startsWith("naver/"), `a Naver exchange, got ${key}`);
    const row = table.locator(`tr[data-testid=claim-row][data-key="${key}"]`);
    assert((await row.innerText()).includes("교환 수거 완료"), `the row says what to do: ${await row.innerText()}`);
    const result = page.getByTestId("claim-result");
    const answer = async (action, fill, done) => {
      await row.locator(`button[data-action=${action}]`).click();
      if (fill) {
        const form = row.getByTestId("claim-form");
        await fill(form);
      }
      await result.getByText(done).waitFor({ timeout: 30000 });
      assert((await result.locator(`tr.result.ok[data-key="${key}"]`).count()) === 1, `${action}: ${await result.innerText()}`);
    };
    await answer(
      "exchange-hold",
      async (form) => {
        await form.getByLabel("보류 유형").selectOption("EXCHANGE_DELIVERYFEE");
        await form.getByLabel("사유").fill("교환 배송비 입금 확인");
        await form.getByRole("button", { name: "교환 보류 보내기" }).click();
      },
      /^1건 교환 보류했습니다/,
    );
    await row.getByText("보류 중").waitFor({ timeout: 30000 });
    await answer("exchange-release", null, /^1건 교환 보류 해제했습니다/);
    await answer("exchange-collect", null, /^1건 교환 수거 완료했습니다/);
    await answer(
      "exchange-redeliver",
      async (form) => {
        await form.getByLabel("운송장번호").fill("699912340001");
        await form.getByRole("button", { name: "교환 재배송 보내기" }).click();
      },
      /^1건 교환 재배송했습니다/,
    );
    await row.getByText(/재배송하는 중/).waitFor({ timeout: 30000 });
    assert((await row.locator("button[data-action]").count()) === 0, "an exchange on its way back takes no more answers");
    await page.close();
  });
}
