// Unit tests only: real IndexedDB runs in Chromium in the end-to-end suite.
import 'fake-indexeddb/auto';
