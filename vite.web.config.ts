import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

/** The renderer alone, built to out/renderer: what the web host serves and Electron loads. */
export default defineConfig(rendererConfig);
