/** What a page and the service worker say to each other about offline use. */
export type OfflineRequest =
	| { type: 'status' }
	| { type: 'store-engine' }
	/** How many windows of the site are open (the page asking included) */
	| { type: 'windows' }
	/** To a waiting version: take over now */
	| { type: 'activate-now' };

export interface WindowsReply {
	type: 'windows';
	count: number;
}

export interface OfflineReply {
	type: 'status';
	/** The app version whose pages and data are stored */
	version: string;
	/** Pages, scripts and the dataset are stored */
	shell: boolean;
	/** A complete DuckDB bundle is stored */
	engine: boolean;
	error?: string;
}

/** The error message of a page's data that is neither stored nor reachable (see +error.svelte). */
export const NOT_STORED_OFFLINE = 'not-stored-offline';
