import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		paths: {
			// Served under a sub-path on some hosts: BASE_PATH=/asean npm run build
			base: process.env.BASE_PATH ?? '',
			relative: true
		},
		// No inline script runs unless SvelteKit's own bootstrap hash matches; nothing loads from
		// another origin. Prerendered pages carry this as a <meta> tag; README lists the header form.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		// OfflineStatus registers src/service-worker.ts itself, so a failed registration is shown.
		serviceWorker: { register: false },
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/', '/th/']
		}
	}
};

export default config;
