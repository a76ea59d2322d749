// The board a seller expects (issue 14 points 1 and 5, issue 12 point 7): 오늘 할 일, sortable
// columns, the column chooser remembered, print batches (차수), a failed write on its row.
export function register(e2e) {
  const { assert } = e2e;
  const rowsText = (page, sel) => page.evaluate((sel) => [...document.querySelectorAll(".table .row[data-key]")].map((r) => r.querySelector(sel)?.textContent ?? ""), sel);

  e2e.test("seeded", "board: while a new status filter's answer is on its way, the rows of the filter before are marked stale (dimmed, aria-busy), then replaced", async () => {
    const page = await e2e.loggedIn();
    await page.locator(".table .row[data-key]").first().waitFor({ timeout: 15000 });
    let release;
    const held = new Promise((r) => (release = r));
    await page.route("**/api/Orders.ListShipments", async (route) => {
      if (/ACKNOWLEDGED/.test(route.request().postData() || "")) await held; // the answer is slow to come
      await route.continue();
    });
    await page.getByLabel("상태").selectOption("ACKNOWLEDGED");
    const table = page.getByRole("table", { name: "주문 목록" });
    const labels = await rowsText(page, "span:nth-child(3)");
    assert(labels.some((l) => !l.startsWith("발주확인")), `the rows on screen are still the filter before's: ${[...new Set(labels)]}`);
    assert((await table.getAttribute("aria-busy")) === "true", "rows that do not answer 발주확인 are marked stale under it");
    release();
    await page.waitForFunction(() => document.querySelector(".table")?.getAttribute("aria-busy") === "false", null, { timeout: 15000 });
    const now = await rowsText(page, "span:nth-child(3)");
    assert(now.length > 0 && now.every((l) => l.startsWith("발주확인")), `the answer replaces them: ${[...new Set(now)]}`);
    await page.unroute("**/api/Orders.ListShipments");
    await page.close();
  });

  e2e.test("seeded", "board: 오늘 할 일 lists the boxes due today or overdue, held first with the reason, then by 발송기한; a badge counts them", async () => {
    const page = await e2e.loggedIn();
    const badge = page.getByTestId("deadline-badge");
    await badge.waitFor({ timeout: 10000 });
    assert(Number(await badge.innerText()) > 0, "the seeded boxes to ship are past their 발송기한: the badge counts them");
    await page.locator("nav").getByRole("button", { name: /^오늘 할 일/ }).click();
    await page.getByTestId("today-row").first().waitFor({ timeout: 15000 });
    await page.getByTestId("deadline-alert").waitFor();
    const rows = await page.getByTestId("today-row").evaluateAll((els) =>
      els.map((e) => ({ held: e.classList.contains("held"), text: e.textContent, due: e.querySelector(".due")?.textContent ?? "", tone: e.querySelector(".due")?.className ?? "" })),
    );
    assert(rows.length > 10, `the overdue boxes are listed: ${rows.length}`);
    const firstFree = rows.findIndex((r) => !r.held);
    assert(firstFree > 0, `held boxes come first: first free row at ${firstFree}`);
    assert(rows.slice(firstFree).every((r) => !r.held), "no held box after the free ones");
    assert(rows.slice(0, firstFree).every((r) => r.text.includes("보류:")), "each held box says why");
    assert(rows.every((r) => /overdue/.test(r.tone) && /D\+\d+/.test(r.due)), `the passed deadlines are red with D+n: ${rows[0].tone} ${rows[0].due}`);
    const dues = rows.slice(firstFree).map((r) => r.due.slice(0, 11));
    assert(dues.every((d, i) => i === 0 || dues[i - 1] <= d), `in deadline order: ${dues.slice(0, 5).join(", ")}`);
    const summary = await page.getByTestId("today-summary").innerText();
    assert(summary.includes(`보류 ${firstFree}건 먼저`) || rows.length >= 1000, `the summary counts the held ones: ${summary}`);
    await page.screenshot({ path: `${e2e.shotDir}/browser-today.png` });
    await page.close();
  });

  e2e.test("seeded", "board: a column sorts on a click of its heading and turns round on the second", async () => {
    const page = await e2e.loggedIn();
    await page.getByTestId("sort-receiver").click();
    await page.waitForFunction(() => document.querySelector('[aria-sort="ascending"] [data-testid="sort-receiver"]'));
    const sorted = (names) => names.every((n, i) => i === 0 || names[i - 1] <= n);
    await page.waitForFunction(() => {
      const n = [...document.querySelectorAll(".table .row[data-key] span:nth-child(5)")].map((s) => s.textContent.toLowerCase());
      return n.length > 10 && n.every((x, i) => i === 0 || n[i - 1] <= x);
    });
    let names = (await rowsText(page, "span:nth-child(5)")).map((s) => s.toLowerCase());
    assert(sorted(names), `수취인 가나다: ${names.slice(0, 5)}`);
    await page.getByTestId("sort-receiver").click();
    await page.waitForFunction(() => document.querySelector('[aria-sort="descending"] [data-testid="sort-receiver"]'));
    await page.waitForFunction(() => {
      const n = [...document.querySelectorAll(".table .row[data-key] span:nth-child(5)")].map((s) => s.textContent.toLowerCase());
      return n.length > 10 && n.every((x, i) => i === 0 || n[i - 1] >= x);
    });
    names = (await rowsText(page, "span:nth-child(5)")).map((s) => s.toLowerCase());
    assert(sorted([...names].reverse()), `turned round: ${names.slice(0, 5)}`);
    // 발송기한: the nearest first; the column shows the D-day and colours a passed one red.
    await page.getByTestId("sort-shipBy").click();
    await page.waitForFunction(() => document.querySelector('[aria-sort="ascending"] [data-testid="sort-shipBy"]'));
    await page.waitForFunction(() => {
      const d = [...document.querySelectorAll(".table .row[data-key] [data-testid=due]")].map((s) => s.textContent.slice(0, 11));
      return d.length > 10 && d.every((x, i) => i === 0 || d[i - 1] <= x);
    });
    const tones = await page.locator(".table .row[data-key] [data-testid=due]").evaluateAll((els) => els.map((e) => [e.textContent, e.dataset.tone]));
    assert(tones.some(([, t]) => t === "overdue") && tones.every(([t]) => /D[+-]|D-day/.test(t)), `D-day and red when passed: ${JSON.stringify(tones.slice(0, 3))}`);
    const foot = await e2e.footText(page);
    assert(e2e.totalOf(foot) === 2000, `sorting keeps every box: ${foot}`);
    await page.close();
  });

  e2e.test("seeded", "board: the column chooser hides a column and remembers it after a reload", async () => {
    const page = await e2e.loggedIn();
    const head = page.locator(".table .row.head");
    assert((await head.innerText()).includes("송장번호"), "the 송장번호 column is shown");
    await page.getByRole("button", { name: "열 선택" }).click();
    await page.getByRole("group", { name: "보이는 열" }).getByLabel("송장번호").uncheck();
    await page.getByRole("button", { name: "열 선택" }).click();
    await page.waitForFunction(() => !document.querySelector(".table .row.head").textContent.includes("송장번호"));
    await page.reload();
    await page.getByLabel("비밀번호").or(page.locator(".table .row[data-key]").first()).first().waitFor();
    if (await page.getByLabel("비밀번호").isVisible()) {
      await page.getByLabel("비밀번호").fill(e2e.password);
      await page.getByRole("button", { name: "로그인" }).click();
    }
    await page.locator(".table .row[data-key]").first().waitFor();
    assert(!(await head.innerText()).includes("송장번호"), "hidden after the reload");
    assert((await head.innerText()).includes("발송기한"), "the other columns stay");
    await page.getByRole("button", { name: "열 선택" }).click();
    await page.getByRole("group", { name: "보이는 열" }).getByLabel("송장번호").check();
    await page.getByRole("button", { name: "열 선택" }).click();
    await page.waitForFunction(() => document.querySelector(".table .row.head").textContent.includes("송장번호"));
    await page.close();
  });

  e2e.test("seeded", "board: a failed write stays on its row with a filter; search finds a tracking number; the printed marker", async () => {
    const page = await e2e.loggedIn();
    await page.getByLabel("처리 실패만").check();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll(".table .row[data-key]")];
      return rows.length > 0 && rows.every((r) => r.querySelector("[data-testid=write-problem]"));
    });
    const problem = await page.locator(".table .row[data-key] [data-testid=write-problem]").first().innerText();
    assert(/(발주확인|발송처리) 실패/.test(problem), `the row names the failed write: ${problem}`);
    await page.locator(".table .row[data-key]").first().click();
    const banner = page.getByTestId("drawer-write-problem");
    await banner.waitFor();
    const said = await banner.innerText();
    const label = problem.replace("⚠", "").trim();
    assert(said.includes(label + ":") && said.length > label.length + 8, `the drawer shows the failed write and what the seller was told: ${said}`);
    await page.getByRole("button", { name: "닫기" }).first().click();
    await page.getByLabel("처리 실패만").uncheck();
    // A tracking number of a dispatched box finds that box.
    await page.getByLabel("상태").selectOption("SHIPPED");
    await page.locator(".table .row[data-key] [data-testid=tracking]").first().waitFor();
    const tracking = (await page.locator(".table .row[data-key] [data-testid=tracking]").first().innerText()).trim();
    const number = tracking.split(" ").pop();
    assert(/^\d{12}$/.test(number), `a tracking number on the row: ${tracking}`);
    const printed = await page.locator(".table .row[data-key] [data-testid=printed]").first().innerText();
    assert(/차/.test(printed), `a dispatched box shows its print batch: ${printed}`);
    await page.getByLabel("상태").selectOption("");
    await page.getByLabel("검색").fill(number);
    await page.waitForFunction((n) => {
      const rows = [...document.querySelectorAll(".table .row[data-key] [data-testid=tracking]")];
      return rows.length >= 1 && rows.every((r) => r.textContent.includes(n));
    }, number);
    await page.close();
  });

  e2e.test("seeded", "board: every shipping-list print is a numbered batch; 미출력만 leaves it out; the batch can be reprinted", async () => {
    const page = await e2e.loggedIn();
    await page.getByLabel("상태").selectOption("PAID");
    await page.getByLabel("미출력만").check();
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll(".table .row[data-key]")];
      return rows.length > 3 && rows.every((r) => r.querySelector("span:nth-child(3)")?.textContent === "신규주문");
    });
    const before = e2e.totalOf(await e2e.footText(page));
    const keys = await page.evaluate(() =>
      [...document.querySelectorAll(".table .row[data-key]")].filter((r) => !r.querySelector(".check.block")).slice(0, 2).map((r) => r.getAttribute("data-key")),
    );
    for (const k of keys) await page.locator(`.table .row[data-key="${k}"] input[type=checkbox]`).click();
    await page.getByText("2건 선택").waitFor();
    await page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: "출력 화면…" }).click();
    await page.getByRole("group", { name: "목록" }).getByRole("button", { name: "배송리스트" }).click();
    await page.getByTestId("print-summary").getByText(/배송리스트/).waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "인쇄", exact: true }).click();
    const batch = page.getByTestId("print-batch");
    await batch.waitFor({ timeout: 30000 });
    const id = (await batch.innerText()).replace(/[·\s]/g, " ").trim();
    assert(/^\d{4}-\d\d-\d\d \d+차$/.test(id), `the print is a numbered batch: ${id}`);
    const listed = page.getByTestId("print-batches").locator("li").first();
    await listed.getByText(id).waitFor({ timeout: 10000 });
    assert((await listed.innerText()).includes("2건"), `the batch lists its two boxes: ${await listed.innerText()}`);
    // The board: 미출력만 no longer shows the two, and their rows carry the batch.
    await page.locator("nav").getByRole("button", { name: "주문", exact: true }).click();
    await page.waitForFunction((want) => {
      const foot = document.querySelector("[data-testid=board-foot]")?.textContent ?? "";
      return foot.startsWith(want.toLocaleString("ko-KR") + "건");
    }, before - 2);
    await page.getByLabel("미출력만").uncheck();
    await page.getByLabel("검색").fill(keys[0].split("/")[1]);
    await page.waitForFunction((k) => document.querySelectorAll(".table .row[data-key]").length === 1 && document.querySelector(`.table .row[data-key="${k}"]`), keys[0]);
    const marker = await page.locator(`.table .row[data-key="${keys[0]}"] [data-testid=printed]`).innerText();
    assert(marker.includes("차"), `the printed marker shows the batch: ${marker}`);
    // Reprint: the same boxes under the same number.
    await page.locator("nav").getByRole("button", { name: "출력", exact: true }).click();
    await page.getByTestId("print-batches").locator("li").first().getByRole("button", { name: "다시 출력" }).click();
    await page.getByTestId("print-summary").getByText(/배송리스트 2건/).waitFor({ timeout: 30000 });
    assert((await page.getByTestId("print-batch").innerText()).includes(id), "a reprint keeps its number");
    await page.waitForFunction(() => (document.querySelector("[data-testid=print-batches] li")?.textContent.match(/다시 출력/g) ?? []).length === 2); // "… 다시 출력" and the button
    await page.screenshot({ path: `${e2e.shotDir}/browser-print-batches.png` });
    await page.close();
  });

  e2e.test("seeded", "board: 합포장 금지 is a toggle in the drawer, kept and written in the history", async () => {
    const page = await e2e.loggedIn();
    await page.locator(".table .row[data-key]").first().click();
    const toggle = page.getByTestId("no-combine");
    await toggle.waitFor();
    const was = await toggle.isChecked();
    await toggle.click();
    await page.waitForFunction((was) => document.querySelector("[data-testid=no-combine]").checked === !was && !document.querySelector("[data-testid=no-combine]").disabled, was);
    await page.locator(".history").getByText("합포장 금지").first().waitFor();
    await toggle.click();
    await page.waitForFunction((was) => document.querySelector("[data-testid=no-combine]").checked === was && !document.querySelector("[data-testid=no-combine]").disabled, was);
    await page.close();
  });
}
