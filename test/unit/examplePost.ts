import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The example Jekyll post, read from `examples/`, as every unit test sees it. */
export const EXAMPLE_POST = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'financial-pressures.md'), 'utf8');
