/**
 * The workbench's files: opened and saved back to the same file where the browser lets a page keep a handle
 * (the File System Access API of Chromium-based browsers, which 信创 systems ship), otherwise picked with a
 * file input and saved as a download under the same name.
 */
import { XLSX, offerDownload } from '../logic/download';

interface Handle {
  name: string;
  getFile(): Promise<File>;
  createWritable?(): Promise<{ write(data: Uint8Array): Promise<void>; close(): Promise<void> }>;
}

type Picker = (options: unknown) => Promise<Handle[] | Handle>;

const TYPES = [
  {
    description: 'Excel',
    accept: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] },
  },
];

const picker = (name: 'showOpenFilePicker' | 'showSaveFilePicker'): Picker | undefined => {
  const f = (window as unknown as Record<string, unknown>)[name];
  return typeof f === 'function' ? (f.bind(window) as Picker) : undefined;
};

/** A file the planner picked, with the handle to save it back and watch it, where the browser gives one. */
export interface Opened {
  file: File;
  handle?: Handle;
}

/** The browser's own picker, where there is one; undefined: use the file input. Cancelled: null. */
export const pickWithHandle = async (): Promise<Opened | null | undefined> => {
  const open = picker('showOpenFilePicker');
  if (!open) return undefined;
  try {
    const [handle] = (await open({ types: TYPES, multiple: false })) as Handle[];
    return { file: await handle.getFile(), handle };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
};

/** Writes through the handle (the same file), else offers a download under `name`. */
export const saveBytes = async (
  bytes: Uint8Array,
  name: string,
  handle?: Handle,
): Promise<'file' | 'download'> => {
  if (handle?.createWritable) {
    const writable = await handle.createWritable();
    await writable.write(bytes);
    await writable.close();
    return 'file';
  }
  download(bytes, name);
  return 'download';
};

/** 另存为: the browser's save picker (a new handle), else a download. Cancelled: null. */
export const saveAs = async (
  bytes: Uint8Array,
  name: string,
): Promise<{ how: 'file' | 'download'; handle?: Handle } | null> => {
  const save = picker('showSaveFilePicker');
  if (!save) {
    download(bytes, name);
    return { how: 'download' };
  }
  try {
    const handle = (await save({ suggestedName: name, types: TYPES })) as Handle;
    await saveBytes(bytes, name, handle);
    return { how: 'file', handle };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
};

const download = (bytes: Uint8Array, name: string) => offerDownload(bytes, name, XLSX);

export type { Handle };
