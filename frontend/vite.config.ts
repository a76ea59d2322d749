import { defineConfig } from "vitest/config";

// No React plugin: esbuild compiles TSX with the automatic JSX runtime, which is all we need and
// keeps the install small on every machine.
export default defineConfig({
  esbuild: { jsx: "automatic" },
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  test: { environment: "node", include: ["src/**/*.test.ts"] },
});
