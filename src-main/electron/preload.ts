import { contextBridge, ipcRenderer } from 'electron';
import { createStudioBridge } from './preload-bridge';

// The only thing the page gets: no ipcRenderer, no process, no Node.
contextBridge.exposeInMainWorld('studio', createStudioBridge(ipcRenderer));
