import { browser } from '$app/environment';
import { readProfileUploads } from '$lib/pages/profile-uploads';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => ({
	...data,
	// Started before the page hydrates, so that reading the uploads from storage overlaps it
	// instead of following it (issue 9: the profile after a big upload). Not awaited.
	uploads: browser ? readProfileUploads(data.iso3) : null
});
