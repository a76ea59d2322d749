// Browser end-to-end tests of `sellerdesk serve` in Debian's headless Chromium (playwright-core).
//   SELLERDESK_BIN=../build/bin/sellerdesk node e2e/run.mjs
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const bin = process.env.SELLERDESK_BIN;
if (!bin) throw new Error("set SELLERDESK_BIN to the sellerdesk binary");
const chromePath = process.env.CHROMIUM || "/usr/bin/chromium";
const shotDir = process.env.SHOT_DIR || "../build/bin";

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const assert = (cond, msg) => {
  if (!cond) throw new Error(msg);
};

function startServe(dataDir, port) {
  const proc = spawn(bin, ["serve", "--addr", `127.0.0.1:${port}`, "--data-dir", dataDir], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  proc.stdout.on("data", (d) => (log += d));
  proc.stderr.on("data", (d) => (log += d));
  return {
    proc,
    log: () => log,
    ready: new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error("serve did not start:\n" + log)), 15000);
      proc.stdout.on("data", () => {
        if (log.includes("http://")) {
          clearTimeout(t);
          resolve();
        }
      });
      proc.on("exit", (code) => reject(new Error(`serve exited with ${code}:\n${log}`)));
    }),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), "sellerdesk-e2e-"));
const port = 20000 + Math.floor(Math.random() * 20000);
const base = `http://127.0.0.1:${port}`;
const serve = startServe(dataDir, port);
const password = "장바구니-2026!";

test("an API call without a session is refused", async () => {
  const res = await fetch(`${base}/api/Desk.Overview`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-SellerDesk-Request": "1" },
    body: "[]",
  });
  assert(res.status === 401, `want 401, got ${res.status}`);
  const body = await res.json();
  assert(body.error === "로그인이 필요합니다.", `unexpected body ${JSON.stringify(body)}`);
});

test("a cross-site request is refused", async () => {
  const res = await fetch(`${base}/api/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: "https://evil.example" , "X-SellerDesk-Request": "1"},
    body: JSON.stringify({ password }),
  });
  assert(res.status === 403, `want 403, got ${res.status}`);
  const plain = await fetch(`${base}/api/login`, { method: "POST", body: JSON.stringify({ password }) });
  assert(plain.status === 403, `a POST without the request header must be refused, got ${plain.status}`);
});

let browser;
test("first run: set a password, see the Korean shell", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  await page.getByText("처음 사용합니다").waitFor();
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "비밀번호 설정" }).click();
  await page.getByText("아직 수집된 주문이 없습니다").waitFor();
  for (const label of ["주문", "알림", "동기화", "설정", "신규주문", "발주확인", "보류"]) {
    assert((await page.getByText(label, { exact: false }).count()) > 0, `missing ${label}`);
  }
  await page.screenshot({ path: `${shotDir}/browser-board.png` });
  const cookies = await page.context().cookies();
  const sess = cookies.find((c) => c.name === "sellerdesk_session");
  assert(sess && sess.httpOnly && sess.sameSite === "Strict", `session cookie must be HttpOnly and SameSite=Strict: ${JSON.stringify(sess)}`);
  await page.close();
});

test("a wrong password is rejected, the right one logs in", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  await page.getByText("비밀번호를 입력하세요").waitFor();
  await page.getByLabel("비밀번호").fill("틀린비밀번호입니다");
  await page.getByRole("button", { name: "로그인" }).click();
  await page.getByText("비밀번호가 올바르지 않습니다.").waitFor();
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "로그인" }).click();
  await page.getByText("아직 수집된 주문이 없습니다").waitFor();
  await page.close();
});

test("settings: a malformed secret gets a Korean message, a saved key is masked", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(base);
  await page.getByLabel("비밀번호").fill(password);
  await page.getByRole("button", { name: "로그인" }).click();
  await page.getByRole("button", { name: "설정" }).click();
  await page.getByLabel("애플리케이션 시크릿").fill("not-a-secret");
  await page.getByRole("button", { name: "저장" }).click();
  await page.getByText("네이버 애플리케이션 시크릿 형식이 올바르지 않습니다").waitFor();
  await page.getByLabel("업체코드").fill("A00012345");
  await page.getByLabel("애플리케이션 시크릿").fill("");
  await page.getByLabel("Secret Key").fill("0123456789abcdef0123456789abcdef01234567");
  await page.getByRole("button", { name: "저장" }).click();
  await page.getByText("저장했습니다.").waitFor();
  const hint = await page.getByLabel("Secret Key").getAttribute("placeholder");
  assert(hint === "저장됨 (••••4567)", `secret must come back masked, got ${hint}`);
  const html = await page.content();
  assert(!html.includes("0123456789abcdef0123456789abcdef"), "the secret must not be in the page");
  await page.screenshot({ path: `${shotDir}/browser-settings.png` });
  await page.close();
});

let failed = 0;
let passed = 0;
try {
  await serve.ready;
  browser = await chromium.launch({
    executablePath: chromePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  for (const t of tests) {
    try {
      await t.fn();
      passed++;
      console.log(`ok   ${t.name}`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${t.name}\n     ${e && e.stack ? e.stack : e}`);
    }
  }
} finally {
  await browser?.close();
  serve.proc.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
if (failed > 0) console.log(serve.log());
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
