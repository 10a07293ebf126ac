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
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/', '/th/']
		},
	}
};

export default config;
