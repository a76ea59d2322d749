// An area's browser tests: see README.md in this folder.
export function register(e2e) {
  e2e.test("empty", "test files: a file in e2e/tests is registered and runs in its phase", async () => {
    const res = await fetch(`${e2e.base}/api/session`);
    e2e.assert(res.status === 200, `the door answers: ${res.status}`);
  });
}
