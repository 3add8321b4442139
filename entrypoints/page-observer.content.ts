/**
 * MAIN-world observer: reads data the page itself already loaded (Temu rawData and goods/search
 * responses, AliExpress product JSONP) and posts it to the isolated content script. It never calls a
 * marketplace API and never changes a request. See lib/sites/main-world.ts.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentScriptMatches } from '../lib/hosts';
import { installMainWorldObserver } from '../lib/sites/main-world/observer';

export default defineContentScript({
  matches: contentScriptMatches,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installMainWorldObserver(window);
  },
});
