import { z } from 'zod';

// zod 4 probes `new Function('')` when a schema is made, to decide whether it may compile fast parsers; under
// the app's CSP (`script-src 'self'`) that probe is a violation report on every load. The build puts this
// module in zod's own chunk (vite.config.ts), so it runs before any module makes a schema. Workers are not
// under the page's policy and keep the fast path.
z.config({ jitless: true });
