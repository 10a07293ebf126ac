import { DEFAULT_MAX_BYTES } from './import';

/** Files above this size are refused before a byte is read; the "My data" page shows it. */
export const MAX_UPLOAD_BYTES = DEFAULT_MAX_BYTES;
