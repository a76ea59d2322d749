// Files and lists (issue 12 point 14): 인쇄 and 엑셀 after a preview make the previewed boxes (one
// snapshot), an export downloads in the browser door, and 폴더 열기 is the desktop window's alone.
export function register(e2e) {
  const { assert } = e2e;
  const call = (url, name) => url.endsWith(`/api/Lists.${name}`);

  e2e.test("seeded", "files: after 아직 보내지 않은 주문 전체로, 엑셀 makes the whole list, not the previewed selection", async () => {
    const page = await e2e.loggedIn();
    const keys = await page.evaluate(() => [...document.querySelectorAll(".table .row[data-key]")].slice(0, 2).map((r) => r.getAttribute("data-key")));
    for (const k of keys) await page.locator(`.table .row[data-key="${k}"] input[type=checkbox]`).click();
    await page.getByText("2건 선택").waitFor();
    await page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: "출력 화면…" }).click();
    await page.getByRole("group", { name: "목록" }).getByRole("button", { name: "패킹리스트" }).click();
    await page.getByTestId("print-summary").waitFor({ timeout: 30000 });
    await page.getByRole("button", { name: "아직 보내지 않은 주문 전체로" }).click();
    await page.getByTestId("print-summary").waitFor({ state: "detached" });
    const asked = page.waitForRequest((r) => call(r.url(), "ExportList"));
    const answered = page.waitForResponse((r) => call(r.url(), "ExportList"));
    await page.getByRole("button", { name: "엑셀", exact: true }).click();
    const sent = JSON.parse((await asked).postData())[0];
    const saved = (await (await answered).json()).result;
    assert(sent.keys.length === 0, `the whole list goes by the filter, not the earlier selection: ${sent.keys}`);
    assert(saved.count + saved.held > 2, `more than the two selected boxes: ${saved.count} + ${saved.held}`);
    await page.close();
  });

  e2e.test("demo", "files: 엑셀 after a preview makes the previewed boxes, not the orders a sync brought in since", async () => {
    const page = await e2e.loggedIn({ timeout: 60000 });
    await page.locator("nav").getByRole("button", { name: "출력", exact: true }).click();
    const previewed = page.waitForResponse((r) => call(r.url(), "PrintPreview"));
    await page.getByRole("button", { name: "미리보기" }).click();
    const preview = (await (await previewed).json()).result;
    await page.getByTestId("print-summary").waitFor();
    assert(preview.keys.length > 0 && preview.count > 0, `the preview lists the demo's boxes: ${preview.count}`);

    // The demo brings orders every minute: wait until a sync stored one the preview does not show.
    const deadline = Date.now() + 180000;
    for (;;) {
      const now = await page.evaluate(() => window.go.app.Lists.PrintPreview({ kind: "pick" }));
      if (now.keys.some((k) => !preview.keys.includes(k))) break;
      assert(Date.now() < deadline, "no new order arrived within 3 minutes");
      await page.evaluate(() => window.go.app.Setup.SyncNow("coupang").catch(() => {}));
      await page.waitForTimeout(3000);
    }

    const asked = page.waitForRequest((r) => call(r.url(), "ExportList"));
    const answered = page.waitForResponse((r) => call(r.url(), "ExportList"));
    await page.getByRole("button", { name: "엑셀", exact: true }).click();
    const sent = JSON.parse((await asked).postData())[0];
    const saved = (await (await answered).json()).result;
    assert(
      sent.keys.length === preview.keys.length && sent.keys.every((k) => preview.keys.includes(k)),
      `엑셀 asks for the previewed boxes (${preview.keys.length}), got ${sent.keys.length}`,
    );
    assert(
      saved.count + saved.held + saved.excluded === preview.keys.length,
      `every previewed box is listed, held or left out, and nothing else: ${saved.count}+${saved.held}+${saved.excluded} of ${preview.keys.length}`,
    );
    const banner = page.getByTestId("export-result");
    await banner.waitFor();
    assert((await banner.innerText()).includes(`${saved.count.toLocaleString("ko-KR")}건`), await banner.innerText());
    // The browser door downloads; the window's 폴더 열기 is not offered here (nor served: app/folders).
    assert((await banner.getByTestId("export-download").count()) === 1, "내려받기 link");
    assert((await banner.getByTestId("open-exports-folder").count()) === 0, "no 폴더 열기 in the browser");
    const refused = await page.evaluate(() =>
      fetch("/api/Folders.OpenExports", { method: "POST", headers: { "Content-Type": "application/json", "X-SellerDesk-Request": "1" }, body: "[]" }).then((r) => r.status),
    );
    assert(refused === 404, `the browser door does not serve Folders.OpenExports: ${refused}`);
    await page.close();
  });
}
