import type { ProfileEntry } from '$lib/dataset/profile';
import type { Indicator } from '$lib/dataset/types';
import {
	indicatorFromUpload,
	uploadProfileIndicator,
	type UserTexts
} from '$lib/dataset/user-indicator';
import { countryProfile } from '$lib/pages/profile-data';
import { readProfileUploads, type ProfileUploads } from '$lib/pages/profile-uploads';
import type { QueryRunner } from '$lib/queries/types';

/**
 * The analyst's uploads on one member's profile, in this browser only: the indicators that cover
 * the member and their lines. Raw state: a bulk export's thousand indicators need no deep
 * proxies, only replacing.
 */
export class CountryUploads {
	indicators = $state.raw<Indicator[]>([]);
	entries = $state.raw<ProfileEntry[]>([]);
	#asked = '';

	constructor(
		private readonly runner: QueryRunner,
		/** The file's texts in the interface's language */
		private readonly fileTexts: (fileName: string) => UserTexts
	) {}

	/**
	 * Reads the member's uploads (`early`: a read the page's load already started). A later call
	 * for another member wins over one still reading.
	 */
	async load(iso3: string, early?: Promise<ProfileUploads> | null): Promise<void> {
		this.#asked = iso3;
		const stored = await (early ?? readProfileUploads(iso3));
		const { uploads } = stored;
		if (!uploads.length) {
			if (iso3 !== this.#asked) return;
			this.indicators = [];
			this.entries = [];
			return;
		}
		// The texts are the file's, not the indicator's: made once per file, not per indicator.
		const texts = new Map<string, UserTexts>();
		const textsOf = (fileName: string) => {
			let found = texts.get(fileName);
			if (!found) texts.set(fileName, (found = this.fileTexts(fileName)));
			return found;
		};
		const indicator = (upload: (typeof uploads)[number]) => ({
			...indicatorFromUpload(upload, textsOf(upload.fileName)),
			sex: uploadProfileIndicator(upload).sex
		});
		// Lines stored at import need neither the engine nor the rows; older uploads ask the engine.
		const asked = uploads.filter((u) => stored.unprofiled.has(u.datasetId)).map(indicator);
		const queried = asked.length ? await countryProfile(iso3, asked, this.runner) : [];
		if (iso3 !== this.#asked) return;
		// An upload about other countries says nothing here: list only what covers this one.
		const byId = new Map(
			[...stored.entries, ...queried].filter((e) => e.latest !== null).map((e) => [e.id, e])
		);
		const shown = uploads.filter((u) => byId.has(u.id)).map(indicator);
		this.indicators = shown;
		this.entries = shown.flatMap((i) => byId.get(i.id) ?? []);
	}
}
