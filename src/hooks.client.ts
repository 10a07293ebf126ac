import { restoreUploadsAtStart } from '$lib/upload/restore';

// Registered before any page can start the engine, so every page sees the user's uploads.
restoreUploadsAtStart();
