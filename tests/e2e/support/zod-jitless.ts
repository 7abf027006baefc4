import { z } from 'zod';

// Imported first by page entries that run under the app's CSP (no eval): zod
// decides whether to JIT-compile a schema when the schema is created.
z.config({ jitless: true });
