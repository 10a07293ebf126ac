import type { Handle } from '@sveltejs/kit';

// The document language follows the route, so screen readers pick the right voice for Thai pages.
export const handle: Handle = ({ event, resolve }) => {
	const lang = event.params.lang === 'th' ? 'th' : 'en';
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
