/**
 * The feed location and signing key, fixed at build time (WXT exposes WXT_-prefixed variables). A
 * build without a key still works on its bundled data; its sync reports "updates are off".
 */
import { DEFAULT_FEED_URL } from '../hosts';

export interface FeedConfig {
  manifestUrl: string;
  publicKey: string | undefined;
}

declare global {
  interface ImportMetaEnv {
    readonly WXT_FEED_URL?: string;
    readonly WXT_FEED_PUBLIC_KEY?: string;
  }
}

export function feedConfigFromBuild(): FeedConfig {
  return {
    manifestUrl: import.meta.env.WXT_FEED_URL || DEFAULT_FEED_URL,
    publicKey: import.meta.env.WXT_FEED_PUBLIC_KEY || undefined,
  };
}
