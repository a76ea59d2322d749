// The buyer moves a Naver 희망일배송 day after the seller printed the box (demo): the demo's control of
// its simulated buyers orders a cake and then moves its day on the simulated Naver on demand (the
// demo's own life does it only every 5 minutes). After the next sync the board's row shows the
// 희망일 변경 hold, the drawer says in Korean from which day to which and that the printed list has
// the old one, and the box is held as every blocked box is: 보류만 lists it, a list prints it as
// held, and Go refuses to ship it.
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
  const syncNaver = async (page) => {
    await page.locator("nav").getByRole("button", { name: "동기화" }).click();
    await page.getByRole("button", { name: "지금 동기화" }).first().click();
    await page.locator("nav").getByRole("button", { name: "주문" }).click();
  };

  e2e.test("demo", "hopechange: the buyer moves a printed hope-delivery box's day; after the sync the board holds it and the drawer says from which day to which", async () => {
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
    await page.close();
  });
}
