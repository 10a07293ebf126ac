import type { ProfileEntry } from '$lib/dataset/profile';
import { listUserIndicators, userProfileEntries, type UserIndicator } from '$lib/storage/user-data';

/** What a country profile shows of the analyst's uploads, as far as storage holds it. */
export interface ProfileUploads {
	uploads: UserIndicator[];
	/** The member's lines stored at import */
	entries: ProfileEntry[];
	/** Datasets stored without lines (older uploads): the page asks the engine for these */
	unprofiled: Set<string>;
}

/** Reads storage once: the listing, then this member's stored lines of the datasets it names. */
export async function readProfileUploads(iso3: string): Promise<ProfileUploads> {
	const uploads = await listUserIndicators();
	if (!uploads.length) return { uploads, entries: [], unprofiled: new Set() };
	return { uploads, ...(await userProfileEntries(iso3, uploads)) };
}
