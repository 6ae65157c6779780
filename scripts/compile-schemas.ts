// npm run compile-schemas: writes zod's compiled parsers for the schemas that check many records at once
// (a school year arriving, a log imported), so that extension pages, where code cannot be generated, run them.
import { writeFileSync } from 'node:fs';
import { PREBUILT_SCHEMAS } from '../core/prebuilt-schemas';
import { prebuiltModule } from '../core/prebuilt-parser';

for (const { schema, file, origin } of PREBUILT_SCHEMAS) writeFileSync(new URL(`../${file}`, import.meta.url), prebuiltModule(schema, origin));
