// Unit tests only: real IndexedDB runs in Chromium in the end-to-end suite.
import 'fake-indexeddb/auto';
import { DATA_KEY_BYTES, openWithDataKey } from '../../renderer/db/at-rest/data-key';

// Unit tests run as an unlocked app does: with a data key in memory, so every
// record goes through the at-rest middleware. at-rest tests lock it themselves.
openWithDataKey(crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES)));
