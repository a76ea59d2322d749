// Hardening of the browser door (issue 18): what a logged-in browser may not do with the saved keys.
import { createServer } from "node:http";

async function login(e2e) {
  const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "ko-KR" });
  page.on("pageerror", (err) => e2e.pageErrors.push(String(err)));
  await page.goto(e2e.base);
  await page.getByLabel("비밀번호").fill(e2e.password);
  await page.getByRole("button", { name: "로그인" }).click();
  await page.getByRole("button", { name: "설정" }).waitFor();
  return page;
}

// A server that counts what reaches it: the address an attacker would type.
async function catcher() {
  let calls = 0;
  const srv = createServer((req, res) => {
    calls++;
    res.statusCode = 418;
    res.end();
  });
  await new Promise((r) => srv.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${srv.address().port}`, calls: () => calls, close: () => new Promise((r) => srv.close(r)) };
}

const blank = { naverClientId: "", naverClientSecret: "", naverBaseUrl: "", coupangVendorId: "", coupangAccessKey: "", coupangSecretKey: "", coupangBaseUrl: "", syncIntervalMinutes: 0 };

export function register(e2e) {
  const { assert } = e2e;

  // The seeded phase's door is a plain `serve`: the API addresses are locked.
  e2e.test("seeded", "hardening: a logged-in browser cannot point an API address at another server (serve without --allow-api-url)", async () => {
    const c = await catcher();
    const page = await login(e2e);
    try {
      await page.getByRole("button", { name: "설정" }).click();
      const coupang = page.getByRole("group", { name: "쿠팡 WING Open API" }).getByLabel("API 주소 (비워 두면 기본값)");
      await coupang.waitFor();
      await page.waitForFunction(() => document.querySelector("[data-testid=api-url-note]")?.textContent?.includes("--allow-api-url"));
      assert(await coupang.isDisabled(), "the address field is disabled in the browser door");
      const got = await page.evaluate(
        async ({ blank, url }) => {
          const out = [];
          for (const patch of [{ coupangBaseUrl: url }, { naverBaseUrl: url + "/external" }, { naverBaseUrl: url + "/external", naverClientSecret: "$2a$04$A.m5cKAa1oXZfFITnYi7k." }]) {
            try {
              await window.go.app.Setup.SaveSettings({ ...blank, ...patch });
              out.push("saved");
            } catch (err) {
              out.push(String(err && err.message ? err.message : err));
            }
          }
          const conn = await window.go.app.Setup.TestConnection("coupang");
          return { out, conn: conn.message };
        },
        { blank, url: c.url },
      );
      for (const msg of got.out) assert(msg.includes("브라우저 접속에서는 API 주소를 바꿀 수 없습니다"), `refused in Korean: ${JSON.stringify(got.out)}`);
      assert(got.conn.includes("API 키가 저장되어 있지 않습니다"), `nothing saved: ${got.conn}`);
      assert(c.calls() === 0, `nothing reached the catcher (${c.calls()} calls)`);
    } finally {
      await page.close();
      await c.close();
    }
  });

  // The empty phase's door runs with --allow-api-url (as the window does): an address may change,
  // and then the saved secrets are cleared and asked for again.
  e2e.test("empty", "hardening: changing an API address clears the saved secrets and asks for them again", async () => {
    const c = await catcher();
    const page = await login(e2e);
    try {
      await page.getByRole("button", { name: "설정" }).click();
      const box = page.getByRole("group", { name: "쿠팡 WING Open API" });
      const address = box.getByLabel("API 주소 (비워 두면 기본값)");
      await page.waitForFunction(() => document.querySelector("[data-testid=api-url-note]")?.textContent?.includes("https://"));
      assert(await address.isEnabled(), "the address field is enabled with --allow-api-url");
      await box.getByLabel("업체코드").fill("A00012345");
      await box.getByLabel("Access Key").fill("3a1c2b9e-0f4d-4c1a-9b7e-5d2f8a6c4e11");
      await box.getByLabel("Secret Key").fill("0123456789abcdef0123456789abcdef01234567");
      await address.fill("http://127.0.0.1:9");
      await page.getByRole("button", { name: "저장" }).click();
      await page.getByText("저장했습니다.").waitFor();
      assert((await box.getByLabel("Secret Key").getAttribute("placeholder")) === "저장됨 (••••4567)", "keys saved with their address");

      // plain http beyond this PC is refused
      await address.fill("http://10.0.0.9:8080");
      await page.getByRole("button", { name: "저장" }).click();
      await page.getByText("다른 컴퓨터로는 암호화된 https 주소만").waitFor();

      // another address on this PC: saved, and the secrets are gone
      await address.fill(c.url);
      await page.getByRole("button", { name: "저장" }).click();
      await page.getByText("쿠팡 API 주소가 바뀌어 저장된 키를 지웠습니다").waitFor();
      assert((await box.getByLabel("Secret Key").getAttribute("placeholder")) === "", "the secret key is cleared");
      assert((await box.getByLabel("Access Key").getAttribute("placeholder")) === "", "the access key is cleared");
      assert((await box.getByLabel("업체코드").inputValue()) === "A00012345", "the 업체코드 stays (no secret)");
      const conn = await page.evaluate(() => window.go.app.Setup.TestConnection("coupang"));
      assert(conn.message.includes("API 키가 저장되어 있지 않습니다"), `the test asks for keys: ${conn.message}`);
      assert(c.calls() === 0, `the saved keys never reached the new address (${c.calls()} calls)`);
      await page.evaluate(() => window.go.app.Setup.RemoveKeys("coupang"));
      await page.evaluate((blank) => window.go.app.Setup.SaveSettings({ ...blank, coupangBaseUrl: "https://api-gateway.coupang.com" }), blank);
    } finally {
      await page.close();
      await c.close();
    }
  });

  // The tests run the binary with SELLERDESK_KEYRING=off, as a PC without a credential store: the
  // settings say, visibly and in Korean, that the keys are in the data folder's keys file.
  e2e.test("seeded", "hardening: the settings say where the keys are kept when no OS credential store is used", async () => {
    const page = await login(e2e);
    try {
      await page.getByRole("button", { name: "설정" }).click();
      await page.waitForFunction(() => document.querySelector("[data-testid=secret-note]")?.textContent?.includes("sellerdesk-keys.json"));
      const note = await page.getByTestId("secret-note").textContent();
      assert(note.startsWith("주의:"), `a visible note: ${note}`);
      assert(note.includes("백업에는 들어가지 않지만"), `backups hold no keys: ${note}`);
    } finally {
      await page.close();
    }
  });
}
