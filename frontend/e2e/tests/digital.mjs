// 디지털 발송 (issue 17) on the demo: digital orders arrive on the simulated Naver, are mailed to
// the demo's TLS mail catcher and dispatched as 배송없음 with no click; the mails show in the app.
export function register(e2e) {
  const { assert } = e2e;

  // openDigital opens the 디지털 발송 screen on the list of deliveries.
  async function openDigital(page) {
    await page.locator("nav").getByRole("button", { name: "디지털 발송", exact: true }).click();
    await page.getByTestId("digital-page").waitFor();
  }

  // rowsOf reads the delivery list: key, state, marketplace step and the cells' text.
  const rowsOf = (page) =>
    page.getByTestId("digital-row").evaluateAll((els) =>
      els.map((e) => ({ key: e.getAttribute("data-key"), state: e.getAttribute("data-state"), market: e.getAttribute("data-market"), text: e.textContent || "" })));

  e2e.test("demo", "digital: a paid digital order is mailed and dispatched as 배송없음 with no click; the mail is in the demo's mailbox", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await openDigital(page);
    assert((await page.getByTestId("digital-status").innerText()).includes("자동 발송 켜짐"), "the demo switches digital delivery on");
    // The first sync brings the digital orders paid last night; the runner mails them and the
    // pipeline dispatches them as 배송없음 — nobody clicks.
    await page.waitForFunction(() => [...document.querySelectorAll("[data-testid=digital-row]")].some((r) =>
      r.getAttribute("data-state") === "sent" && ["done", "delivered", "decided"].includes(r.getAttribute("data-market") || "")), null, { timeout: 90000 });
    const rows = await rowsOf(page);
    const sent = rows.filter((r) => r.state === "sent" && ["done", "delivered", "decided"].includes(r.market));
    assert(sent.length >= 1, `a delivery mailed and dispatched: ${JSON.stringify(rows)}`);
    const font = rows.find((r) => r.state === "sent" && r.text.includes("폰트"));
    assert(font && /HGFONT-DEMO-\d{4}-\d{4}/.test(font.text), `the font's licence code is shown: ${JSON.stringify(rows)}`);
    assert(rows.some((r) => r.text.includes("@naver.com")), "mailed to the buyer's Naver mailbox");
    // The masked buyer ID waits for the seller with a clear message.
    const held = rows.find((r) => r.state === "held");
    assert(held, `the order with a masked buyer ID waits: ${JSON.stringify(rows)}`);
    await page.locator(`[data-testid=digital-row][data-key="${held.key}"]`).click();
    const detail = page.getByTestId("digital-detail");
    await detail.waitFor();
    assert((await detail.innerText()).length > 20, "the held delivery says why");

    // The demo's mailbox shows the mail the buyer got, with the code in it.
    await page.getByRole("group", { name: "디지털 발송 화면" }).getByRole("button", { name: "데모 메일함" }).click();
    const mails = page.getByTestId("mailbox-mail");
    await mails.first().waitFor({ timeout: 30000 });
    const fontMail = mails.filter({ hasText: "폰트" }).first();
    await fontMail.click();
    const body = await fontMail.innerText();
    assert(/HGFONT-DEMO-\d{4}-\d{4}/.test(body), `the caught mail carries the licence code: ${body}`);
    await page.screenshot({ path: `${e2e.shotDir}/browser-digital-mailbox.png` });

    // The board shows the delivery beside the marketplace's state.
    await page.locator("nav").getByRole("button", { name: "주문", exact: true }).click();
    await page.getByLabel("검색").fill(sent[0].key.split("/")[1]);
    const badge = page.locator(`.table .row[data-key="${sent[0].key}"] [data-testid=digital-badge]`);
    await badge.waitFor({ timeout: 30000 });
    assert((await badge.innerText()).trim().length > 0, "the board's delivery badge has words");
    await page.close();
  });

  e2e.test("demo", "digital: resend is explicit and recorded; 'sent by hand' takes a held order to 배송없음", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await openDigital(page);
    await page.getByTestId("digital-row").first().waitFor({ timeout: 60000 });
    const rows = await rowsOf(page);
    const sent = rows.find((r) => r.state === "sent");
    assert(sent, `a sent delivery: ${JSON.stringify(rows)}`);
    // The mails of one order in the demo's mailbox (the subject names the order; a resend keeps
    // it), polled until there are `want` (the mailbox reloads on the digital events).
    const tab = (name) => page.getByRole("group", { name: "디지털 발송 화면" }).getByRole("button", { name }).click();
    const mailsOf = async (key, want) => {
      await tab("데모 메일함");
      await page.getByTestId("mailbox").waitFor();
      const id = key.split("/")[1];
      const n = await page.waitForFunction(([id, want]) => {
        const n = [...document.querySelectorAll("[data-testid=mailbox-mail]")].filter((m) => (m.textContent || "").includes(`[주문 ${id}]`)).length;
        return (want < 0 || n === want) && String(n);
      }, [id, want], { timeout: 30000 });
      await tab("발송 내역");
      return Number(await n.jsonValue());
    };
    assert((await mailsOf(sent.key, 1)) === 1, "one mail before the resend");
    await page.locator(`[data-testid=digital-row][data-key="${sent.key}"]`).click();
    const detail = page.getByTestId("digital-detail");
    await detail.getByRole("button", { name: "다시 보내기" }).click();
    await detail.getByText("다시 보내기: 기록했습니다.").waitFor();
    // The resend leaves now (not at the next sync) and is counted on the delivery.
    await page.waitForFunction((k) => {
      const r = document.querySelector(`[data-testid=digital-row][data-key="${k}"]`);
      return r && r.getAttribute("data-state") === "sent" && (document.querySelector("[data-testid=digital-detail]")?.textContent || "").includes("판매자가 다시 보냄 1회");
    }, sent.key, { timeout: 30000 });
    assert((await mailsOf(sent.key, 2)) === 2, "the resend is one more mail");

    // The held one (masked ID): the seller sent it by hand; SellerDesk takes it to 배송없음.
    const held = (await rowsOf(page)).find((r) => r.state === "held");
    assert(held, "a held delivery");
    await page.locator(`[data-testid=digital-row][data-key="${held.key}"]`).click();
    await page.getByTestId("digital-detail").getByRole("button", { name: "직접 보냄으로 표시" }).click();
    await page.waitForFunction((k) => {
      const r = document.querySelector(`[data-testid=digital-row][data-key="${k}"]`);
      return r && r.getAttribute("data-state") === "manual" && ["done", "delivered", "decided"].includes(r.getAttribute("data-market") || "");
    }, held.key, { timeout: 60000 });
    assert((await mailsOf(held.key, -1)) === 0, "marking by hand sends no mail");
    assert((await mailsOf(sent.key, -1)) === 2, "and no other mail of the resent order");
    await page.close();
  });

  e2e.test("demo", "digital: settings show the providers' presets, the Coupang note, and the test mail reaches the mailbox", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await openDigital(page);
    await page.getByRole("group", { name: "디지털 발송 화면" }).getByRole("button", { name: "설정" }).click();
    const settings = page.locator("form.digital-settings");
    await settings.waitFor();
    assert((await settings.innerText()).includes("2024"), "the Coupang note says since when mail delivery is impossible there");
    const labels = await page.getByLabel("메일 서비스").locator("option").allInnerTexts();
    for (const want of ["네이버", "Gmail", "Daum", "카카오"]) assert(labels.some((l) => l.includes(want)), `a preset for ${want}: ${labels.join(", ")}`);
    assert((await page.getByLabel("SMTP 비밀번호").inputValue()) === "", "the saved password never comes back");
    assert((await page.getByLabel("SMTP 비밀번호").getAttribute("placeholder")).includes("저장됨"), "it says one is saved");
    await page.getByLabel("메일 서비스").selectOption({ label: labels.find((l) => l.includes("Gmail")) });
    assert((await page.getByLabel("SMTP 서버").inputValue()) === "smtp.gmail.com", "the Gmail preset fills the host");
    await page.getByTestId("preset-steps").waitFor();
    // Not saved: the test mail goes with the saved settings (the demo's mail catcher).
    await page.getByLabel("테스트 받을 주소").fill("e2e-test@naver.com");
    await page.getByRole("button", { name: "테스트 메일 보내기" }).click();
    await page.getByTestId("test-send").getByText(/테스트 메일을 보냈습니다/).waitFor({ timeout: 30000 });
    await page.getByRole("group", { name: "디지털 발송 화면" }).getByRole("button", { name: "데모 메일함" }).click();
    await page.getByTestId("mailbox-mail").filter({ hasText: "e2e-test@naver.com" }).first().waitFor({ timeout: 10000 });
    await page.close();
  });
}
