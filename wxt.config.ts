import { defineConfig } from 'wxt';
import { hostPermissions, contentScriptMatches } from './lib/hosts';

/**
 * Feed location and signing key are fixed at build time (WXT_FEED_URL, WXT_FEED_PUBLIC_KEY) so forks and
 * tests can point the extension at another feed. The feed host joins the host permissions, and so does the
 * optional report endpoint (WXT_REPORT_ENDPOINT); nothing else does.
 */
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'unlimitedStorage'],
    host_permissions: hostPermissions(process.env.WXT_FEED_URL, mode === 'e2e', process.env.WXT_REPORT_ENDPOINT),
    action: { default_title: '__MSG_actionTitle__' },
    // The page UI, imported by the content script only when there is something to show.
    web_accessible_resources: [{ resources: ['content-ui.js'], matches: contentScriptMatches, use_dynamic_url: true }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'hazard-check@hazard-check.org',
          strict_min_version: '129.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  webExt: { disabled: true },
  zip: {
    excludeSources: ['tests/**', 'playwright.config.ts', 'vitest.config.ts', '.dev-feed/**', 'reports/**'],
  },
  // The browser bench's `--profile` builds without minifying, so CPU profiles name the functions.
  vite: () => ({ build: { target: 'es2022', ...(process.env.HC_UNMINIFIED === '1' && { minify: false }) } }),
});

export { contentScriptMatches };
