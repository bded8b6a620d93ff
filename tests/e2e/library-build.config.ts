import { defineConfig } from 'wxt';
import shared from '../../wxt.config';

// The library tests build into a folder of their own, so that they never replace the shared e2e
// build while other flows run against it: `LEDE_E2E=1 npx wxt build -c tests/e2e/library-build.config.ts`.
export default defineConfig({ ...shared, outDir: process.env.LIB_BUILD_DIR ?? '/tmp/lib-build' });
