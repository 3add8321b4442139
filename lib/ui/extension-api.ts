/**
 * What the popup and options pages need from the extension, as one small interface: the real one talks
 * to the background and storage (browser-api.ts); unit tests pass an in-memory one.
 */
import type { MessageType, Request, Response } from '../messaging';
import type { Settings } from '../settings';

export interface ExtensionApi {
  send<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>>;
  /** The shop tab the popup describes (the active tab, or `?tabId=` when opened as a page). */
  targetTabId(): Promise<number | undefined>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  browserLanguage(): string;
  openOptions(): void;
}
