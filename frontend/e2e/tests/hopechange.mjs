// The buyer moves a Naver 희망일배송 day after the seller printed the box (demo): the demo's control of
// its simulated buyers orders a cake and then moves its day on the simulated Naver on demand (the
// demo's own life does it only every 5 minutes). After the next sync the board's row shows the
// 희망일 변경 hold, the drawer says in Korean from which day to which and that the printed list has
// the old one, and the box is held as every blocked box is: 보류만 lists it, a list prints it as
// held, and Go refuses to ship it. Then the seller's way out: 확인 완료 in the drawer lifts the hold,
// the picking and shipping lists print the box again with the new day (never the old one), and
// 발주확인, the number and 발송처리 bring it to DELIVERING on the simulated Naver.
export function register(e2e) {
  const { assert } = e2e;

  const control = () => {
    const url = /demo control (http:\/\/\S+)/.exec(e2e.serve.log())?.[1];
    assert(url, `the demo door prints its control's address:\n${e2e.serve.log()}`);
    return url;
  };
  const post = async (path) => {
    const res = await fetch(control() + path, { method: "POST" });
    const body = await res.json();
    assert(res.ok, `${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
  // long is the drawer's day as Go writes it (order.HopeDelivery.Long): "12월 13일 15:00", the year
  // in front when it is not this year's.
  const long = (ymd, hm) => {
    const thisYear = new Intl.DateTimeFormat("en", { timeZone: "Asia/Seoul", year: "numeric" }).format(new Date());
    const y = ymd.slice(0, 4);
    return `${y === thisYear ? "" : `${y}년 `}${Number(ymd.slice(4, 6))}월 ${Number(ymd.slice(6, 8))}일 ${hm.slice(0, 2)}:${hm.slice(2)}`;
  };
  // short is the lists' day (order.HopeDelivery.Short): "12/13(일) 15:00".
  const short = (ymd, hm) => {
    const [y, m, d] = [Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)), Number(ymd.slice(6, 8))];
    const wd = "일월화수목금토"[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    return `${m}/${d}(${wd}) ${hm.slice(0, 2)}:${hm.slice(2)}`;
  };
  const syncNaver = async (page) => {
    await page.locator("nav").getByRole("button", { name: "동기화" }).click();
    await page.getByRole("button", { name: "지금 동기화" }).first().click();
    await page.locator("nav").getByRole("button", { name: "주문" }).click();
  };

  e2e.test("demo", "hopechange: the buyer moves a printed hope-delivery box's day; after the sync the board holds it and the drawer says from which day to which; confirmed, it prints with the new day and ships", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    const cake = await post("naver/hope-orders");
    const key = `naver/${cake.productOrderId}`;
    await syncNaver(page);
    await page.getByLabel("상태").selectOption("");
    await page.getByLabel("보류만").uncheck();
    await page.getByLabel("검색").fill(cake.productOrderId);
    const row = page.locator(`.table .row[data-key="${key}"]`);
    await row.getByTestId("hope").waitFor({ timeout: 60000 });
    assert((await row.locator(".check.block").count()) === 0, `nothing holds the new box: ${await row.innerText()}`);

    // the seller prints it (a picking list of the selection is recorded)
    await row.locator("input[type=checkbox]").click();
    await page.getByText("1건 선택").waitFor();
    await page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: "피킹리스트" }).click();
    const printed = page.getByTestId("list-result");
    await printed.getByText(/피킹리스트/).waitFor({ timeout: 30000 });
    assert(!/보류/.test(await printed.innerText()), `the box is printed, not held: ${await printed.innerText()}`);

    // the buyer moves the day on the simulated Naver; the next sync brings it
    const moved = await post(`naver/hope-orders/${cake.productOrderId}/move`);
    assert(moved.from === cake.ymd && moved.to > moved.from, `moved a day later: ${JSON.stringify(moved)}`);
    await syncNaver(page);
    await page.getByLabel("검색").fill(cake.productOrderId);
    await page.waitForFunction((k) => {
      const c = document.querySelector(`.table .row[data-key="${k}"] .check.block`);
      return !!c && (c.textContent || "").includes("희망일 변경");
    }, key, { timeout: 60000 })
      .catch(async (e) => { throw new Error(`the row shows the 희망일 변경 hold: ${await row.innerText()}: ${e}`); });
    const mark = (await row.getByTestId("hope").innerText()).trim();
    const [m, d] = [Number(moved.to.slice(4, 6)), Number(moved.to.slice(6, 8))];
    assert(mark.startsWith(`희망 ${m}/${d}(`), `the board shows the new day: ${mark}`);

    // the drawer explains it: old day → new day, the printed list has the old one
    await row.locator("span:nth-child(5)").click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    const card = drawer.getByTestId("finding-HOPE_CHANGED");
    await card.waitFor({ timeout: 30000 });
    const said = await card.innerText();
    const want = `배송 희망일이 바뀌었습니다: ${long(moved.from, moved.hm)} → ${long(moved.to, moved.hm)}. 출력한 목록에는 바뀌기 전 날짜가 있습니다.`;
    assert(said.includes("⛔ 희망일 변경") && said.includes(want), `the drawer's card: ${said}\nwant: ${want}`);
    await drawer.getByText("⛔ 발송 보류").first().waitFor({ timeout: 10000 })
      .catch(async (e) => { throw new Error(`the drawer says the box is held: ${(await drawer.innerText()).slice(0, 600)}: ${e}`); });
    await page.screenshot({ path: `${e2e.shotDir}/browser-hope-changed.png` });
    await drawer.getByRole("button", { name: "닫기" }).click();

    // held where every blocked box is: 보류만, a list, and Go's own answer
    await page.getByLabel("보류만").check();
    await row.waitFor({ timeout: 30000 });
    await page.getByLabel("보류만").uncheck();
    if (!(await page.getByText("1건 선택").isVisible())) await row.locator("input[type=checkbox]").click();
    await page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: "피킹리스트" }).click();
    await printed.getByText(/1건은 보류/).waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`the list holds the box back: ${await printed.innerText()}: ${e}`); });
    const blocked = await page.evaluate(async (k) => (await window.go.app.Orders.GetShipment(k)).blocked, key);
    assert(blocked === true, "Go holds the box");

    // the seller confirms the new day in the drawer: 확인 완료 lifts the hold
    await page.getByTestId("list-result").getByRole("button", { name: "닫기" }).click().catch(() => {});
    await row.locator("span:nth-child(5)").click();
    await card.getByRole("button", { name: "확인 완료" }).click();
    await card.getByLabel("확인 메모").fill("새 희망일로 다시 출력");
    await card.getByRole("button", { name: "확인 완료로 기록" }).click();
    await card.getByText(/^✓ 확인 완료/).waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`the card says it is confirmed: ${await card.innerText()}: ${e}`); });
    await drawer.getByText("⛔ 발송 보류").first().waitFor({ state: "detached", timeout: 30000 })
      .catch(async (e) => { throw new Error(`the hold lifts: ${(await drawer.innerText()).slice(0, 600)}: ${e}`); });
    await drawer.getByRole("button", { name: "닫기" }).click();
    await page.waitForFunction((k) => {
      const r = document.querySelector(`.table .row[data-key="${k}"]`);
      return !!r && !r.querySelector(".check.block");
    }, key, { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the row is no longer held: ${await row.innerText()}: ${e}`); });

    // it is on the lists again, with the new day and not the old one
    const newDay = mark.replace(/^희망 /, "");
    const oldDay = short(moved.from, moved.hm);
    if (!(await page.getByText("1건 선택").isVisible())) await row.locator("input[type=checkbox]").click();
    await page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: "출력 화면…" }).click();
    const lists = page.getByRole("group", { name: "목록" });
    for (const [list, want] of [["피킹리스트", newDay], ["배송리스트", `배송 희망일 ${newDay}`]]) {
      await lists.getByRole("button", { name: list }).click();
      await page.getByTestId("print-summary").getByText(new RegExp(`${list}.* 1건`)).waitFor({ timeout: 30000 })
        .catch(async (e) => { throw new Error(`the ${list} has the box, none held: ${await page.locator(".page.print").innerText()}: ${e}`); });
      const html = await page.getByTestId("print-preview").getAttribute("srcdoc");
      assert(html.includes(want) && !html.includes(oldDay), `the ${list} says ${want}, not ${oldDay}`);
    }
    await page.getByRole("button", { name: "인쇄", exact: true }).click();
    await page.getByTestId("print-batch").waitFor({ timeout: 30000 });
    const printed2 = await page.evaluate(async (k) => (await window.go.app.Orders.GetShipment(k)), key);
    assert(!printed2.blocked, "printing the new day raises no hold");

    // the buyer moves the day once more: held again, told from the day the seller confirmed and
    // printed (not the first one), and confirmed again
    const again = await post(`naver/hope-orders/${cake.productOrderId}/move`);
    assert(again.from === moved.to && again.to > again.from, `moved a day later again: ${JSON.stringify(again)}`);
    await syncNaver(page);
    await page.getByLabel("검색").fill(cake.productOrderId);
    await page.waitForFunction((k) => !!document.querySelector(`.table .row[data-key="${k}"] .check.block`), key, { timeout: 60000 })
      .catch(async (e) => { throw new Error(`the row is held again: ${await row.innerText()}: ${e}`); });
    await row.locator("span:nth-child(5)").click();
    const told = `배송 희망일이 바뀌었습니다: ${long(moved.to, moved.hm)} → ${long(again.to, again.hm)}.`;
    await page.waitForFunction(([t]) => (document.querySelector("[data-testid=finding-HOPE_CHANGED]")?.textContent || "").includes(t), [told], { timeout: 30000 })
      .catch(async (e) => { throw new Error(`the card tells the second move from the confirmed day: ${await card.innerText()}\nwant: ${told}: ${e}`); });
    await card.getByRole("button", { name: "확인 완료" }).click();
    await card.getByRole("button", { name: "확인 완료로 기록" }).click();
    await card.getByText(/^✓ 확인 완료/).waitFor({ timeout: 30000 });
    await drawer.getByRole("button", { name: "닫기" }).click();

    // and it ships: 발주확인 (unless 자동 발주확인, which an earlier test of this demo may have
    // switched on, already sent it), the number, 발송처리 reach the simulated Naver
    await row.waitFor({ timeout: 30000 });
    const ackedAt = await page.evaluate(async (k) => (await window.go.app.Orders.GetShipment(k)).acknowledgedAt, key);
    if (!ackedAt) {
      if (!(await page.getByText("1건 선택").isVisible())) await row.locator("input[type=checkbox]").click();
      await page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: "발주확인" }).click();
      await page.getByTestId("ack-result").getByText(/^1건 발주확인했습니다/).waitFor({ timeout: 30000 })
        .catch(async (e) => { throw new Error(`acknowledged: ${await page.getByTestId("ack-result").innerText()}: ${e}`); });
    }
    await row.locator("span:nth-child(5)").click();
    await page.waitForFunction(() => document.querySelectorAll("[data-testid=tracking-entry] select option").length > 0);
    await drawer.getByLabel("운송장번호").fill("5" + String(Date.now() + 41).slice(-11).padStart(11, "0"));
    await drawer.getByRole("button", { name: "송장 저장" }).click();
    await drawer.getByText("✓ 저장했습니다").waitFor();
    await drawer.getByRole("button", { name: "발송처리" }).click();
    await drawer.getByTestId("drawer-dispatch").getByText(/^완료: /).waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`dispatched: ${(await drawer.innerText()).slice(0, 800)}: ${e}`); });
    await drawer.getByText("(DELIVERING/OK)").waitFor({ timeout: 30000 })
      .catch(async (e) => { throw new Error(`Naver's own status: ${(await drawer.innerText()).slice(0, 400)}: ${e}`); });
    await page.screenshot({ path: `${e2e.shotDir}/browser-hope-changed-shipped.png` });
    await page.close();
  });
}
