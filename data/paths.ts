import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found from this file so defaults do not depend on the working directory. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Raw sources live beside the checkout and are never copied into it. */
export const DEFAULT_SOURCES = resolve(PROJECT_ROOT, '../shared/data/sources');
export const DEFAULT_OUT = resolve(PROJECT_ROOT, 'static/data');
