import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build may also script the local fixture server; the release build never asks for hosts.
const e2e = process.env.LEDE_E2E === '1';

export default defineConfig({
  srcDir: '.',
  // A separate folder, so that the e2e build never stands in for the release one.
  outDir: e2e ? '.output-e2e' : '.output',
  vite: () => ({ plugins: [preact()] }),
  // Never launch a browser: the machines that build Lede are headless.
  webExt: { disabled: true },
  // The Firefox sources zip is for AMO reviewers: test output is no source.
  zip: { excludeSources: ['test-results/**', '.output-e2e/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
      },
      'save-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_cmdSaveSelection__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lede@lede.app',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
