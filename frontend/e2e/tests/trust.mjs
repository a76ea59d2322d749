// Issue 12 (a day at the desk without traps): words, names and banners the seller can believe.
// DOC_SHOTS=folder also writes the documentation screenshots there (scripts/screenshots.sh).
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A box's one name: marketplace, order number, receiver, and which box of several.
const boxName = /^(네이버|쿠팡) [0-9A-Za-z-]+ \S+( \(박스 \d+\/\d+\))?$/;

export function register(e2e) {
  const { assert } = e2e;

  // Point 8: an empty list is a neutral note, not a red alert.
  e2e.test("empty", "trust: 출력 with nothing to print is a neutral note, not a red error", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "ko-KR" });
    const code = /#setup=([A-Z0-9-]+)/.exec(e2e.serve.log())?.[1];
    await page.goto(e2e.base);
    await page.getByRole("button", { name: /^(로그인|비밀번호 설정)$/ }).waitFor();
    if ((await page.getByText("처음 사용합니다").count()) > 0) {
      // run alone (E2E_ONLY): the first-run test did not set the password
      await page.goto(`${e2e.base}/#setup=${code}`);
      await page.reload();
      await page.getByLabel("설정 코드").fill(code);
      await page.getByLabel("비밀번호", { exact: true }).fill(e2e.password);
      await page.getByLabel("비밀번호 확인").fill(e2e.password);
      await page.getByRole("button", { name: "비밀번호 설정" }).click();
    } else {
      await page.getByLabel("비밀번호").fill(e2e.password);
      await page.getByRole("button", { name: "로그인" }).click();
    }
    await page.getByText("아직 수집된 주문이 없습니다").waitFor();
    await page.locator("nav").getByRole("button", { name: "출력", exact: true }).click();
    await page.getByRole("button", { name: "미리보기" }).click();
    const note = page.getByTestId("print-notice");
    await note.getByText(/출력할 주문이 없습니다/).waitFor({ timeout: 15000 });
    const cls = await note.getAttribute("class");
    assert(/\bneutral\b/.test(cls) && (await note.getAttribute("role")) !== "alert", `nothing to print is neutral: ${cls}`);
    assert((await page.getByRole("alert").count()) === 0, "no red alert on the 출력 screen");
    await page.getByRole("button", { name: "엑셀" }).click();
    const saved = page.getByTestId("export-result");
    await saved.getByText(/출력할 주문이 없습니다/).waitFor({ timeout: 15000 });
    assert(/\bneutral\b/.test(await saved.getAttribute("class")), "an empty export is neutral, too");
    await page.close();
  });

  // The documentation screenshots at 1280×800: the board, the drawer (an address change: old
  // struck, new below), 알림, 출력 and a printed page. Written to DOC_SHOTS when set.
  e2e.test("seeded", "trust: screenshots of the board, drawer, 알림, 출력 and a printed page at 1280×800", async () => {
    const dir = process.env.DOC_SHOTS || e2e.shotDir;
    const page = await e2e.loggedIn();
    await page.screenshot({ path: `${dir}/board.png` });

    await page.getByLabel("보류만").check();
    await page.getByLabel("검수").selectOption("ADDRESS_CHANGED");
    await page.waitForFunction(() => {
      const rows = [...document.querySelectorAll(".table .row[data-key] .check")];
      return rows.length > 0 && rows.every((r) => r.textContent.includes("주소 변경"));
    });
    await page.locator(".table .row[data-key]").first().click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    await drawer.getByTestId("receiver-new").waitFor();
    await page.screenshot({ path: `${dir}/drawer.png` });
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: /^알림/ }).click();
    await page.getByTestId("alerts-blocked").locator("li").first().waitFor();
    await page.screenshot({ path: `${dir}/alerts.png` });

    await page.locator("nav").getByRole("button", { name: "출력", exact: true }).click();
    await page.getByRole("group", { name: "목록" }).getByRole("button", { name: "패킹리스트" }).click();
    await page.getByTestId("print-summary").getByText(/패킹리스트/).waitFor({ timeout: 30000 });
    await page.screenshot({ path: `${dir}/print.png` });

    // A printed page: the courier sheet through Chromium's PDF printer, its first page as PNG.
    await page.getByRole("group", { name: "목록" }).getByRole("button", { name: "배송리스트" }).click();
    await page.getByTestId("print-summary").getByText(/배송리스트/).waitFor({ timeout: 30000 });
    const html = await page.getByTestId("print-preview").getAttribute("srcdoc");
    const names = html.match(/(네이버|쿠팡) [0-9]+ [^<\s]+/g) ?? [];
    assert(names.length > 0, "the printed sheet names the boxes");
    assert(!/coupang\/\d|naver\/\d/.test(html.replace(/<script[\s\S]*?<\/script>/g, "")), "the printed sheet shows no shipment keys");
    const printable = await e2e.browser.newPage({ locale: "ko-KR" });
    await printable.setContent(html, { waitUntil: "load" });
    const tmp = mkdtempSync(join(tmpdir(), "sellerdesk-e2e-trust-"));
    e2e.dirs.push(tmp);
    await printable.pdf({ path: join(tmp, "sheet.pdf"), format: "A4", landscape: true, printBackground: true });
    await printable.close();
    execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", join(tmp, "sheet.pdf"), join(tmp, "sheet")]);
    execFileSync("cp", [join(tmp, "sheet.png"), `${dir}/printed-courier-sheet.png`]);
    await page.close();
  });

  // Points 9 and 12: 알림 names each box the one way; one change is one card; bulk 확인 완료 clears
  // what the seller may clear and leaves the rest, saying so; the override button says what it does.
  e2e.test("seeded", "trust: 알림 names boxes one way and resolves in bulk; the drawer's title is the box's name", async () => {
    const page = await e2e.loggedIn();
    // The board names each row's box the same way (the receiver cell's title; which box of several
    // after the name).
    await page.locator(".table .row[data-key] span[title]").first().waitFor();
    const rows = await page.locator(".table .row[data-key]").evaluateAll((els) =>
      els.map((el) => {
        const cell = [...el.querySelectorAll("span[title]")].find((s) => /^(네이버|쿠팡) /.test(s.title));
        return cell ? { title: cell.title, box: cell.dataset.box || "" } : { title: "", box: "" };
      }),
    );
    assert(rows.length > 0 && rows.every((r) => boxName.test(r.title)), `every row names its box: ${rows.slice(0, 3).map((r) => r.title)}`);
    assert(rows.every((r) => (r.box ? r.title.endsWith(`(${r.box})`) : !/\(박스/.test(r.title))), "a box of several says which one");
    await page.getByRole("button", { name: /^알림/ }).click();
    const list = page.getByTestId("alerts-blocked");
    await list.locator("li").first().waitFor();
    const names = await list.getByTestId("box-name").allInnerTexts();
    assert(names.length > 0 && names.every((n) => boxName.test(n)), `every alert names its box: ${names.slice(0, 3)}`);
    const before = await list.locator("li").count();

    // The drawer of the first alert: its title is the same name; no card is a duplicate.
    await list.locator("li").first().click();
    const drawer = page.getByRole("dialog", { name: "주문 상세" });
    await drawer.getByTestId("box-name").getByText(names[0], { exact: true }).waitFor();
    const cards = await drawer.locator("[data-testid^=finding-]").evaluateAll((els) => els.map((e) => e.getAttribute("data-testid")));
    assert(cards.filter((c) => c === "finding-CHANGED_AFTER_PRINT").length <= 1, `one 출력 후 변경 card per change: ${cards}`);
    assert((await drawer.getByRole("button", { name: /무시하고 발송/ }).count()) === 0, "no 무시하고 발송 button");
    const overrides = await drawer.getByRole("button", { name: "보류 해제…" }).count();
    const claim = cards.includes("finding-CLAIM_OPEN");
    assert(claim || overrides > 0, "a held box the seller may release offers 보류 해제…");
    await page.keyboard.press("Escape");

    // Bulk: select everything shown and record it as checked.
    await page.getByLabel("모두 선택").check();
    await page.getByTestId("alerts-bulk-resolve").click();
    const done = page.getByTestId("alerts-bulk-result");
    await done.getByText(/건을 확인 완료로 기록했습니다/).waitFor({ timeout: 30000 });
    const text = await done.innerText();
    await page.waitForFunction((n) => document.querySelectorAll("[data-testid=alerts-blocked] li").length < n, before, { timeout: 30000 });
    const after = await list.locator("li").count();
    assert(after < before, `the cleared boxes leave 알림: ${before} → ${after}`);
    if (after > 0) assert(/그대로 두었습니다/.test(text), `what stays is said: ${text}`);
    await page.close();
  });

  // Point 14: in the browser an export downloads (the file reaches the PC in front of the seller),
  // and the board's 엑셀 button says which list it makes.
  e2e.test("seeded", "trust: an export downloads in the browser; the board's 엑셀 says which list", async () => {
    const page = await e2e.loggedIn();
    await page.locator(".table .row[data-key] input[type=checkbox]").first().click();
    const excel = page.getByRole("toolbar", { name: "선택한 주문" }).getByRole("button", { name: /^엑셀/ });
    assert((await excel.innerText()).includes("패킹"), `the board's 엑셀 names its list: ${await excel.innerText()}`);
    await page.locator(".table .row[data-key] input[type=checkbox]").first().click();
    await page.locator("nav").getByRole("button", { name: "출력", exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 30000 }), page.getByRole("button", { name: "엑셀" }).click()]);
    assert(/\.xlsx$/.test(download.suggestedFilename()), `an xlsx file: ${download.suggestedFilename()}`);
    const path = await download.path();
    const head = execFileSync("head", ["-c", "2", path]).toString();
    assert(head === "PK", `the download is the workbook (zip): ${JSON.stringify(head)}`);
    await page.getByTestId("export-result").getByTestId("export-download").waitFor();
    await page.close();
  });
}
